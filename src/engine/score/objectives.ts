// The objectives part: which of the scenario's active objectives the run met.
// An objective is met when, in some turn up to its `byTurn` (or the last turn),
// its KPI — the company's, or the market's when it names one — satisfies
// `op target`. Two rules keep it honest:
// - a turn in which the scope sold below cost (a "dumping" market-turn, see
//   series.ts) does not count, so a fire sale cannot buy an order-count target;
// - a KPI that is a rate over orders or visitors counts only in turns that had
//   them: a week without orders has 0 delivery days, which is no achievement.
import type { Objective, Scenario } from '../schema';
import type { KpiKey, Kpis } from '../schema/kpi';
import type { TurnFacts } from './series';

/** KPIs that are 0 by definition when there were no orders that turn (report.ts). */
const PER_ORDER: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'aov', 'deliveryDays', 'returnRate', 'repeatRate', 'complaintRate', 'grossMargin',
]);
/** KPIs that are 0 by definition when there were no visitors that turn. */
const PER_VISITOR: ReadonlySet<KpiKey> = new Set<KpiKey>(['conversionRate', 'checkoutAbandonment']);

export interface ObjectiveResult { id: string; met: boolean; turn: number | null }

function kpisFor(row: TurnFacts, o: Objective): Kpis | null {
  if (!row.kpis) return null;
  if (o.market === undefined) return row.dumping.length > 0 ? null : row.kpis;
  if (row.dumping.includes(o.market)) return null;
  return row.markets[o.market] ?? null;
}

function holds(k: Kpis, o: Objective): boolean {
  if (PER_ORDER.has(o.kpi) && !(k.orders > 0)) return false;
  if (PER_VISITOR.has(o.kpi) && !(k.visitors > 0)) return false;
  const v = k[o.kpi];
  if (!Number.isFinite(v)) return false;
  return o.op === '>=' ? v >= o.target : v <= o.target;
}

export function evaluateObjective(o: Objective, rows: readonly TurnFacts[]): ObjectiveResult {
  const last = Math.min(o.byTurn ?? rows.length, rows.length);
  for (let t = 1; t <= last; t += 1) {
    const k = kpisFor(rows[t - 1]!, o);
    if (k && holds(k, o)) return { id: o.id, met: true, turn: t };
  }
  return { id: o.id, met: false, turn: null };
}

/**
 * The active objectives at the end of the run (those active from the start plus
 * any a script set), in scenario order, each with whether and when it was met.
 */
export function evaluateObjectives(scenario: Scenario, active: readonly string[], rows: readonly TurnFacts[]): ObjectiveResult[] {
  const ids = new Set(active);
  return scenario.objectives.filter((o) => ids.has(o.id)).map((o) => evaluateObjective(o, rows));
}
