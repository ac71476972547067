// Case scenario "a traditional exporter finds buyers with a B2B portal's data tools"
// (issue 6; seed 004, section 06, success 2: 依託阿里巴巴國際站數據工具…年訂單量提升300%):
// the file loads, the as-happened play (buyer-search studies, listings in three more
// markets, keyword search ads on the portal) brings 4× the first quarter's orders in the
// last quarter, the same moves without the ads or without the new markets do not, and
// the as-happened play beats the naive bot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { playRun, type PlayedRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase, type TurnKpis } from '../../src/cli/caseFigures';
import type { Action, Scenario } from '../../src/engine';

const file = new URL('../../scenarios/cases/b2b-portal-data.json', import.meta.url);
const SEEDS = [1, 2, 20260709];

function load(): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return loaded.scenario;
}

function play(scenario: Scenario, botName: string, seed: number): PlayedRun {
  const bot = getBot(botName);
  if (!bot) throw new Error(`no bot ${botName}`);
  return playRun(scenario, { seed, decide: (state, last) => botActions(bot, state, last) });
}

function turnsOf(played: PlayedRun): TurnKpis[] {
  return played.reports.map((r) => {
    const c = r.companies.player!;
    return { turn: r.turn, kpis: c.kpis, markets: c.markets };
  });
}

function without(scenario: Scenario, drop: (a: Action) => boolean): Scenario {
  const turns = scenario.asHappened!.turns
    .map((t) => ({ ...t, actions: t.actions.filter((a) => !drop(a)) }))
    .filter((t) => t.actions.length > 0);
  return { ...scenario, asHappened: { ...scenario.asHappened!, turns } };
}

const ratio = (scenario: Scenario, p: PlayedRun): number => evaluateCase(scenario.case!, turnsOf(p)).figures[0]!.value ?? 0;
const profit = (p: PlayedRun): number => turnsOf(p).reduce((a, t) => a + t.kpis.profit, 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('case-b2b-portal-data', () => {
  const scenario = load();

  it('loads: a B2B portal with wholesale orders, the US only at the start, both languages', () => {
    expect(scenario.id).toBe('case-b2b-portal-data');
    expect(scenario.turns).toBe(52);
    expect(scenario.channels.every((c) => c.kind === 'b2bPortal' && c.unitsPerOrder >= 10)).toBe(true);
    expect(scenario.player.listings.map((l) => l.market)).toEqual(['US']);
    expect(scenario.case!.figures[0]).toMatchObject({ kpi: 'orders', measure: 'ratio', turns: [40, 52], baseTurns: [1, 13], op: '>=', target: 4 });
    expect(scenario.events).toEqual([]);
    const actions = scenario.asHappened!.turns.flatMap((t) => t.actions);
    expect(actions.some((a) => a.type === 'commissionResearch')).toBe(true);
    expect(actions.some((a) => a.type === 'setAdBudget' && a.kind === 'search')).toBe(true);
    for (const text of [scenario.title, scenario.briefing, scenario.debrief!]) {
      expect(text.zh.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it.each(SEEDS)('the as-happened play: last quarter ≥ 4× the first quarter\'s orders (seed %i)', (seed) => {
    const played = play(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    expect(played.reports.length).toBe(52);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the search ads or without the new markets the ratio stays far lower; naive is beaten', () => {
    const asHappened = SEEDS.map((s) => play(scenario, 'as-happened', s));
    const noAds = SEEDS.map((s) => play(without(scenario, (a) => a.type === 'setAdBudget'), 'as-happened', s));
    const usOnly = SEEDS.map((s) => play(without(scenario, (a) => a.type === 'setPrice' || (a.type === 'setAdBudget' && a.market !== 'US')), 'as-happened', s));
    const naive = SEEDS.map((s) => play(scenario, 'naive', s));
    const r = (ps: PlayedRun[]) => mean(ps.map((p) => ratio(scenario, p)));
    expect(r(asHappened)).toBeGreaterThan(1.5 * r(noAds));
    expect(r(asHappened)).toBeGreaterThan(1.3 * r(usOnly));
    for (const p of noAds) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    expect(mean(asHappened.map(profit)) - mean(naive.map(profit))).toBeGreaterThan(50_000_000);
    const score = (ps: PlayedRun[]) => mean(ps.map((p) => p.run.final.score.total));
    expect(score(asHappened)).toBeGreaterThan(score(naive) + 30);
  });
});
