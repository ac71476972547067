// The scorecard (issue 4 item 8): its shape and rounding, the weights, the
// objectives rules, and that it separates a passive player from a sound one.
import { describe, expect, it } from 'vitest';
import { newGame, type Objective, type Scenario, type TurnReport } from '../../src/engine';
import { SCORE_PARTS, scoreCard, scoreRun, type Score } from '../../src/engine/score';
import { evaluateObjective } from '../../src/engine/score/objectives';
import { turnFacts, type TurnFacts } from '../../src/engine/score/series';
import { ramp, toHundredths } from '../../src/engine/score/scale';
import { shippedScenario } from '../support/scenarios';
import { passive, play, simple, sound } from './play';

const campaign = shippedScenario('campaign-global');
const tutorial = shippedScenario('tutorial');

function expectTwoDecimals(x: number): void {
  expect(Number.isInteger(Math.round(x * 100))).toBe(true);
  expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-9);
}

function weightedTotal(s: Scenario, score: Score, withObjectives: boolean): number {
  const parts = SCORE_PARTS.filter((p) => withObjectives || p !== 'objectives');
  const w = parts.reduce((a, p) => a + s.scoring[p], 0);
  return parts.reduce((a, p) => a + s.scoring[p] * score.parts[p], 0) / w;
}

