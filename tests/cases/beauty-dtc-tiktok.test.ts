// Case scenario "a Chinese beauty brand goes DTC with its own site and TikTok" (issue 6;
// seed 004, section 06, success 1: 6個月內實現歐美市場月銷破百萬美元): the file loads, the
// as-happened play (native transcreation, creators, social and search ads, a US
// warehouse, PayPal and BNPL) passes US$1M (¥7.2M at the scenario's 7.2 CNY/USD) of
// sales in four weeks within 26 turns, and it beats the naive bot and the same moves
// without the creators and the localisation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { playRun, type PlayedRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase, type TurnKpis } from '../../src/cli/caseFigures';
import type { Scenario } from '../../src/engine';

const file = new URL('../../scenarios/cases/beauty-dtc-tiktok.json', import.meta.url);
const SEEDS = [1, 2, 20260707];

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

/** The same ads, payments and restocking, but no creators and machine translation. */
function withoutMix(scenario: Scenario): Scenario {
  const turns = scenario.asHappened!.turns
    .map((t) => ({ ...t, actions: t.actions.filter((a) => a.type !== 'runKolCampaign' && a.type !== 'setLocalisation') }))
    .filter((t) => t.actions.length > 0);
  return { ...scenario, asHappened: { ...scenario.asHappened!, turns } };
}

const peakMonth = (scenario: Scenario, p: PlayedRun): number => evaluateCase(scenario.case!, turnsOf(p)).figures[0]!.value!;
const profit = (p: PlayedRun): number => turnsOf(p).reduce((a, t) => a + t.kpis.profit, 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('case-beauty-dtc-tiktok', () => {
  const scenario = load();

  it('loads: US$1M at the scenario rate, creators and localisation in the script, both languages', () => {
    expect(scenario.id).toBe('case-beauty-dtc-tiktok');
    const usd = scenario.currencies.find((c) => c.code === 'USD')!;
    const fig = scenario.case!.figures[0]!;
    expect(fig).toMatchObject({ kpi: 'revenue', measure: 'maxWindowSum', window: 4, turns: [1, 26], op: '>=' });
    expect(fig.target).toBe(Math.round(1_000_000 * 100 * usd.rate));
    expect(scenario.events).toEqual([]);
    const actions = scenario.asHappened!.turns.flatMap((t) => t.actions);
    expect(actions.some((a) => a.type === 'runKolCampaign')).toBe(true);
    expect(actions.some((a) => a.type === 'setLocalisation')).toBe(true);
    for (const text of [scenario.title, scenario.briefing, scenario.debrief!]) {
      expect(text.zh.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it.each(SEEDS)('the as-happened play passes US$1M in four weeks within 26 turns (seed %i)', (seed) => {
    const played = play(scenario, 'as-happened', seed);
    expect(played.state.finished).toBe(true);
    expect(played.reports.flatMap((r) => r.companies.player!.refused)).toEqual([]);
    expect(played.reports.length).toBe(26);
    const result = evaluateCase(scenario.case!, turnsOf(played));
    expect(result.holds, JSON.stringify(result.figures)).toBe(true);
  });

  it('beats the naive bot and the same moves without creators and localisation', () => {
    const asHappened = SEEDS.map((s) => play(scenario, 'as-happened', s));
    const naive = SEEDS.map((s) => play(scenario, 'naive', s));
    const noMix = SEEDS.map((s) => play(withoutMix(scenario), 'as-happened', s));
    for (const p of [...naive, ...noMix]) expect(evaluateCase(scenario.case!, turnsOf(p)).holds).toBe(false);
    expect(mean(asHappened.map((p) => peakMonth(scenario, p)))).toBeGreaterThan(1.4 * mean(noMix.map((p) => peakMonth(scenario, p))));
    expect(mean(asHappened.map(profit)) - mean(noMix.map(profit))).toBeGreaterThan(200_000_000);
    expect(mean(asHappened.map(profit))).toBeGreaterThan(mean(naive.map(profit)));
    const score = (ps: PlayedRun[]) => mean(ps.map((p) => p.run.final.score.total));
    expect(score(asHappened)).toBeGreaterThan(score(naive) + 40);
  });
});
