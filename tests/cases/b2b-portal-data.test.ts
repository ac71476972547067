// Case scenario "a traditional exporter finds buyers with a B2B portal's data tools"
// (issue 6; seed 004, section 06, success 2: 依託阿里巴巴國際站數據工具…年訂單量提升300%):
// the file loads, the as-happened play (buyer-search studies, listings in three more
// markets, keyword search ads on the portal) brings 4× the first quarter's orders in the
// last quarter, the same moves without the ads or without the new markets do not, and
// the as-happened play beats the naive bot.
import { describe, expect, it } from 'vitest';
import type { PlayedRun } from '../../src/run';
import { evaluateCase } from '../../src/cli/caseFigures';
import { caseScenario, mean, playBot, totalProfit, turnsOf, withoutActions } from './support';
import type { Scenario } from '../../src/engine';

const SEEDS = [1, 2, 20260709];

const ratio = (scenario: Scenario, p: PlayedRun): number => evaluateCase(scenario.case!, turnsOf(p)).figures[0]!.value ?? 0;

describe('case-b2b-portal-data', () => {
  const scenario = caseScenario('b2b-portal-data');

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
    const played = playBot(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    expect(played.reports.length).toBe(52);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the search ads or without the new markets the ratio stays far lower; naive is beaten', () => {
    const asHappened = SEEDS.map((s) => playBot(scenario, 'as-happened', s));
    const noAds = SEEDS.map((s) => playBot(withoutActions(scenario, (a) => a.type === 'setAdBudget'), 'as-happened', s));
    const usOnly = SEEDS.map((s) => playBot(withoutActions(scenario, (a) => a.type === 'setPrice' || (a.type === 'setAdBudget' && a.market !== 'US')), 'as-happened', s));
    const naive = SEEDS.map((s) => playBot(scenario, 'naive', s));
    const r = (ps: PlayedRun[]) => mean(ps.map((p) => ratio(scenario, p)));
    expect(r(asHappened)).toBeGreaterThan(1.5 * r(noAds));
    expect(r(asHappened)).toBeGreaterThan(1.3 * r(usOnly));
    for (const p of noAds) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    expect(mean(asHappened.map(totalProfit)) - mean(naive.map(totalProfit))).toBeGreaterThan(50_000_000);
    const score = (ps: PlayedRun[]) => mean(ps.map((p) => p.run.final.score.total));
    expect(score(asHappened)).toBeGreaterThan(score(naive) + 30);
  });
});
