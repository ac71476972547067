// The newer decisions (creators, localisation, promotions, loyalty, complaints,
// community operations, forwards, fraud screening) are checked like the others,
// and their costs count against the cash left.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, studentView } from '../../src/engine';
import { kolTier } from '../../src/engine/marketing';
import { DEFAULT_SERVICE } from '../../src/engine/service';
import {
  checkCommunity, checkComplaints, checkFraud, checkHedge, checkKol, checkLocalisation, checkLoyalty, checkPromotion, checkReturnPolicy, checkService, serviceWages,
} from '../../src/game/validateMore';
import { checkAdBudget, checkOrder, type Ctx } from '../../src/game/validate';
import { forecast } from '../../src/game/forecast';
import { PendingList } from '../../src/game/pending';
import { shippedScenario } from '../support/scenarios';

const scenario = shippedScenario('tutorial');
const ctx = (pending = new PendingList()): Ctx => ({ scenario, view: studentView(newGame(scenario, 1), 'player', null)!, pending });
const errs = (r: { ok: boolean; errors?: { field: string; key: string }[] }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.key}`));

describe('newer decisions', () => {
  it('accept valid choices as engine actions', () => {
    expect(checkKol(ctx(), { market: 'US', tier: 'micro' })).toEqual({ ok: true, action: { type: 'runKolCampaign', market: 'US', tier: 'micro' } });
    expect(checkLocalisation(ctx(), { market: 'US', level: 'native' }).ok).toBe(true);
    expect(checkLoyalty(ctx(), { market: 'US', programme: 'points' }).ok).toBe(true);
    expect(checkComplaints(ctx(), { market: 'US', policy: 'tiered' }).ok).toBe(true);
    expect(checkPromotion(ctx(), { market: 'US', kind: 'coupon', depth: '15', turns: '2' })).toEqual({
      ok: true, action: { type: 'runPromotion', market: 'US', kind: 'coupon', depth: 0.15, turns: 2 },
    });
    expect(checkHedge(ctx(), { currency: 'USD', share: '50', turns: '8' })).toEqual({ ok: true, action: { type: 'hedgeFx', currency: 'USD', share: 0.5, turns: 8 } });
    expect(checkFraud(ctx(), { market: 'US', weekly: '100' })).toEqual({ ok: true, action: { type: 'setFraudControl', market: 'US', weekly: 10000 } });
  });

  it('name the field that is wrong', () => {
    expect(errs(checkKol(ctx(), { market: 'US', tier: 'giant' }))).toEqual(['tier:err.invalid']);
    expect(errs(checkPromotion(ctx(), { market: 'US', kind: 'coupon', depth: '80', turns: '5' }))).toEqual(['depth:err.atMost', 'turns:err.atMost']);
    expect(errs(checkHedge(ctx(), { currency: 'CNY', share: '2', turns: '99' }))).toEqual(['currency:err.choose', 'share:err.atLeast', 'turns:err.atMost']);
    expect(errs(checkFraud(ctx(), { market: 'XX', weekly: 'lots' }))).toEqual(['market:err.choose', 'weekly:err.notAmount']);
  });

  it('count their costs against the cash left and in the forecast', () => {
    const top = kolTier(scenario, 'mid').cost;
    const pending = new PendingList([{ type: 'runKolCampaign', market: 'US', tier: 'mid' }]);
    const f = forecast(scenario, ctx().view, pending.actions() as never);
    expect(f.spend.setup).toBe(top);
    const serum = scenario.products.find((p) => p.id === 'serum')!;
    const units = Math.floor((scenario.player.cash - top) / serum.unitCost) + 1;
    expect(checkOrder(ctx(), { product: 'serum', units: String(units) }).ok).toBe(true);
    expect(errs(checkOrder(ctx(pending), { product: 'serum', units: String(units) }))).toEqual(['units:err.cash']);
  });
});

describe('search ads', () => {
  it('a search budget is its own decision, beside the social one, and both count as weekly ad spend', () => {
    const social = checkAdBudget(ctx(), { market: 'US', weekly: '100' });
    const search = checkAdBudget(ctx(), { market: 'US', weekly: '50', kind: 'search' });
    expect(social).toEqual({ ok: true, action: { type: 'setAdBudget', market: 'US', weekly: 10000 } });
    expect(search).toEqual({ ok: true, action: { type: 'setAdBudget', market: 'US', weekly: 5000, kind: 'search' } });
    expect(errs(checkAdBudget(ctx(), { market: 'US', weekly: '50', kind: 'radio' }))).toEqual(['kind:err.choose']);
    const pending = new PendingList();
    if (social.ok) pending.add(social.action);
    if (search.ok) pending.add(search.action);
    expect(pending.size).toBe(2);
    const c = ctx(pending);
    expect(forecast(scenario, c.view, pending.actions() as never).ads).toBe(15000);
    // A second search budget replaces the first, not the social one.
    pending.add({ type: 'setAdBudget', market: 'US', weekly: 7000, kind: 'search' });
    expect(pending.size).toBe(2);
    expect(forecast(scenario, c.view, pending.actions() as never).ads).toBe(17000);
  });
});

describe('service staff and returns', () => {
  it('agents: a whole number up to 500 whose first week of wages the cash covers', () => {
    expect(checkService(ctx(), { market: 'US', agents: '2', localLanguage: '1', localHours: '' })).toEqual({
      ok: true, action: { type: 'setService', market: 'US', agents: 2, localLanguage: true, localHours: false },
    });
    expect(errs(checkService(ctx(), { market: 'US', agents: '2.5', localLanguage: '', localHours: '' }))).toEqual(['agents:err.notWhole']);
    expect(errs(checkService(ctx(), { market: 'US', agents: '501', localLanguage: '', localHours: '' }))).toEqual(['agents:err.atMost']);
    expect(errs(checkService(ctx(), { market: 'XX', agents: '1', localLanguage: '', localHours: '' }))).toContain('market:err.choose');
    // 500 agents in the buyers' language and hours cost more a week than the tutorial's starting cash.
    const c = ctx();
    expect(serviceWages(c, { market: 'US', agents: 500, localLanguage: true, localHours: true })).toBeGreaterThan(c.view.company.cash);
    expect(errs(checkService(c, { market: 'US', agents: '500', localLanguage: '1', localHours: '1' }))).toEqual(['agents:err.wagesCash']);
    // Wages grow with cover in the buyers' language and hours.
    expect(serviceWages(c, { market: 'US', agents: 2, localLanguage: true, localHours: true })).toBeGreaterThan(serviceWages(c, { market: 'US', agents: 2, localLanguage: false, localHours: false }));
  });

  it('return policy: 14, 30 or 60 days, free or not', () => {
    expect(checkReturnPolicy(ctx(), { market: 'US', days: '60', freeReturns: '1' })).toEqual({
      ok: true, action: { type: 'setReturnPolicy', market: 'US', days: 60, freeReturns: true },
    });
    expect(errs(checkReturnPolicy(ctx(), { market: 'US', days: '45', freeReturns: '' }))).toEqual(['days:err.choose']);
  });

  it('a later choice for the same market replaces the pending one', () => {
    const pending = new PendingList();
    pending.add({ type: 'setService', market: 'US', agents: 1, localLanguage: false, localHours: false });
    pending.add({ type: 'setService', market: 'US', agents: 3, localLanguage: false, localHours: false });
    pending.add({ type: 'setReturnPolicy', market: 'US', days: 60, freeReturns: false });
    expect(pending.size).toBe(2);
    expect(pending.find('service|US')?.action.agents).toBe(3);
  });
});

describe('weekly running costs in the forecast', () => {
  it('count service wages, staff salaries, security, screening, loyalty and tiered complaints once decided', () => {
    const c = ctx();
    const base = forecast(scenario, c.view, []).running;
    expect(base).toBe(0);
    const pending = [
      { type: 'setService', market: 'US', agents: 2, localLanguage: false, localHours: false },
      { type: 'setStaff', role: 'data', count: 1 },
      { type: 'setSecuritySpend', weekly: 1000 },
      { type: 'setFraudControl', market: 'US', weekly: 500 },
      { type: 'setComplaintHandling', market: 'US', policy: 'tiered' },
    ];
    const wages = 2 * (scenario.service ?? DEFAULT_SERVICE).agentWeeklyCost;
    expect(forecast(scenario, c.view, pending).running).toBe(wages + scenario.team.data.salary + 1000 + 500 + scenario.customers.tieredHandlingFee);
    // The same decision set twice counts once: the later replaces the earlier.
    expect(forecast(scenario, c.view, [...pending, { type: 'setSecuritySpend', weekly: 0 }]).running).toBe(wages + scenario.team.data.salary + 500 + scenario.customers.tieredHandlingFee);
  });
});

describe('community operations (社群运营)', () => {
  it('a weekly budget typed in yuan; a bad number, a negative or more than the cash left is refused on its field', () => {
    expect(checkCommunity(ctx(), { market: 'US', weekly: '80' })).toEqual({ ok: true, action: { type: 'setCommunity', market: 'US', weekly: 8000 } });
    expect(checkCommunity(ctx(), { market: 'US', weekly: '0' })).toEqual({ ok: true, action: { type: 'setCommunity', market: 'US', weekly: 0 } });
    expect(errs(checkCommunity(ctx(), { market: 'US', weekly: 'lots' }))).toEqual(['weekly:err.notAmount']);
    expect(errs(checkCommunity(ctx(), { market: 'US', weekly: '' }))).toEqual(['weekly:err.required']);
    expect(errs(checkCommunity(ctx(), { market: 'US', weekly: '-50' }))).toEqual(['weekly:err.negative']);
    expect(errs(checkCommunity(ctx(), { market: 'US', weekly: '－50' }))).toEqual(['weekly:err.negative']);
    expect(errs(checkCommunity(ctx(), { market: 'XX', weekly: '10' }))).toEqual(['market:err.choose']);
    // A market with no listing (delisted here): no buyers to gather, so only stopping is accepted.
    const gone = new PendingList(scenario.player.listings.map((l) => ({ type: 'delist', market: l.market, channel: l.channel, product: l.product })));
    const bare = { ...ctx(gone), view: { ...ctx().view, company: { ...ctx().view.company, listings: [] } } };
    expect(errs(checkCommunity(bare, { market: 'US', weekly: '10' }))).toEqual(['weekly:err.listFirstCommunity']);
    expect(checkCommunity(bare, { market: 'US', weekly: '0' }).ok).toBe(true);
    // A typing error there gets its own message alone.
    expect(errs(checkCommunity(bare, { market: 'US', weekly: 'abc' }))).toEqual(['weekly:err.notAmount']);
    const cash = ctx().view.company.cash;
    expect(checkCommunity(ctx(), { market: 'US', weekly: (cash / 100).toFixed(2) }).ok).toBe(true);
    expect(errs(checkCommunity(ctx(), { market: 'US', weekly: ((cash + 1) / 100).toFixed(2) }))).toEqual(['weekly:err.budgetCash']);
    // The cash left after the turn's other pending decisions (a creator campaign here).
    const top = kolTier(scenario, 'mid').cost;
    const pending = new PendingList([{ type: 'runKolCampaign', market: 'US', tier: 'mid' }]);
    expect(checkCommunity(ctx(pending), { market: 'US', weekly: ((cash - top) / 100).toFixed(2) }).ok).toBe(true);
    expect(errs(checkCommunity(ctx(pending), { market: 'US', weekly: ((cash - top + 1) / 100).toFixed(2) }))).toEqual(['weekly:err.budgetCash']);
  });

  it('a second budget for the market replaces the pending one, and leaves the other budgets alone', () => {
    const pending = new PendingList();
    pending.add({ type: 'setFraudControl', market: 'US', weekly: 500 });
    pending.add({ type: 'setCommunity', market: 'US', weekly: 5000 });
    pending.add({ type: 'setAdBudget', market: 'US', weekly: 9000 });
    pending.add({ type: 'setCommunity', market: 'US', weekly: 2000 });
    expect(pending.size).toBe(3);
    expect(pending.find('community|US')?.action.weekly).toBe(2000);
    expect(pending.find('fraud|US')?.action.weekly).toBe(500);
  });

  it('counts with the ads in the forecast, as the engine books it: the budget in place, a pending one instead, 0 stops it', () => {
    const base = forecast(scenario, ctx().view, []);
    const plus = (f: ReturnType<typeof forecast>) => ({ ads: f.ads - base.ads, running: f.running - base.running });
    expect(plus(forecast(scenario, ctx().view, [{ type: 'setCommunity', market: 'US', weekly: 3000 }]))).toEqual({ ads: 3000, running: 0 });
    const running = resolveTurn(newGame(scenario, 1), [{ type: 'setCommunity', market: 'US', weekly: 700 }]).state;
    const view = studentView(running, 'player', null)!;
    const inPlace = forecast(scenario, view, []).ads;
    expect(forecast(scenario, view, [{ type: 'setCommunity', market: 'US', weekly: 1200 }]).ads - inPlace).toBe(500);
    expect(forecast(scenario, view, [{ type: 'setCommunity', market: 'US', weekly: 0 }]).ads - inPlace).toBe(-700);
  });
});
