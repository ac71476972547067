// Routes, shipments, delays and crises in the world view's model.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, PLAYER_ID, type GameState, type Scenario, type Shipment, type TurnReport } from '../../src/engine';
import { botActions, getBot } from '../../src/bots';
import { buildWorldModel, pointAlong, project } from '../../src/game/model';
import { HOME_SITE } from '../../src/game/model/geo';
import { shippedScenario } from '../support/scenarios';

interface Run { scenario: Scenario; states: GameState[]; reports: TurnReport[] }

function play(name: string, turns: number, seed = 11): Run {
  const scenario = shippedScenario(name);
  const bot = getBot('balanced')!;
  let state = newGame(scenario, seed);
  const states = [state];
  const reports: TurnReport[] = [];
  for (let t = 0; t < turns && !state.finished; t += 1) {
    const r = resolveTurn(state, botActions(bot, state, reports.at(-1) ?? null));
    state = r.state;
    states.push(state);
    reports.push(r.report);
  }
  return { scenario, states, reports };
}

const campaign = play('campaign-global', 24);
const build = (state: GameState, reports: readonly TurnReport[]) =>
  buildWorldModel({ scenario: campaign.scenario, state, reports, companyId: PLAYER_ID });

/** The state at `turn` with the player's company changed by `edit`. */
function withCompany(turn: number, edit: (c: GameState['companies'][string]) => void): GameState {
  const state = structuredClone({ ...campaign.states[turn]!, scenario: undefined }) as unknown as GameState;
  edit(state.companies[PLAYER_ID]!);
  return { ...state, scenario: campaign.scenario };
}

function shipment(over: Partial<Shipment>): Shipment {
  return { id: 9001, product: 'serum', units: 100, carrier: 'sea-us', to: 'wh-us', sentTurn: 10, arrivesTurn: 14, days: 24, lost: 0, damaged: 0, ...over };
}

describe('shipments on their routes', () => {
  it('sit at the share of whole weeks travelled, on the path of their carrier, and move on each turn', () => {
    let checked = 0;
    const seen = new Map<number, number>();
    for (let turn = 1; turn <= 24; turn += 1) {
      const state = campaign.states[turn]!;
      const m = build(state, campaign.reports.slice(0, turn));
      const company = state.companies[PLAYER_ID]!;
      expect(m.shipments.map((s) => s.id).sort()).toEqual(company.shipments.map((s) => s.id).sort());
      for (const s of m.shipments) {
        const raw = company.shipments.find((x) => x.id === s.id)!;
        const carrier = campaign.scenario.carriers.find((c) => c.id === raw.carrier)!;
        expect(s.progress).toBeCloseTo((turn - raw.sentTurn + 1) / (raw.arrivesTurn - raw.sentTurn + 1), 12);
        expect(s.progress).toBeGreaterThan(0);
        expect(s.progress).toBeLessThanOrEqual(1);
        expect(s.mode).toBe(carrier.mode);
        const route = m.routes.find((r) => r.key === s.route)!;
        expect(route.carrier).toBe(raw.carrier);
        expect(route.to).toBe(raw.to);
        expect(s.at).toEqual(pointAlong(route.path, s.progress));
        const before = seen.get(s.id);
        if (before !== undefined) expect(s.progress).toBeGreaterThan(before);
        seen.set(s.id, s.progress);
        checked += 1;
      }
    }
    expect(checked, 'the balanced bot ships stock within 24 turns').toBeGreaterThan(3);
  });

  it('draws routes from the China port to the market, sea lanes by way of Suez to Europe', () => {
    const state = withCompany(12, (c) => { c.shipments = [shipment({ carrier: 'sea-eu', to: 'wh-uk' }), shipment({ id: 9002, carrier: 'air', to: 'wh-de' })]; });
    const m = build(state, campaign.reports.slice(0, 12));
    const sea = m.routes.find((r) => r.key === 'sea-eu>wh-uk')!;
    const air = m.routes.find((r) => r.key === 'air>wh-de')!;
    const uk = m.markets.find((x) => x.id === 'UK')!;
    expect(sea.path[0]).toEqual(project(HOME_SITE[0], HOME_SITE[1]));
    expect(sea.path.at(-1)).toEqual(uk.at);
    expect(sea.path).toContainEqual(project(31.3, 32.3)); // Port Said
    expect(sea.mode).toBe('sea');
    expect(air.mode).toBe('air');
    expect(air.path.at(-1)).toEqual(m.markets.find((x) => x.id === 'DE')!.at);
    // An air route arcs: its middle lies off the straight line, towards the pole.
    const a = air.path[0]!;
    const b = air.path.at(-1)!;
    const mid = air.path[Math.floor(air.path.length / 2)]!;
    expect(mid.y).toBeLessThan((a.y + b.y) / 2);
  });
});

