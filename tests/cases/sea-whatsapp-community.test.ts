// Case scenario "WhatsApp community selling in Southeast Asia" (issue 6; seed 004,
// section 06, success 3: 東南亞市場通過WhatsApp社群運營實現用戶自發傳播，單月新增客戶超2萬):
// the file loads, the as-happened play (community operations whose engaged customers
// invite friends, tiered membership, no ads, no creators) wins 20,000+ new customers in
// four weeks, the same restocking without the community does not, and the as-happened
// play beats the naive bot on profit and score.
import { describe, expect, it } from 'vitest';
import type { PlayedRun } from '../../src/run';
import { evaluateCase } from '../../src/cli/caseFigures';
import { caseScenario, mean, playBot, totalProfit, turnsOf, withoutActions } from './support';
import type { Scenario } from '../../src/engine';

const SEEDS = [1, 2, 20260708];

/** The same restocking, membership and complaint handling without the community. */
const withoutCommunity = (scenario: Scenario): Scenario => withoutActions(scenario, (a) => a.type === 'setCommunity');

const peak = (scenario: Scenario, p: PlayedRun): number => evaluateCase(scenario.case!, turnsOf(p)).figures[0]!.value!;

describe('case-sea-whatsapp-community', () => {
  const scenario = caseScenario('sea-whatsapp-community');

  it('loads: community operations and membership in the script, no ads or creators, no events, both languages', () => {
    expect(scenario.id).toBe('case-sea-whatsapp-community');
    expect(scenario.case!.figures[0]).toMatchObject({ kpi: 'newCustomers', market: 'ID', measure: 'maxWindowSum', window: 4, op: '>=', target: 20000 });
    expect(scenario.events).toEqual([]);
    const actions = scenario.asHappened!.turns.flatMap((t) => t.actions);
    expect(actions.filter((a) => a.type === 'setCommunity')).toEqual([{ type: 'setCommunity', market: 'ID', weekly: 1_000_000 }]);
    expect(actions.some((a) => a.type === 'setLoyalty')).toBe(true);
    expect(actions.some((a) => a.type === 'setAdBudget' || a.type === 'runKolCampaign')).toBe(false);
    for (const text of [scenario.title, scenario.briefing, scenario.debrief!]) {
      expect(text.zh.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it.each(SEEDS)('the as-happened play wins 20,000+ new customers in four weeks (seed %i)', (seed) => {
    const played = playBot(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the community the figure fails; the as-happened play beats naive on profit and score', () => {
    const asHappened = SEEDS.map((s) => playBot(scenario, 'as-happened', s));
    const without = SEEDS.map((s) => playBot(withoutCommunity(scenario), 'as-happened', s));
    const naive = SEEDS.map((s) => playBot(scenario, 'naive', s));
    for (const p of without) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    expect(mean(asHappened.map((p) => peak(scenario, p)))).toBeGreaterThan(1.2 * mean(without.map((p) => peak(scenario, p))));
    expect(mean(asHappened.map(totalProfit))).toBeGreaterThan(0);
    expect(mean(asHappened.map(totalProfit)) - mean(naive.map(totalProfit))).toBeGreaterThan(50_000_000);
    const score = (ps: PlayedRun[]) => mean(ps.map((p) => p.run.final.score.total));
    expect(score(asHappened)).toBeGreaterThan(score(naive) + 20);
  });
});
