// Sourcing orders to the factory (seed 000 ch. 3, 9.2.3): a minimum order
// quantity, a lead time, and payment when the order is placed. And a backup
// supplier qualified beforehand (seed 004 §05 供應鏈中斷應急方案: 建立備選供應商清單…
// 突發斷供時48小時內啟動替代方案), which a supplier-outage crisis's "switch" response
// needs to be cheap and sure (crises.ts optionFor).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { flowsOf } from './own';
import { copyCompliance } from '../companyCopy';
import { backupSupplierRules, backupSupplierUseful } from '../crises';

export const orderStock = {
  check(ctx: ActionContext, a: ActionOf<'orderStock'>): Refusal | null {
    const p = ctx.world.products.get(a.product);
    if (!p) return refuse(`There is no product "${a.product}".`, `没有商品“${a.product}”。`);
    if (a.units < p.moq) return refuse(`The factory's minimum order is ${p.moq} units.`, `工厂最低起订量为${p.moq}件。`);
    const cost = p.unitCost * a.units;
    if (cost > ctx.company.cash) return refuse('Not enough cash to pay the factory.', '现金不足，无法支付货款。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'orderStock'>): void {
    const p = ctx.world.products.get(a.product);
    if (!p) return;
    const cost = p.unitCost * a.units;
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'inventory', 'cash', cost, 'goods purchased');
    flowsOf(ctx, a.product).ordered += a.units;
    const id = ++ctx.ids.next;
    ctx.company.sourcing.push({ arrivesTurn: ctx.turn + p.leadTimeWeeks, id, product: a.product, units: a.units });
  },
};

export const qualifyBackupSupplier = {
  check(ctx: ActionContext): Refusal | null {
    if (!backupSupplierUseful(ctx.world.scenario)) return refuse('No crisis in this scenario calls on a backup supplier: qualifying one would change nothing.', '本情景中没有需要备用供应商的危机，审核它不会带来任何改变。');
    if (ctx.company.compliance.backupSupplier) return refuse('Your backup supplier is already qualified (or being qualified).', '备用供应商已审核（或正在审核）。');
    const { cost } = backupSupplierRules(ctx.world.scenario);
    return cost > ctx.company.cash ? refuse('Not enough cash to qualify a backup supplier.', '现金不足，无法审核备用供应商。') : null;
  },
  apply(ctx: ActionContext): void {
    const { cost, turns } = backupSupplierRules(ctx.world.scenario);
    ctx.company.cash -= cost;
    post(ctx.company.ledger, ctx.journal, 'risk', 'cash', cost, 'backup supplier qualification');
    const updated = copyCompliance(ctx.company.compliance);
    updated.backupSupplier = { effectiveTurn: ctx.turn + turns };
    ctx.company.compliance = updated;
  },
};
