// The world view's model (src/game/model): every figure it holds is the engine's,
// positions follow the map table, and it reads nothing a student cannot see.
import { describe, expect, it } from 'vitest';
import { newGame, publicScenario, resolveTurn, PLAYER_ID, type GameState, type Scenario, type TurnReport } from '../../src/engine';
import { weekOfTurn, worldOf } from '../../src/engine/world';
import { botActions, getBot } from '../../src/bots';
import { buildWorldModel, project } from '../../src/game/model';
import { MARKET_SITES, marketSite } from '../../src/game/model/geo';
import { marketStatus } from '../../src/game/model/markets';
import { seasonsInTurn } from '../../src/game/model/seasons';
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

const campaign = play('campaign-global', 30);
const modelAt = (run: Run, turn: number) => buildWorldModel({
  scenario: run.scenario, state: run.states[turn]!, reports: run.reports.slice(0, turn), companyId: PLAYER_ID,
});

describe('positions', () => {
  it('puts each known market at its table point, inside the map, with the Pacific in the middle', () => {
    const m = modelAt(campaign, 0);
    for (const node of m.markets) {
      const site = MARKET_SITES[node.id]!;
      expect(node.placed, node.id).toBe(true);
      expect(node.at).toEqual(project(site[0], site[1]));
      expect(node.at.x).toBeGreaterThan(0); expect(node.at.x).toBeLessThan(1);
      expect(node.at.y).toBeGreaterThan(0); expect(node.at.y).toBeLessThan(1);
    }
    const x = (id: string) => m.markets.find((n) => n.id === id)!.at.x;
    // Europe west of China, the US east of it across the Pacific, Japan between.
    expect(x('UK')).toBeLessThan(x('DE'));
    expect(x('DE')).toBeLessThan(m.home.at.x);
    expect(m.home.at.x).toBeLessThan(x('JP'));
    expect(x('JP')).toBeLessThan(x('US'));
    // Northern markets above Indonesia (y grows downwards).
    expect(x('ID')).toBeGreaterThan(x('AE'));
    expect(m.markets.find((n) => n.id === 'UK')!.at.y).toBeLessThan(m.markets.find((n) => n.id === 'ID')!.at.y);
  });

  it('places unknown market ids by region, apart from one another, and says so', () => {
    const taken = new Map<string, number>();
    const a = marketSite('XX-north', 'EU', taken);
    const b = marketSite('XX-south', 'EU', taken);
    const c = marketSite('ZZ', 'nowhere', taken);
    expect(a.placed).toBe(false);
    expect(b.placed).toBe(false);
    expect(a.at).not.toEqual(b.at);
    expect(Math.abs(a.lat - 49)).toBeLessThan(15);
    expect(Math.abs(a.lon - 10)).toBeLessThan(20);
    expect(c.at.x).toBeGreaterThan(0);
    expect(c.at.x).toBeLessThan(1);
    expect(marketSite('__proto__', 'NA', taken).placed).toBe(false);
  });
});

describe('figures come from the reports', () => {
  it('charts repeat each report’s cash, revenue, profit and exchange rates, turn by turn', () => {
    const m = modelAt(campaign, 30);
    expect(m.charts.cash.points).toHaveLength(30);
    campaign.reports.forEach((r, i) => {
      const k = r.companies[PLAYER_ID]!.kpis;
      expect(m.charts.cash.points[i]).toEqual({ turn: r.turn, value: k.cash });
      expect(m.charts.revenue.points[i]).toEqual({ turn: r.turn, value: k.revenue });
      expect(m.charts.profit.points[i]).toEqual({ turn: r.turn, value: k.profit });
      for (const s of m.charts.fx) expect(s.points[i]).toEqual({ turn: r.turn, value: r.fx[s.currency] });
    });
    expect(m.charts.fx.map((s) => s.currency)).toEqual(campaign.scenario.currencies.map((c) => c.code).filter((c) => c !== 'CNY'));
    // The rates do move: a chart of a constant would not show the test working.
    expect(new Set(m.charts.fx[0]!.points.map((p) => p.value)).size).toBeGreaterThan(1);
  });

  it('market figures are the last report’s, cash and stock the state’s', () => {
    const m = modelAt(campaign, 20);
    const last = campaign.reports[19]!.companies[PLAYER_ID]!;
    const state = campaign.states[20]!;
    const company = state.companies[PLAYER_ID]!;
    let selling = 0;
    for (const node of m.markets) {
      const k = last.markets[node.id];
      expect(node.revenue, node.id).toBe(k ? k.revenue : null);
      expect(node.profit, node.id).toBe(k ? k.profit : null);
      expect(node.listed, node.id).toBe(company.listings.some((l) => l.market === node.id));
      if (node.status === 'selling') selling += 1;
    }
    expect(selling).toBeGreaterThan(0);
    expect(m.cash).toBe(company.cash);
    expect(m.home.units).toBe(Object.values(company.stock.home ?? {}).reduce((a, b) => a + b, 0));
    for (const w of m.warehouses) expect(w.units).toBe(Object.values(company.stock[w.id] ?? {}).reduce((a, b) => a + b, 0));
    expect(m.turn).toBe(20);
    expect(m.week).toBe(campaign.reports[19]!.week);
  });

  it('status follows the display rules: unlisted, out, low (under two weeks of sales), selling, idle', () => {
    expect(marketStatus(false, 100, 5, 5)).toBe('unlisted');
    expect(marketStatus(true, 0, 5, 5)).toBe('stockout');
    expect(marketStatus(true, 9, 5, 5)).toBe('lowStock');
    expect(marketStatus(true, 10, 5, 5)).toBe('selling');
    expect(marketStatus(true, 10, 0, 0)).toBe('idle');
  });
});

