// The `case` block of DESIGN.md §7: a case scenario's headline figures from the
// seed, measured on a run's per-turn KPIs, so `chuhai report --json` says whether
// the run reproduces the story (issue 6: "each figure's measured value and whether
// it holds").
import type { Kpis, Scenario } from '../engine';

type CaseBlock = NonNullable<Scenario['case']>;
type Figure = CaseBlock['figures'][number];

export interface TurnKpis { turn: number; kpis: Kpis; markets: Record<string, Kpis> }

export interface FigureResult extends Figure {
  /** The measured value; null when the run lacks turns or the market it needs. */
  value: number | null;
  holds: boolean;
}

export interface CaseResult { source: string; figures: FigureResult[]; holds: boolean }

/** Used by `~` when a figure gives no tolerance: "about" means within 10%. */
const DEFAULT_TOLERANCE = 0.1;

export function evaluateCase(block: CaseBlock, turns: readonly TurnKpis[]): CaseResult {
  const figures = block.figures.map((f) => {
    const value = measure(f, turns);
    return { ...f, value, holds: value !== null && compare(f, value) };
  });
  return { source: block.source, figures, holds: figures.every((f) => f.holds) };
}

function series(f: Figure, turns: readonly TurnKpis[], range: readonly [number, number]): number[] | null {
  const out: number[] = [];
  for (let t = range[0]; t <= range[1]; t += 1) {
    const row = turns.find((r) => r.turn === t);
    if (!row) return null;
    const kpis = f.market === undefined ? row.kpis : row.markets[f.market];
    if (!kpis) return null;
    out.push(kpis[f.kpi]);
  }
  return out.length > 0 ? out : null;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

function measure(f: Figure, turns: readonly TurnKpis[]): number | null {
  const xs = series(f, turns, f.turns);
  if (!xs) return null;
  switch (f.measure) {
    case 'sum': return sum(xs);
    case 'mean': return mean(xs);
    case 'last': return xs[xs.length - 1]!;
    case 'maxWindowSum': {
      const w = Math.min(f.window ?? 1, xs.length);
      let best = Number.NEGATIVE_INFINITY;
      for (let i = 0; i + w <= xs.length; i += 1) best = Math.max(best, sum(xs.slice(i, i + w)));
      return best;
    }
    case 'ratio': {
      let base: number;
      if (f.plan !== undefined) base = f.plan;
      else {
        const bs = f.baseTurns ? series(f, turns, f.baseTurns) : null;
        if (!bs) return null;
        base = mean(bs);
      }
      return base === 0 ? null : mean(xs) / base;
    }
    default: return null;
  }
}

function compare(f: Figure, value: number): boolean {
  switch (f.op) {
    case '>=': return value >= f.target;
    case '<=': return value <= f.target;
    case '~': return Math.abs(value - f.target) <= (f.tolerance ?? DEFAULT_TOLERANCE) * Math.abs(f.target);
    default: return false;
  }
}