describe('delays', () => {
  const published = (id: string) => {
    const c = campaign.scenario.carriers.find((x) => x.id === id)!;
    return { min: c.transitDays[0] + c.customsDays[0], max: c.transitDays[1] + c.customsDays[1] };
  };

  it('flags a shipment whose drawn days exceed the carrier’s published range', () => {
    const { min, max } = published('sea-us');
    const on = (days: number) => build(withCompany(12, (c) => { c.shipments = [shipment({ days, sentTurn: 11 })]; }), campaign.reports.slice(0, 12)).shipments[0]!;
    expect(on(max).delayed).toBe(false);
    expect(on(min).delayed).toBe(false);
    expect(on(max + 1).delayed).toBe(true);
  });

  it('flags a shipment that left while an event slowed its carrier, not one on another carrier', () => {
    const reports = campaign.reports.slice(0, 12).map((r) => structuredClone(r));
    reports[9]!.events.active = ['port-strike-us']; // the report of turn 10, the turn before sending
    const state = withCompany(12, (c) => {
      c.shipments = [shipment({ sentTurn: 11, days: published('sea-us').min }), shipment({ id: 9002, carrier: 'air', to: 'wh-us', sentTurn: 11, days: published('air').min })];
    });
    const m = build(state, reports);
    expect(m.shipments.find((s) => s.id === 9001)!.delayed).toBe(true);
    expect(m.shipments.find((s) => s.id === 9002)!.delayed).toBe(false);
    expect(build(state, campaign.reports.slice(0, 12)).shipments.find((s) => s.id === 9001)!.delayed).toBe(false);
  });
});