describe('season banner', () => {
  it('names the peaks the report says are running, grouped across markets', () => {
    const withPeak = campaign.reports.find((r) => Object.values(r.seasons).some((s) => s !== null));
    expect(withPeak, 'a peak within 30 turns of the campaign').toBeDefined();
    const m = modelAt(campaign, withPeak!.turn);
    const expected = new Set(Object.values(withPeak!.seasons).filter((s): s is string => s !== null));
    expect(new Set(m.seasons.map((s) => s.id))).toEqual(expected);
    for (const banner of m.seasons) {
      for (const market of banner.markets) {
        expect(withPeak!.seasons[market.id]).toBe(banner.id);
        const season = campaign.scenario.markets.find((x) => x.id === market.id)!.seasons.find((s) => s.id === banner.id)!;
        expect(banner.name).toEqual(season.name);
      }
    }
    const quiet = campaign.reports.find((r) => Object.values(r.seasons).every((s) => s === null))!;
    expect(modelAt(campaign, quiet.turn).seasons).toEqual([]);
  });

  it('lists the next peaks from the calendar, each in a turn where its season starts', () => {
    const m = modelAt(campaign, 5);
    expect(m.upcoming.length).toBeGreaterThan(0);
    const calendar = worldOf(campaign.scenario).seasonNameByWeek;
    for (const u of m.upcoming) {
      expect(u.turn).toBeGreaterThan(5);
      expect(u.turn).toBeLessThanOrEqual(13);
      expect(u.week).toBe(weekOfTurn(campaign.scenario, u.turn));
      for (const market of u.markets) {
        expect(calendar.get(market.id)![u.week]).toBe(u.id);
        expect(calendar.get(market.id)![weekOfTurn(campaign.scenario, u.turn - 1)]).not.toBe(u.id);
      }
    }
    expect([...m.upcoming].sort((a, b) => a.turn - b.turn)).toEqual(m.upcoming);
  });

  it('gives a peak starting in several markets at once one entry naming them all', () => {
    const m = modelAt(campaign, 22); // Prime Day, week 28, in the US, Germany, the UK and Japan
    const prime = m.upcoming.filter((u) => u.id === 'prime-day');
    expect(prime).toHaveLength(1);
    expect(prime[0]!.turn).toBe(28);
    expect(prime[0]!.markets.map((x) => x.id)).toEqual(['US', 'DE', 'UK', 'JP']);
  });
});

describe('the peaks of the turn being decided (the play screen\'s season notice)', () => {
  it('names each season on the calendar that turn, once for all its markets, and the report agrees after the turn', () => {
    const prime = seasonsInTurn(campaign.scenario, 28).filter((s) => s.id === 'prime-day');
    expect(prime).toHaveLength(1);
    expect(prime[0]!.markets.map((x) => x.id)).toEqual(['US', 'DE', 'UK', 'JP']);
    for (const turn of [1, 5, 10, 21, 28, 30]) {
      const said = new Map(seasonsInTurn(campaign.scenario, turn).flatMap((s) => s.markets.map((m) => [m.id, s.id] as const)));
      const report = campaign.reports[turn - 1]!;
      for (const m of campaign.scenario.markets) expect(said.get(m.id) ?? null, `${turn} ${m.id}`).toBe(report.seasons[m.id] ?? null);
    }
    expect(seasonsInTurn(campaign.scenario, 0)).toEqual([]);
    expect(seasonsInTurn(campaign.scenario, campaign.scenario.turns + 1)).toEqual([]);
  });
});

describe('what a student cannot see', () => {
  it('gives the same model whatever the hidden demand is', () => {
    for (const turn of [0, 12, 30]) {
      const real = modelAt(campaign, turn);
      const hidden = publicScenario(campaign.scenario);
      const other: Scenario = {
        ...campaign.scenario,
        products: campaign.scenario.products.map((p) => ({ ...p, demand: p.demand.map((d) => ({ ...d, weeklyVisitors: d.weeklyVisitors * 3 + 7, fit: 0.4 })) })),
      };
      for (const scenario of [hidden, other]) {
        const state = { ...campaign.states[turn]!, scenario };
        expect(buildWorldModel({ scenario, state, reports: campaign.reports.slice(0, turn), companyId: PLAYER_ID })).toEqual(real);
      }
    }
  });

  it('shows only the student’s company, and names a missing one', () => {
    const rival = campaign.states[10]!.companyOrder.find((id) => id !== PLAYER_ID)!;
    const mine = modelAt(campaign, 10);
    const theirs = buildWorldModel({ scenario: campaign.scenario, state: campaign.states[10]!, reports: campaign.reports.slice(0, 10), companyId: rival });
    expect(theirs.cash).not.toBe(mine.cash);
    expect(() => buildWorldModel({ scenario: campaign.scenario, state: campaign.states[10]!, reports: [], companyId: 'nobody' })).toThrow(/nobody/);
  });
});
