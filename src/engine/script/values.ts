// Values a script uses must be ones that can take effect. The schema bounds a
// `setParameter` value only loosely (±1e12), because one field holds every
// parameter; the engine then clamps at 0 only, so a duty rate of 34 meaning 34%
// validated "ok" and bankrupted every bot. Each parameter here gets the limits of
// the scenario field it stands for (schema/market.ts, channel.ts). A turn guard
// past the last turn never holds, and a shock to the home currency, whose rate is
// fixed, changes nothing: both are silent no-ops an instructor would not intend.
import type { Scenario } from '../schema';
import { MONEY_MAX } from '../schema/common';
import type { Parameter } from '../schema/events';
import { formatPath, type Problem } from '../problems';
import { isRecord, type ScriptRef } from './walk';

interface Limits {
  min: number;
  max: number;
  whole: boolean;
  /** What the value means, for the message. */
  unit: string;
  /** A negative value removes the parameter (phases/script.ts setParameter). */
  removable?: true;
}

const FRACTION = (what: string): Limits => ({ min: 0, max: 1, whole: false, unit: `a fraction, as ${what} (0.2 = 20%)` });
const LOCAL_MONEY: Limits = { min: 0, max: MONEY_MAX, whole: true, unit: 'a whole number of local minor units (cents)' };
const THRESHOLD: Limits = { ...LOCAL_MONEY, removable: true, unit: 'a whole number of local minor units (cents), or a negative number to remove it' };

const PARAMETER_LIMITS: Readonly<Record<Parameter, Limits>> = {
  'market.vatRate': FRACTION('markets[].tax.vatRate'),
  'market.dutyRate': FRACTION('markets[].tax.dutyRate'),
  'market.dutyFreeThreshold': THRESHOLD,
  'market.vatFreeThreshold': THRESHOLD,
  'market.perItemDuty': LOCAL_MONEY,
  'market.priceSensitivity': { min: 0.1, max: 6, whole: false, unit: 'an elasticity, as markets[].priceSensitivity' },
  // As an event effect's `multiply` (schema/events.ts), the other way to scale demand or freight.
  'market.demandFactor': { min: 0, max: 20, whole: false, unit: 'a multiple of the base demand (1 = unchanged)' },
  'channel.commission': FRACTION('channels[].commission'),
  'channel.feePerOrder': { min: 0, max: MONEY_MAX, whole: true, unit: 'a whole number of home minor units (fen)' },
  'carrier.costFactor': { min: 0, max: 20, whole: false, unit: 'a multiple of the rate card (1 = unchanged)' },
  'carrier.extraDays': { min: 0, max: 365, whole: true, unit: 'whole days added to every shipment' },
};

export function checkValues(refs: readonly ScriptRef[], scenario: Partial<Scenario>): Problem[] {
  const problems: Problem[] = [];
  const report = (ref: ScriptRef, param: string, message: string) =>
    problems.push({ path: formatPath([...ref.path, 'params', param]), message });
  for (const ref of refs) {
    if (!isRecord(ref.raw) || !isRecord(ref.raw.params)) continue;
    const params = ref.raw.params;
    if (ref.name === 'setParameter') {
      const limits = typeof params.parameter === 'string' ? PARAMETER_LIMITS[params.parameter as Parameter] : undefined;
      const problem = limits && typeof params.value === 'number' ? outOfLimits(params.parameter as string, params.value, limits) : null;
      if (problem) report(ref, 'value', problem);
    } else if (ref.name === 'turnIs' || ref.name === 'turnAtLeast') {
      const last = scenario.turns;
      if (typeof params.turn === 'number' && typeof last === 'number' && params.turn > last) {
        report(ref, 'turn', `turn ${params.turn} is after the scenario's last turn (${last}), so this guard never holds`);
      }
    } else if (ref.name === 'shockCurrency' && typeof params.currency === 'string' && params.currency === scenario.homeCurrency) {
      report(ref, 'currency', homeCurrencyProblem(params.currency));
    }
  }
  return problems;
}

export function homeCurrencyProblem(code: string): string {
  return `${code} is the home currency, whose rate is fixed, so this moves nothing; name the currency of a market`;
}

function outOfLimits(parameter: string, value: number, l: Limits): string | null {
  if (l.removable && value < 0) return null;
  const what = `${parameter} is ${l.unit}`;
  if (value < l.min) return `${what}: must be at least ${l.min} (it is ${value})`;
  if (value > l.max) return `${what}: must be at most ${l.max} (it is ${value})`;
  if (l.whole && !Number.isInteger(value)) return `${what}: must be a whole number (it is ${value})`;
  return null;
}
