// Case scenario "3C seller pre-stocks an overseas warehouse" (issue 6; seed 004,
// section 06, success 4): the file loads, the as-happened play reproduces the seed's
// figures (delivery ≈ 3 days, returns −60% or more) from the model's causes, the
// same moves without the warehouse do not, and the as-happened play beats the naive one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { playRun, type PlayedRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase, type TurnKpis } from '../../src/cli/caseFigures';
import type { Action, Scenario } from '../../src/engine';

const file = new URL('../../scenarios/cases/3c-overseas-warehouse.json', import.meta.url);
const SEEDS = [1, 2, 3];

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

/** The as-happened actions without the overseas warehouse: the stock stays in China and ships by parcel. */
function playWithoutWarehouse(scenario: Scenario, seed: number): PlayedRun {
  const turns = scenario.asHappened!.turns;
  return playRun(scenario, {
    seed,
    decide: (state) => turns.filter((t) => t.turn === state.turn + 1).flatMap((t) => t.actions)
      .filter((a: Action) => a.type !== 'ship' && a.type !== 'setFulfilment'),
  });
}

function turnsOf(played: PlayedRun): TurnKpis[] {
  return played.reports.map((r) => {
    const c = r.companies.player!;
    return { turn: r.turn, kpis: c.kpis, markets: c.markets };
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const totalProfit = (p: PlayedRun) => p.reports.reduce((a, r) => a + r.companies.player!.kpis.profit, 0);
/** Mean US return rate over the turns of the case's return figure. */
const lateReturns = (scenario: Scenario, p: PlayedRun) => {
  const [from, to] = scenario.case!.figures[1]!.turns;
  return mean(turnsOf(p).filter((t) => t.turn >= from && t.turn <= to).map((t) => t.markets.US!.returnRate));
};

describe('case-3c-overseas-warehouse', () => {
  const scenario = load();

  it('loads, with a case block, parcels from China at the start, a warehouse switch in the as-happened script, and both languages', () => {
    expect(scenario.id).toBe('case-3c-overseas-warehouse');
    expect(scenario.case?.figures.map((f) => f.kpi)).toEqual(['deliveryDays', 'returnRate']);
    expect(scenario.player.fulfilment).toEqual([{ market: 'US', from: 'home', carrier: 'china-post-economy' }]);
    const actions = scenario.asHappened!.turns.flatMap((t) => t.actions);
    expect(actions.some((a) => a.type === 'ship' && a.to === 'wh-us')).toBe(true);
    expect(actions.some((a) => a.type === 'setFulfilment' && a.from === 'wh-us')).toBe(true);
    for (const text of [scenario.title, scenario.briefing, scenario.debrief!]) {
      expect(text.zh.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it.each([...SEEDS, 20260401])('the as-happened play reproduces ≈3-day delivery and returns down by 60 percent or more (seed %i)', (seed) => {
    const played = play(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports).toHaveLength(scenario.turns);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    for (const f of result.figures) expect(f.value, `${f.kpi} ${f.market ?? ''}`).not.toBeNull();
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the warehouse the same moves keep slow delivery and high returns, and lose money', () => {
    const withWh = SEEDS.map((s) => play(scenario, 'as-happened', s));
    const without = SEEDS.map((s) => playWithoutWarehouse(scenario, s));
    for (const p of without) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    // returns in the late turns: about a third from the warehouse
    expect(mean(withWh.map((p) => lateReturns(scenario, p)))).toBeLessThan(0.5 * mean(without.map((p) => lateReturns(scenario, p))));
    expect(mean(without.map(totalProfit))).toBeLessThan(0);
    expect(mean(withWh.map(totalProfit)) - mean(without.map(totalProfit))).toBeGreaterThan(5_000_000); // ¥50,000
  });

  it('the as-happened play beats the naive one by a wide margin', () => {
    const asHappened = SEEDS.map((s) => play(scenario, 'as-happened', s));
    const naive = SEEDS.map((s) => play(scenario, 'naive', s));
    expect(mean(asHappened.map((p) => p.run.final.score.total)) - mean(naive.map((p) => p.run.final.score.total))).toBeGreaterThan(20);
    expect(mean(asHappened.map(totalProfit))).toBeGreaterThan(0);
    expect(mean(naive.map(totalProfit))).toBeLessThan(0);
  });
});