describe('scoreRun', () => {
  it('gives six parts 0–100 with two decimals, and their weighted total', () => {
    for (const decide of [passive, simple]) {
      const { card } = play(campaign, 3, decide);
      const { score } = card;
      expect(Object.keys(score.parts)).toEqual([...SCORE_PARTS]);
      for (const p of SCORE_PARTS) {
        expect(score.parts[p]).toBeGreaterThanOrEqual(0);
        expect(score.parts[p]).toBeLessThanOrEqual(100);
        expectTwoDecimals(score.parts[p]);
      }
      expectTwoDecimals(score.total);
      expect(Math.abs(score.total - weightedTotal(campaign, score, true))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('is deterministic, and JSON keeps it exactly', () => {
    const a = play(campaign, 9, simple);
    const again = scoreRun(campaign, a.reports, a.state);
    expect(again).toEqual(a.card.score);
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
  });

  it('scores a passive player low and a sound seller (the balanced bot) clearly higher (campaign, 5 seeds)', () => {
    const lines: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const p = play(campaign, seed, passive).card.score;
      const s = play(campaign, seed, sound).card.score;
      lines.push(`seed ${seed}: passive ${p.total} ${JSON.stringify(p.parts)} | balanced ${s.total} ${JSON.stringify(s.parts)}`);
      expect(p.total).toBeLessThan(30);
      expect(s.total).toBeGreaterThan(40);
      expect(s.total - p.total).toBeGreaterThan(15);
      expect(p.parts.growth).toBe(0); // sales die out once the opening stock is gone
    }
    console.log(`campaign scores\n${lines.join('\n')}`);
  });

  it('spreads the objectives weight over the others when no objective is active', () => {
    const none = { ...tutorial, objectives: [] };
    const { reports, state } = play(none, 1, simple);
    const score = scoreRun(none, reports, state);
    expect(score.parts.objectives).toBe(0);
    expect(Math.abs(score.total - weightedTotal(none, score, false))).toBeLessThanOrEqual(0.005 + 1e-9);
    const flat = { ...none, scoring: { profit: 0, growth: 0, satisfaction: 0, risk: 0, compliance: 0, objectives: 0 } };
    const equal = scoreRun(flat, reports, state);
    const mean = SCORE_PARTS.filter((p) => p !== 'objectives').reduce((a, p) => a + equal.parts[p], 0) / 5;
    expect(Math.abs(equal.total - mean)).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('scores a run with no turns 0, and counts unplayed turns as empty weeks', () => {
    const state = newGame(campaign, 1);
    expect(scoreRun(campaign, [], state).total).toBe(0);
    const full = play(tutorial, 2, simple);
    const half = scoreCard(tutorial, full.reports.slice(0, 4), full.state);
    expect(half.score.parts.growth).toBe(0); // the last third was never played
    expect(half.score.total).toBeLessThan(full.card.score.total);
  });

  it('gives a bankrupt company no risk points', () => {
    const broke = { ...tutorial, player: { ...tutorial.player, cash: 0 } };
    const { card } = play(broke, 1, passive);
    expect(card.score.parts.risk).toBe(0);
  });

  it('reads objectives met: the tutorial Black Friday target for the simple player', () => {
    const { card } = play(tutorial, 1, simple);
    expect(card.measures.objectives.find((o) => o.id === 'bf-orders')).toMatchObject({ met: true, turn: 8 });
    expect(card.score.parts.objectives).toBe(50);
  });
});

describe('objectives', () => {
  const row = (turn: number, k: Record<string, number>, opts: { markets?: Record<string, Record<string, number>>; dumping?: string[] } = {}): TurnFacts => {
    const base = turnFacts(1, [], 'player')[0]!;
    return { ...base, turn, reached: true, kpis: k as never, markets: (opts.markets ?? {}) as never, dumping: opts.dumping ?? [] };
  };
  const obj = (o: Partial<Objective>): Objective => ({ id: 'o', text: { zh: '', en: '' }, kpi: 'orders', op: '>=', target: 100, activeFromStart: true, ...o });

  it('is met in any turn up to byTurn, in its scope', () => {
    const rows = [row(1, { orders: 50 }), row(2, { orders: 120 }), row(3, { orders: 10 })];
    expect(evaluateObjective(obj({}), rows)).toEqual({ id: 'o', met: true, turn: 2 });
    expect(evaluateObjective(obj({ byTurn: 1 }), rows).met).toBe(false);
    expect(evaluateObjective(obj({ op: '<=', target: 10 }), rows)).toMatchObject({ met: true, turn: 3 });
    const m = [row(1, { orders: 500 }, { markets: { ID: { orders: 90 } } }), row(2, { orders: 500 }, { markets: { ID: { orders: 200 } } })];
    expect(evaluateObjective(obj({ market: 'ID', target: 200 }), m)).toMatchObject({ met: true, turn: 2 });
    expect(evaluateObjective(obj({ market: 'DE', target: 0 }), m).met).toBe(false); // never entered
  });

  it('does not count a turn that sold below cost in its scope', () => {
    const rows = [row(1, { orders: 5000 }, { dumping: ['US'], markets: { US: { orders: 5000 }, ID: { orders: 300 } } })];
    expect(evaluateObjective(obj({}), rows).met).toBe(false);
    expect(evaluateObjective(obj({ market: 'US' }), rows).met).toBe(false);
    expect(evaluateObjective(obj({ market: 'ID' }), rows).met).toBe(true);
  });

  it('does not count a rate KPI in a turn without orders or visitors', () => {
    const idle = [row(1, { orders: 0, visitors: 0, deliveryDays: 0, conversionRate: 0 })];
    expect(evaluateObjective(obj({ kpi: 'deliveryDays', op: '<=', target: 5 }), idle).met).toBe(false);
    expect(evaluateObjective(obj({ kpi: 'conversionRate', op: '<=', target: 0.5 }), idle).met).toBe(false);
    const busy = [row(1, { orders: 3, visitors: 100, deliveryDays: 4, conversionRate: 0.03 })];
    expect(evaluateObjective(obj({ kpi: 'deliveryDays', op: '<=', target: 5 }), busy).met).toBe(true);
  });
});

describe('series', () => {
  it('marks a market-turn whose net sales fall below the cost of goods as dumping', () => {
    const kp = { revenue: 0, orders: 0, unitsSold: 0 };
    const report = {
      turn: 1,
      companies: {
        player: {
          kpis: { ...kp, revenue: 1300, orders: 12, unitsSold: 12 },
          markets: { US: { ...kp, revenue: 100, orders: 10, unitsSold: 10 }, DE: { ...kp, revenue: 1200, orders: 2, unitsSold: 2 } },
          refused: [{ index: -1 }],
          ledger: [
            { debit: 'receivables', credit: 'revenue', amount: 100, market: 'US' },
            { debit: 'cogs', credit: 'inventory', amount: 900, market: 'US' },
            { debit: 'receivables', credit: 'revenue', amount: 1200, market: 'DE' },
            { debit: 'vat', credit: 'receivables', amount: 200, market: 'DE' },
            { debit: 'cogs', credit: 'inventory', amount: 1000, market: 'DE' },
          ],
        },
      },
    } as unknown as TurnReport;
    const [r] = turnFacts(1, [report, { ...report, turn: 1, companies: {} } as unknown as TurnReport], 'player');
    expect(r!.dumping).toEqual(['US']);
    expect([r!.healthyRevenue, r!.healthyOrders, r!.healthyUnits]).toEqual([1200, 2, 2]);
    expect(r!.refused).toBe(0); // "the run has ended" is not the student's refusal
  });
});

describe('scale', () => {
  it('ramps linearly and flat outside, rounds to integer hundredths', () => {
    expect(ramp(0.5, [[0, 0], [1, 100]])).toBe(50);
    expect(ramp(-1, [[0, 10], [1, 100]])).toBe(10);
    expect(ramp(Infinity, [[0, 10], [1, 100]])).toBe(100);
    expect(ramp(0, [[0, 15], [0, 30], [1, 100]])).toBe(15);
    expect(ramp(0.5, [[0, 15], [0, 30], [1, 100]])).toBe(65);
    expect(toHundredths(NaN)).toBe(0);
    expect(toHundredths(100.2)).toBe(10000);
    expect(toHundredths(-3)).toBe(0);
    expect(toHundredths(33.333)).toBe(3333);
  });
});
