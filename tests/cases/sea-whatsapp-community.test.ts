// Case scenario "WhatsApp community selling in Southeast Asia" (issue 6; seed 004,
// section 06, success 3: 東南亞市場通過WhatsApp社群運營實現用戶自發傳播，單月新增客戶超2萬):
// the file loads, the as-happened play (product seeding to many ordinary users, micro
// creators, tiered membership with referrals, no ads) wins 20,000+ new customers in four
// weeks, the same restocking without the community work does not, and the as-happened
// play beats the naive bot on profit and score.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { playRun, type PlayedRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase, type TurnKpis } from '../../src/cli/caseFigures';
import type { Scenario } from '../../src/engine';

const file = new URL('../../scenarios/cases/sea-whatsapp-community.json', import.meta.url);
const SEEDS = [1, 2, 20260708];

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

/** The same restocking and complaint handling without seeding, creators or membership. */
function withoutCommunity(scenario: Scenario): Scenario {
  const turns = scenario.asHappened!.turns
    .map((t) => ({ ...t, actions: t.actions.filter((a) => a.type !== 'runKolCampaign' && a.type !== 'setLoyalty') }))
    .filter((t) => t.actions.length > 0);
  return { ...scenario, asHappened: { ...scenario.asHappened!, turns } };
}

const peak = (scenario: Scenario, p: PlayedRun): number => evaluateCase(scenario.case!, turnsOf(p)).figures[0]!.value!;
const profit = (p: PlayedRun): number => turnsOf(p).reduce((a, t) => a + t.kpis.profit, 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('case-sea-whatsapp-community', () => {
  const scenario = load();

  it('loads: seeding and membership in the script, no ads, no events, both languages', () => {
    expect(scenario.id).toBe('case-sea-whatsapp-community');
    expect(scenario.case!.figures[0]).toMatchObject({ kpi: 'newCustomers', market: 'ID', measure: 'maxWindowSum', window: 4, op: '>=', target: 20000 });
    expect(scenario.events).toEqual([]);
    const actions = scenario.asHappened!.turns.flatMap((t) => t.actions);
    expect(actions.filter((a) => a.type === 'runKolCampaign' && a.tier === 'seeding').length).toBeGreaterThan(20);
    expect(actions.some((a) => a.type === 'setLoyalty')).toBe(true);
    expect(actions.some((a) => a.type === 'setAdBudget')).toBe(false);
    for (const text of [scenario.title, scenario.briefing, scenario.debrief!]) {
      expect(text.zh.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it.each(SEEDS)('the as-happened play wins 20,000+ new customers in four weeks (seed %i)', (seed) => {
    const played = play(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('without the community work the figure fails; the as-happened play beats naive on profit and score', () => {
    const asHappened = SEEDS.map((s) => play(scenario, 'as-happened', s));
    const without = SEEDS.map((s) => play(withoutCommunity(scenario), 'as-happened', s));
    const naive = SEEDS.map((s) => play(scenario, 'naive', s));
    for (const p of without) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    expect(mean(asHappened.map((p) => peak(scenario, p)))).toBeGreaterThan(1.2 * mean(without.map((p) => peak(scenario, p))));
    expect(mean(asHappened.map(profit))).toBeGreaterThan(0);
    expect(mean(asHappened.map(profit)) - mean(naive.map(profit))).toBeGreaterThan(50_000_000);
    const score = (ps: PlayedRun[]) => mean(ps.map((p) => p.run.final.score.total));
    expect(score(asHappened)).toBeGreaterThan(score(naive) + 20);
  });
});
