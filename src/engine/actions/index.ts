// Applies a company's actions in order. Each is checked against the state as the
// earlier ones left it; a refused action changes nothing and is reported with its
// reason (DESIGN.md §2, step 1).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import { Action, plainAction, type ActionType } from './schema';
import { delist, setDiscount, setPrice } from './pricing';
import { orderStock, qualifyBackupSupplier } from './sourcing';
import { setFulfilment, ship } from './shipping';
import { setPayments } from './payments';
import { runKolCampaign, setAdBudget, setLocalisation } from './marketing';
import { runPromotion } from './promotions';
import { setCommunity, setComplaintHandling, setLoyalty } from './customers';
import { setReturnPolicy, setService } from './service';
import { respondCrisis } from './crisis';
import { hedgeFx } from './hedging';
import { setFraudControl } from './fraud';
import { certifyProduct, registerTax, registerTrademark, setCargoInsurance, setSecuritySpend } from './compliance';
import { commissionResearch } from './research';
import { setStaff } from './team';
import { formatPath } from '../problems';
import type { Localised } from '../schema';

interface Handler {
  check(ctx: ActionContext, a: never): Refusal | null;
  apply(ctx: ActionContext, a: never): void;
}

const HANDLERS = new Map<ActionType, Handler>([
  ['setPrice', setPrice], ['delist', delist], ['setDiscount', setDiscount],
  ['orderStock', orderStock], ['ship', ship], ['setFulfilment', setFulfilment],
  ['setPayments', setPayments], ['setAdBudget', setAdBudget],
  ['respondCrisis', respondCrisis], ['hedgeFx', hedgeFx],
  ['setFraudControl', setFraudControl], ['runKolCampaign', runKolCampaign], ['setLocalisation', setLocalisation],
  ['runPromotion', runPromotion], ['setLoyalty', setLoyalty], ['setComplaintHandling', setComplaintHandling],
  ['registerTrademark', registerTrademark], ['certifyProduct', certifyProduct], ['registerTax', registerTax],
  ['setSecuritySpend', setSecuritySpend], ['setCargoInsurance', setCargoInsurance],
  ['commissionResearch', commissionResearch], ['setStaff', setStaff],
  ['setService', setService], ['setReturnPolicy', setReturnPolicy],
  ['qualifyBackupSupplier', qualifyBackupSupplier], ['setCommunity', setCommunity],
]);

export interface RefusedAction { index: number; action: unknown; reason: Localised }

/**
 * Applies what is legal; returns what was refused. Actions from outside (a
 * student, a file) are shape-checked first: an ordinary one by the plain checks of
 * its fields (schema.ts plainAction), anything else by zod, which says what is
 * wrong; `trusted` actions were built by the engine's own rivals from the Action
 * type and skip only that step.
 */
export function applyActions(ctx: ActionContext, actions: readonly unknown[], trusted = false): RefusedAction[] {
  const refused: RefusedAction[] = [];
  for (let index = 0; index < actions.length; index += 1) {
    const raw = actions[index];
    let action = trusted ? (raw as Action) : plainAction(raw);
    if (action === null) {
      const parsed = Action.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue ? formatPath(issue.path) : '(root)';
        refused.push({ index, action: raw, reason: refuse(`Malformed action at ${where}: ${issue?.message ?? 'invalid'}.`, `操作格式错误（${where}）：${issue?.message ?? ''}`).reason });
        continue;
      }
      action = parsed.data;
    }
    if (ctx.company.bankrupt) {
      refused.push({ index, action: raw, reason: refuse('The company is bankrupt.', '公司已破产。').reason });
      continue;
    }
    const handler = HANDLERS.get(action.type);
    if (!handler) continue;
    const refusal = handler.check(ctx, action as never);
    if (refusal) { refused.push({ index, action: raw, reason: refusal.reason }); continue; }
    handler.apply(ctx, action as never);
  }
  return refused;
}

export { Action };
export type { ActionType };
