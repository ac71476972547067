// Case scenario "3C seller pre-stocks an overseas warehouse" (issue 6; seed 004,
// section 06, success 4): the file loads, the as-happened play reproduces the seed's
// figures (delivery ≈ 3 days, returns −60% or more) from the model's causes, the
// same moves without the warehouse do not, and the as-happened play beats the naive one.
import { describe, expect, it } from 'vitest';
import { playRun, type PlayedRun } from '../../src/run';
import { evaluateCase } from '../../src/cli/caseFigures';
import { caseScenario, mean, playBot, totalProfit, turnsOf } from './support';
import type { Action, Scenario } from '../../src/engine';

const SEEDS = [1, 2, 3];

/** The as-happened actions without the overseas warehouse: the stock stays in China and ships by parcel. */
function playWithoutWarehouse(scenario: Scenario, seed: number): PlayedRun {
  const turns = scenario.asHappened!.turns;
  return playRun(scenario, {
    seed,
    decide: (state) => turns.filter((t) => t.turn === state.turn + 1).flatMap((t) => t.actions)
      .filter((a: Action) => a.type !== 'ship' && a.type !== 'setFulfilment'),
  });
}

/** Mean US return rate over the turns of the case's return figure. */
const lateReturns = (scenario: Scenario, p: PlayedRun) => {
  const [from, to] = scenario.case!.figures[1]!.turns;
  return mean(turnsOf(p).filter((t) => t.turn >= from && t.turn <= to).map((t) => t.markets.US!.returnRate));
};

describe('case-3c-overseas-warehouse', () => {
  const scenario = caseScenario('3c-overseas-warehouse');

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
    const played = playBot(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports).toHaveLength(scenario.turns);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    for (const f of result.figures) expect(f.value, `${f.kpi} ${f.market ?? ''}`).not.toBeNull();
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the warehouse the same moves keep slow delivery and high returns, and lose money', () => {
    const withWh = SEEDS.map((s) => playBot(scenario, 'as-happened', s));
    const without = SEEDS.map((s) => playWithoutWarehouse(scenario, s));
    for (const p of without) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    // returns in the late turns: about a third from the warehouse
    expect(mean(withWh.map((p) => lateReturns(scenario, p)))).toBeLessThan(0.5 * mean(without.map((p) => lateReturns(scenario, p))));
    expect(mean(without.map(totalProfit))).toBeLessThan(0);
    expect(mean(withWh.map(totalProfit)) - mean(without.map(totalProfit))).toBeGreaterThan(5_000_000); // ¥50,000
  });

  it('the as-happened play beats the naive one by a wide margin', () => {
    const asHappened = SEEDS.map((s) => playBot(scenario, 'as-happened', s));
    const naive = SEEDS.map((s) => playBot(scenario, 'naive', s));
    expect(mean(asHappened.map((p) => p.run.final.score.total)) - mean(naive.map((p) => p.run.final.score.total))).toBeGreaterThan(20);
    expect(mean(asHappened.map(totalProfit))).toBeGreaterThan(0);
    expect(mean(naive.map(totalProfit))).toBeLessThan(0);
  });
});
