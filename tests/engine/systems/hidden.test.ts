// The student view never leaks the hidden truth (DESIGN.md §2; seed 000 §2.1): a
// product's weekly shoppers and fit and a market's price sensitivity appear nowhere
// in what a student (or a bot) sees — the StudentView and the public scenario — except
// as research estimates. The truths are set to values nothing else would produce.
import { describe, expect, it } from 'vitest';
import type { GameState, Scenario, TurnReport } from '../../../src/engine';
import { publicScenario, studentView } from '../../../src/engine';
import { play, scenarioFrom, startOf } from './build';

const VISITORS = 123_457;
const FIT = 0.8765;
const SENSITIVITY = 1.2345;

const scenario: Scenario = scenarioFrom((s) => {
  s.player.cash = 50_000_000;
  const lamp = s.products.find((p) => p.id === 'lamp')!;
  lamp.demand = lamp.demand.map((d) => (d.market === 'US' ? { ...d, weeklyVisitors: VISITORS, fit: FIT } : d));
  s.markets.find((m) => m.id === 'US')!.priceSensitivity = SENSITIVITY;
});

/** Every number in a JSON tree with its path, except research estimates and their errors. */
function numbers(value: unknown, path: string, out: { path: string; value: number }[]): void {
  if (typeof value === 'number') { out.push({ path, value }); return; }
  if (Array.isArray(value)) { value.forEach((v, i) => numbers(v, `${path}[${i}]`, out)); return; }
  if (value && typeof value === 'object') {
    const researchRecord = 'estimate' in value && 'error' in value && 'measure' in value;
    for (const [k, v] of Object.entries(value)) {
      if (researchRecord && (k === 'estimate' || k === 'error')) continue;
      numbers(v, `${path}.${k}`, out);
    }
  }
}

function leaks(json: unknown): string[] {
  const all: { path: string; value: number }[] = [];
  numbers(JSON.parse(JSON.stringify(json)), '$', all);
  return all.filter((n) => n.value === VISITORS || n.value === FIT || n.value === SENSITIVITY).map((n) => `${n.path} = ${n.value}`);
}

describe('the student view hides the true demand', () => {
  it('the finder sees the truths in the full scenario (so the check can fail)', () => {
    expect(leaks(scenario).length).toBeGreaterThanOrEqual(3);
  });

  it('nothing in the view or the public scenario equals a hidden value, research aside', () => {
    const plan = [
      [
        { type: 'commissionResearch', kind: 'desk', measure: 'visitors', market: 'US', product: 'lamp' },
        { type: 'commissionResearch', kind: 'expert', measure: 'priceSensitivity', market: 'US' },
        { type: 'commissionResearch', kind: 'field', measure: 'fit', market: 'US', product: 'lamp' },
      ],
      [], [], [], [], [],
    ];
    let state: GameState = startOf(scenario, 9);
    let report: TurnReport | null = null;
    for (const t of play(state, plan)) {
      ({ state, report } = t);
      const view = studentView(state, 'player', report);
      expect(leaks(view)).toEqual([]);
      expect(leaks(publicScenario(state.scenario))).toEqual([]);
    }
    // The estimates are there, and they are estimates.
    const view = studentView(state, 'player', report)!;
    expect(view.research.map((r) => r.measure).sort()).toEqual(['fit', 'priceSensitivity', 'visitors']);
    expect(publicScenario(scenario).markets.find((m) => m.id === 'US')!.priceSensitivity).toBe(1.5); // the region's usual value
  });
});
