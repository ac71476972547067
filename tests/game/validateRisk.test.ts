// The risk-side decisions (trademarks, tax, certificates, security, insurance,
// research, team) are checked like the others: each error on its field, costs
// counted against the cash left, nothing the engine would refuse for its shape.
import { describe, expect, it } from 'vitest';
import { Action, newGame, resolveTurn, studentView } from '../../src/engine';
import {
  checkCertificate, checkInsurance, checkResearch, checkSecurity, checkStaff, checkTax, checkTrademark, payrollWith, riskSpend,
} from '../../src/game/validateRisk';
import type { Ctx } from '../../src/game/validate';
import { forecast } from '../../src/game/forecast';
import { PendingList } from '../../src/game/pending';
import { shippedScenario } from '../support/scenarios';

const scenario = shippedScenario('tutorial');
const fresh = () => newGame(scenario, 1);
const ctx = (pending = new PendingList(), state = fresh()): Ctx => ({ scenario, view: studentView(state, 'player', null)!, pending });
const errs = (r: { ok: boolean; errors?: { field: string; key: string }[] }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.key}`));
const ok = (r: ReturnType<typeof checkTrademark>) => { if (!r.ok) throw new Error(JSON.stringify(r.errors)); expect(Action.safeParse(r.action).success).toBe(true); return r.action; };

describe('compliance decisions', () => {
  it('trademark: once per market, paid from the cash left', () => {
    expect(ok(checkTrademark(ctx(), { market: 'US' }))).toEqual({ type: 'registerTrademark', market: 'US' });
    expect(errs(checkTrademark(ctx(), { market: 'XX' }))).toEqual(['market:err.choose']);
    const state = resolveTurn(fresh(), { player: [{ type: 'registerTrademark', market: 'US' }] }).state;
    expect(errs(checkTrademark(ctx(new PendingList(), state), { market: 'US' }))).toEqual(['market:err.alreadyRegistered']);
    // Orders that spend the cash first leave nothing for the registration.
    const c = ctx();
    const pending = new PendingList([{ type: 'setSecuritySpend', weekly: 1 }]);
    const spend = new PendingList([{ type: 'commissionResearch', kind: 'field', measure: 'priceSensitivity', market: 'US' }]);
    expect(riskSpend(scenario, { type: 'registerTrademark', market: 'US' })).toBe(scenario.compliance.trademark.cost);
    const poor = { ...c, view: { ...c.view, company: { ...c.view.company, cash: scenario.compliance.trademark.cost - 1 } }, pending };
    expect(errs(checkTrademark(poor, { market: 'US' }))).toEqual(['market:err.cash']);
    expect(forecast(scenario, c.view, spend.actions() as never).spend.setup).toBe(scenario.research.field.cost);
  });

  it('tax registration only where the scenario asks for it', () => {
    const required = scenario.compliance.markets.filter((m) => m.taxRegistration).map((m) => m.market);
    for (const m of scenario.markets) {
      const r = checkTax(ctx(), { market: m.id });
      expect(r.ok).toBe(required.includes(m.id));
      if (!r.ok) expect(errs(r)).toContain('market:err.taxNotNeeded');
    }
  });

  it('certificate: a product sold in the market, once', () => {
    const p = scenario.products[0]!;
    const m = p.demand[0]!.market;
    expect(ok(checkCertificate(ctx(), { market: m, product: p.id }))).toEqual({ type: 'certifyProduct', market: m, product: p.id });
    expect(errs(checkCertificate(ctx(), { market: m, product: 'nope' }))).toEqual(['where:err.choose']);
  });

  it('security spend and insurance', () => {
    expect(ok(checkSecurity(ctx(), { weekly: '200' }))).toEqual({ type: 'setSecuritySpend', weekly: 20000 });
    expect(errs(checkSecurity(ctx(), { weekly: 'lots' }))).toEqual(['weekly:err.notAmount']);
    expect(errs(checkSecurity(ctx(), { weekly: '99999999' }))).toEqual(['weekly:err.budgetCash']);
    expect(ok(checkInsurance(ctx(), { on: '1' }))).toEqual({ type: 'setCargoInsurance', on: true });
    expect(ok(checkInsurance(ctx(), { on: '' }))).toEqual({ type: 'setCargoInsurance', on: false });
  });
});

describe('research', () => {
  const p = scenario.products[0]!.id;
  const m = scenario.products[0]!.demand[0]!.market;
  it('price sensitivity is per market; the other measures need a product sold there', () => {
    expect(ok(checkResearch(ctx(), { kind: 'desk', measure: 'priceSensitivity', market: m, product: p }))).toEqual({ type: 'commissionResearch', kind: 'desk', measure: 'priceSensitivity', market: m });
    expect(ok(checkResearch(ctx(), { kind: 'desk', measure: 'visitors', market: m, product: p }))).toEqual({ type: 'commissionResearch', kind: 'desk', measure: 'visitors', market: m, product: p });
    expect(errs(checkResearch(ctx(), { kind: 'desk', measure: 'fit', market: m, product: '' }))).toEqual(['product:err.researchProduct']);
    expect(errs(checkResearch(ctx(), { kind: 'magic', measure: 'fit', market: m, product: p }))).toEqual(['kind:err.choose']);
  });

  it('a price experiment needs the product on the shelf (now or pending this week)', () => {
    // Off the shelf: the tutorial's opening listing taken down this week.
    const state = resolveTurn(fresh(), { player: ctx().view.company.listings.map((l) => ({ type: 'delist', market: l.market, channel: l.channel, product: l.product })) }).state;
    expect(studentView(state, 'player', null)!.company.listings).toEqual([]);
    expect(errs(checkResearch(ctx(new PendingList(), state), { kind: 'experiment', measure: 'visitors', market: m, product: p }))).toEqual(['kind:err.experimentListing']);
    const ch = scenario.channels.find((c) => c.markets.includes(m))!.id;
    const pending = new PendingList([{ type: 'setPrice', market: m, channel: ch, product: p, price: 1000 }]);
    expect(checkResearch(ctx(pending, state), { kind: 'experiment', measure: 'visitors', market: m, product: p }).ok).toBe(true);
  });

  it('the same study twice is refused while the first is under way; results reach the view', () => {
    const study = { type: 'commissionResearch', kind: 'desk', measure: 'priceSensitivity', market: m } as const;
    let state = resolveTurn(fresh(), { player: [study] }).state;
    expect(errs(checkResearch(ctx(new PendingList(), state), { kind: 'desk', measure: 'priceSensitivity', market: m, product: '' }))).toEqual(['kind:err.researchUnderWay']);
    for (let i = 0; i < scenario.research.desk.turns + 1; i++) state = resolveTurn(state, { player: [] }).state;
    const view = studentView(state, 'player', null)!;
    expect(view.company.research.results.length).toBe(1);
    expect(view.company.research.results[0]!.estimate).toBeGreaterThan(0);
  });
});

describe('team', () => {
  it('head count per role, from 0 to the scenario maximum; payroll follows', () => {
    expect(ok(checkStaff(ctx(), { role: 'service', count: '2' }))).toEqual({ type: 'setStaff', role: 'service', count: 2 });
    expect(errs(checkStaff(ctx(), { role: 'service', count: String(scenario.team.maxPerRole + 1) }))).toEqual(['count:err.atMost']);
    expect(errs(checkStaff(ctx(), { role: 'chef', count: '1' }))).toEqual(['count:err.choose']);
    const c = ctx();
    expect(payrollWith(scenario, c.view, { role: 'data', count: 2 }) - payrollWith(scenario, c.view, null)).toBe(2 * scenario.team.data.salary - c.view.company.team.data * scenario.team.data.salary);
  });
});
