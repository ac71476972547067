// The backup supplier (DESIGN.md §2 sourcing; seed 004 §05 供應鏈中斷應急方案: a backup
// supplier list drawn up before the main factory stops): its status and the button
// that qualifies one, under the factory order in Stock & shipping. Its terms are the
// scenario's (crises.ts backupSupplierRules); what it changes is the engine's
// (a supplier-outage answer's withBackupSupplier terms, crises.ts optionFor).
import type { App } from './app';
import { h } from './dom';
import { ctx, section } from './panelsKit';
import { buttonForm } from './panelsRisk';
import { checkBackupSupplier } from '../validateRisk';
import { backupSupplierRules, backupSupplierUseful } from '../../engine/crises';

/** The section, or null in a scenario where no crisis calls on a backup supplier (the engine refuses it there). */
export function backupSupplierSection(app: App): HTMLElement | null {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  if (!backupSupplierUseful(s.scenario)) return null;
  const view = s.view();
  const terms = backupSupplierRules(s.scenario);
  const b = view.company.compliance.backupSupplier;
  const status = !b ? tr('logistics.backupNone')
    : b.effectiveTurn <= view.turn + 1 ? tr('logistics.backupReady')
      : tr('logistics.backupPending', { turn: b.effectiveTurn });
  return section(tr('logistics.backup'),
    h('p', { class: 'hint' }, tr('logistics.backupHint', { cost: f.money(terms.cost), n: terms.turns })),
    h('p', { 'data-testid': 'backup-supplier-status' }, status),
    b ? null : buttonForm(app, 'backup', tr('logistics.backupButton'), tr('logistics.backupButton'), () => checkBackupSupplier(ctx(app))));
}
