// The backup supplier in Stock & shipping (seed 004 §05 供應鏈中斷應急方案): qualified
// once, paid from the cash left, its status read from the state (none, being
// qualified until a turn, ready), and the button gone once it is asked for.
import { beforeAll, describe, expect, it } from 'vitest';
import { Action, newGame, resolveTurn, studentView } from '../../src/engine';
import { checkBackupSupplier, riskSpend } from '../../src/game/validateRisk';
import { backupSupplierRules } from '../../src/engine/crises';
import type { Ctx } from '../../src/game/validate';
import { PendingList } from '../../src/game/pending';
import { newSession } from '../../src/game/session';
import { logisticsPanel } from '../../src/game/ui/panelsLogistics';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

const scenario = shippedScenario('campaign-global');
const ctx = (state = newGame(scenario, 1), pending = new PendingList()): Ctx => ({ scenario, view: studentView(state, 'player', null)!, pending });
const errs = (r: ReturnType<typeof checkBackupSupplier>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`));

describe('qualifying a backup supplier', () => {
  beforeAll(installFakeDom);

  it('is one action at the scenario’s cost, refused once qualified or without the cash', () => {
    const r = checkBackupSupplier(ctx());
    expect(r.ok && r.action).toEqual({ type: 'qualifyBackupSupplier' });
    expect(Action.safeParse({ type: 'qualifyBackupSupplier' }).success).toBe(true);
    expect(riskSpend(scenario, { type: 'qualifyBackupSupplier' })).toBe(scenario.compliance.backupSupplier!.cost);
    const qualified = resolveTurn(newGame(scenario, 1), [{ type: 'qualifyBackupSupplier' }]).state;
    expect(errs(checkBackupSupplier(ctx(qualified)))).toEqual(['backup:err.alreadyQualified']);
    const spent = new PendingList([{ type: 'orderStock', product: 'serum', units: 1_000_000 }]);
    expect(errs(checkBackupSupplier(ctx(undefined, spent)))).toEqual(['backup:err.cash']);
  });

  it('shows its status and terms in the panel', () => {
    const s = newSession(scenario, '{}', 'x1');
    const status = () => {
      const panel = logisticsPanel(fakeApp(s, 'en')) as unknown as FakeElement;
      return textOf(panel.querySelector('[data-testid="backup-supplier-status"]'));
    };
    const terms = backupSupplierRules(scenario);
    expect(textOf(logisticsPanel(fakeApp(s, 'en')))).toContain(`takes ${terms.turns} weeks`);
    expect(status()).toBe('None qualified yet.');
    s.endTurn(new PendingList([{ type: 'qualifyBackupSupplier' }]));
    expect(status()).toBe(`Being qualified: it can take over from turn ${1 + terms.turns}.`);
    for (let i = 1; i < terms.turns; i += 1) s.endTurn(new PendingList());
    expect(status()).toBe('Qualified: it can take over if your main factory stops.');
  });

  it('is not offered where no crisis calls on one (the engine refuses it there)', () => {
    const tutorial = shippedScenario('tutorial');
    const panel = logisticsPanel(fakeApp(newSession(tutorial, '{}', 'x1'), 'en')) as unknown as FakeElement;
    expect(panel.querySelectorAll('[data-testid="backup-supplier-status"]')).toHaveLength(0);
    expect(textOf(panel)).not.toContain('Backup supplier');
  });
});
