// The guards a scenario script may name (scenario `script`, GuardRef). Each reads
// the turn's facts and its own params; a guard that cannot read what it needs is
// false, so a malformed reference never fires a transition.
import type { GuardRef, KpiKey } from '../schema';
import type { TurnFacts } from './facts';

export type GuardCheck = (facts: TurnFacts, params: unknown) => boolean;

const checks: Record<GuardRef['type'], GuardCheck> = {
  turnIs: (facts, params) => facts.turn === numberParam(params, 'turn'),
  turnAtLeast: (facts, params) => {
    const turn = numberParam(params, 'turn');
    return turn !== undefined && facts.turn >= turn;
  },
  kpiAtLeast: (facts, params) => compareKpi(facts, params, (kpi, value) => kpi >= value),
  kpiBelow: (facts, params) => compareKpi(facts, params, (kpi, value) => kpi < value),
  eventActive: (facts, params) => {
    const event = stringParam(params, 'event');
    return event !== undefined && facts.activeEvents.includes(event);
  },
};

/** The guard registry, by name. A Map, so a name from a file never reaches Object.prototype. */
export const GUARDS: ReadonlyMap<string, GuardCheck> = new Map(Object.entries(checks));

/** A KPI the report did not carry (a market not entered yet) satisfies no test. */
function compareKpi(facts: TurnFacts, params: unknown, test: (kpi: number, value: number) => boolean): boolean {
  const kpi = stringParam(params, 'kpi') as KpiKey | undefined;
  const value = numberParam(params, 'value');
  const market = stringParam(params, 'market');
  if (kpi === undefined || value === undefined) return false;
  let source: Partial<Record<KpiKey, number>> | undefined = facts.kpis;
  if (market !== undefined) source = Object.hasOwn(facts.markets, market) ? facts.markets[market] : undefined;
  const actual = source !== undefined && Object.hasOwn(source, kpi) ? source[kpi] : undefined;
  return typeof actual === 'number' && Number.isFinite(actual) && test(actual, value);
}

function param(params: unknown, name: string): unknown {
  if (typeof params !== 'object' || params === null || !Object.hasOwn(params, name)) return undefined;
  return (params as Record<string, unknown>)[name];
}

function numberParam(params: unknown, name: string): number | undefined {
  const v = param(params, name);
  return typeof v === 'number' ? v : undefined;
}

function stringParam(params: unknown, name: string): string | undefined {
  const v = param(params, name);
  return typeof v === 'string' ? v : undefined;
}
