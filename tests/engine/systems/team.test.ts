// The team (README §17; seed 000 ch. 11): each role runs baseCapacity + perPerson ×
// staff market × channel pairs well; beyond that, the cart rate suffers:
//   execution = max(0.5, 1 − Σ_r weight_r × max(0, pairs − capacity_r) / pairs)
// Salaries are paid every turn ("salaries", overheads, in profit).
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine';
import { worldOf } from '../../../src/engine/world';
import { executionFactor } from '../../../src/engine/team';
import { busy, entries, play, quiet, scenarioFrom, startOf, sum } from './build';

function teamScenario(team: Record<string, unknown> = {}): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s);
    s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }, { product: 'serum', location: 'home', units: 1_000_000 }];
    s.team = { baseCapacity: 1, perPerson: 1, ...team } as never; // the fixture's three pairs: US/amazon, US/site, DE/amazon
  });
}

const staff = (t = { data: 0, execution: 1, marketing: 0, operations: 0, service: 0 }) => t;

describe('execution (golden grid)', () => {
  const world = worldOf(scenarioFrom((s) => { s.team = { baseCapacity: 4, perPerson: 3 }; }));
  it.each([
    ['no pairs', staff(), 0, 1],
    ['within capacity', staff(), 4, 1],
    ['6 pairs, nobody hired', staff(), 6, 1 - 0.4 * (2 / 6)],
    ['8 pairs, one in operations', { ...staff(), operations: 1 }, 8, 1 - 0.15 * (1 / 8) - 0.25 * (4 / 8)],
    ['8 pairs, one in each role', { ...staff(), operations: 1, marketing: 1, service: 1, data: 1 }, 8, 1 - 0.4 * (1 / 8)],
  ])('%s', (_name, team, pairs, want) => {
    expect(executionFactor(world, team, pairs)).toBeCloseTo(want, 12);
  });

  it('never below the floor of 0.5', () => {
    const harsh = worldOf(scenarioFrom((s) => { s.team = { baseCapacity: 0, operations: { weight: 1 }, marketing: { weight: 1 } }; }));
    expect(executionFactor(harsh, staff(), 10)).toBe(0.5);
  });

  it('the default leaves capacity out: a scenario without a team block never suffers', () => {
    expect(executionFactor(worldOf(scenarioFrom()), staff(), 200)).toBe(1);
  });
});

describe('staff in play', () => {
  const s = teamScenario();
  const cartRate = (t: { report: { companies: Record<string, { sales: { carts: number; visitors: number }[] }> } }) => {
    const cells = t.report.companies.player!.sales;
    return sum(cells.map((c) => c.carts)) / sum(cells.map((c) => c.visitors));
  };

  it('short-handed, the cart rate falls by the execution factor; hiring restores it from the same turn', () => {
    const hire = ['operations', 'marketing', 'service', 'data'].map((role) => ({ type: 'setStaff', role, count: 2 }));
    const [lean] = play(startOf(s, 4), [[]]);
    const [full] = play(startOf(s, 4), [hire]);
    expect(lean!.state.companies.player!.team.execution).toBeCloseTo(1 - 0.4 * (2 / 3), 12);
    expect(full!.state.companies.player!.team.execution).toBe(1);
    expect(cartRate(lean!) / cartRate(full!)).toBeCloseTo(1 - 0.4 * (2 / 3), 2);
  });

  it('salaries are paid every turn and count in profit', () => {
    const turns = play(startOf(s), [[{ type: 'setStaff', role: 'operations', count: 2 }, { type: 'setStaff', role: 'data', count: 1 }], [], [{ type: 'setStaff', role: 'operations', count: 0 }]]);
    expect(turns.map((t) => entries(t.report, 'salaries').map((e) => [e.debit, e.credit, e.amount]))).toEqual([
      [['overheads', 'cash', 2 * 150_000 + 200_000]], [['overheads', 'cash', 2 * 150_000 + 200_000]], [['overheads', 'cash', 200_000]],
    ]);
    const k = turns[0]!.report.companies.player!.kpis;
    const other = turns[0]!.report.companies.player!.waterfall.find((w) => w.step === 'other')!.amount;
    expect(-other).toBeGreaterThanOrEqual(500_000);
    expect(k.profit).toBe(sum(turns[0]!.report.companies.player!.waterfall.slice(0, -1).map((w) => w.amount)));
  });

  it('refuses more than maxPerRole and malformed counts, changing nothing', () => {
    const [t] = play(startOf(s), [[{ type: 'setStaff', role: 'operations', count: 51 }, { type: 'setStaff', role: 'operations', count: -1 }, { type: 'setStaff', role: 'boss', count: 1 }]]);
    const reasons = t!.report.companies.player!.refused.map((r) => r.reason.en);
    expect(reasons[0]).toBe('At most 50 people per role.');
    expect(reasons.slice(1).every((r) => r.startsWith('Malformed action'))).toBe(true);
    expect(t!.state.companies.player!.team.operations).toBe(0);
  });

  it('AI rivals are not staffed and never suffer', () => {
    const withRival = scenarioFrom((d) => { d.team = { baseCapacity: 0 }; });
    for (const t of play(startOf(withRival), 3)) {
      for (const id of t.state.companyOrder) if (t.state.companies[id]!.controller === 'ai') expect(t.state.companies[id]!.team.execution).toBe(1);
    }
  });
});