describe('crises and disrupted routes', () => {
  // The engine's own crisis cases are cleared first: each test sets the ones it needs.
  const at = (turn: number, events: GameState['events'], edit: (c: GameState['companies'][string]) => void = () => {}) => {
    const state = withCompany(turn, (c) => { (c as unknown as { crises: unknown[] }).crises = []; edit(c); });
    return build({ ...state, events }, campaign.reports.slice(0, turn));
  };

  it('marks the markets and carriers an active event touches, and the routes it disrupts', () => {
    const m = at(14, [{ id: 'red-sea', startedTurn: 13, endsTurn: 28 }], (c) => { c.shipments = [shipment({ carrier: 'sea-eu', to: 'wh-de', sentTurn: 13, arrivesTurn: 20, days: 45 })]; });
    const redSea = campaign.scenario.events.find((e) => e.id === 'red-sea')!;
    expect(m.crises).toHaveLength(1);
    expect(m.crises[0]).toMatchObject({ id: 'red-sea', name: redSea.name, markets: ['DE', 'UK'], carriers: ['sea-eu'], startedTurn: 13, endsTurn: 28, needsAnswer: false });
    for (const node of m.markets) expect(node.crises, node.id).toEqual(['DE', 'UK'].includes(node.id) ? [redSea.name] : []);
    expect(m.routes.find((r) => r.key === 'sea-eu>wh-de')!.disrupted).toEqual([redSea.name]);
    // An event that disrupts a carrier sits midway along the company's route of it…
    expect(m.crises[0]!.at).toEqual(pointAlong(m.routes.find((r) => r.carrier === 'sea-eu')!.path, 0.5));
    // …and on the first market it touches when the company has no such route.
    const none = at(14, [{ id: 'red-sea', startedTurn: 13, endsTurn: 28 }], (c) => { c.shipments = []; });
    expect(none.routes.some((r) => r.carrier === 'sea-eu')).toBe(false);
    expect(none.crises[0]!.at).toEqual(none.markets.find((x) => x.id === 'DE')!.at);
  });

  it('reads market, channel and currency scopes, and no crisis when none is running', () => {
    const names = (ids: string[]) => at(14, ids.map((id) => ({ id, startedTurn: 14, endsTurn: 16 }))).crises.map((c) => [c.id, c.markets]);
    const socialShop = campaign.scenario.channels.find((c) => c.id === 'social-shop')!;
    expect(names(['port-strike-us', 'yen-slump', 'social-fee-rise'])).toEqual([
      ['port-strike-us', ['US']], ['yen-slump', ['JP']],
      ['social-fee-rise', campaign.scenario.markets.map((m) => m.id).filter((id) => socialShop.markets.includes(id))],
    ]);
    expect(at(14, []).crises).toEqual([]);
    expect(at(14, []).routes.every((r) => r.disrupted.length === 0)).toBe(true);
  });

  it('warns a market of a carrier’s trouble only where the company ships with that carrier', () => {
    const crunch = [{ id: 'peak-parcel-crunch', startedTurn: 14, endsTurn: 20 }];
    const serve = (carrier: string) => (c: GameState['companies'][string]) => {
      c.shipments = [];
      c.listings = [{ market: 'JP', channel: 'marketplace', product: 'serum', price: 300000, discount: 0, discountUntil: 0 }];
      c.markets = { JP: { ...Object.values(c.markets)[0]!, fulfilFrom: 'home', parcelCarrier: carrier } };
    };
    const byPost = at(14, crunch, serve('epacket'));
    expect(byPost.crises[0]!.markets).toEqual(['JP']);
    expect(byPost.routes.find((r) => r.key === 'epacket>JP')!.disrupted).toHaveLength(1);
    expect(byPost.crises[0]!.at).toEqual(pointAlong(byPost.routes.find((r) => r.key === 'epacket>JP')!.path, 0.5));
    const byLine = at(14, crunch, serve('asia-line'));
    expect(byLine.crises[0]!.markets).toEqual([]);
    expect(byLine.markets.every((m) => m.crises.length === 0)).toBe(true);
    expect(byLine.crises[0]!.at).toEqual(byLine.home.at);
  });

  it('adds the company’s open crisis cases, unanswered ones flagged, and skips malformed ones', () => {
    const m = at(14, [], (c) => {
      (c as unknown as { crises: unknown[] }).crises = [
        { event: 'tariff-escalation', startedTurn: 14, endsTurn: 19, chosen: null, id: 'c1' },
        { event: 'yen-slump', startedTurn: 13, endsTurn: 20, chosen: 1, id: 'c2' },
        null, 'nonsense', { startedTurn: 3 },
      ];
    });
    expect(m.crises.map((c) => [c.id, c.needsAnswer, c.markets])).toEqual([
      ['tariff-escalation', true, ['US']], ['yen-slump', false, ['JP']],
    ]);
  });
});

describe('points along a path', () => {
  it('walks a polyline by length, clamped at both ends', () => {
    const path = [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }];
    expect(pointAlong(path, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(path, 0.25)).toEqual({ x: 0.5, y: 0 });
    expect(pointAlong(path, 0.75)).toEqual({ x: 1, y: 0.5 });
    expect(pointAlong(path, 1)).toEqual({ x: 1, y: 1 });
    expect(pointAlong(path, 2)).toEqual({ x: 1, y: 1 });
    expect(pointAlong(path, -1)).toEqual({ x: 0, y: 0 });
  });
});
