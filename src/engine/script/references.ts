// Ids a script names must exist in the scenario: events, objectives, markets,
// channels, carriers and currencies. A wrong id would make the engine skip the
// effect without a word (src/engine/phases/script.ts), so it is an error here.
import type { Scenario } from '../schema';
import { formatPath, type Problem } from '../problems';
import { isRecord, type ScriptRef } from './walk';

type Kind = 'event' | 'objective' | 'market' | 'channel' | 'carrier' | 'currency';

/** The ids of each kind the scenario declares, in file order. */
function catalogue(scenario: Partial<Scenario>): Map<Kind, string[]> {
  const ids = (list: unknown, field: string): string[] =>
    Array.isArray(list) ? list.filter(isRecord).map((x) => x[field]).filter((x): x is string => typeof x === 'string') : [];
  return new Map<Kind, string[]>([
    ['event', ids(scenario.events, 'id')],
    ['objective', ids(scenario.objectives, 'id')],
    ['market', ids(scenario.markets, 'id')],
    ['channel', ids(scenario.channels, 'id')],
    ['carrier', ids(scenario.carriers, 'id')],
    ['currency', ids(scenario.currencies, 'code')],
  ]);
}

/** Which param of which guard or action names an id of which kind. */
const FIXED: ReadonlyMap<string, readonly [param: string, kind: Kind]> = new Map([
  ['eventActive', ['event', 'event']],
  ['kpiAtLeast', ['market', 'market']],
  ['kpiBelow', ['market', 'market']],
  ['triggerEvent', ['event', 'event']],
  ['endEvent', ['event', 'event']],
  ['setObjective', ['objective', 'objective']],
  ['shockCurrency', ['currency', 'currency']],
] as const);

/** `setParameter` targets the kind its parameter starts with: `market.vatRate` → a market. */
const PARAMETER_SCOPES: ReadonlyMap<string, Kind> = new Map([['market', 'market'], ['channel', 'channel'], ['carrier', 'carrier']]);

export function checkReferences(refs: readonly ScriptRef[], scenario: Partial<Scenario>): Problem[] {
  const ids = catalogue(scenario);
  const problems: Problem[] = [];
  for (const ref of refs) {
    if (!isRecord(ref.raw) || !isRecord(ref.raw.params) || ref.name === undefined) continue;
    const params = ref.raw.params;
    let param: string | undefined;
    let kind: Kind | undefined;
    const fixed = FIXED.get(ref.name);
    if (fixed) [param, kind] = fixed;
    else if (ref.name === 'setParameter' && typeof params.parameter === 'string') {
      param = 'target';
      kind = PARAMETER_SCOPES.get(params.parameter.split('.')[0] ?? '');
    }
    if (param === undefined || kind === undefined) continue;
    const value = params[param];
    if (typeof value !== 'string' || ids.get(kind)!.includes(value)) continue;
    problems.push({ path: formatPath([...ref.path, 'params', param]), message: unknownId(value, kind, ids) });
  }
  return problems;
}

function unknownId(value: string, kind: Kind, ids: ReadonlyMap<Kind, string[]>): string {
  const list = ids.get(kind)!;
  const plural = kind === 'currency' ? 'currencies' : `${kind}s`;
  const other = [...ids].find(([k, l]) => k !== kind && l.includes(value))?.[0];
  const mistaken = other ? ` ("${value}" is a${/^[aeiou]/.test(other) ? 'n' : ''} ${other})` : '';
  const shown = list.length === 0 ? `the scenario has no ${plural}` : `${plural}: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}`;
  return `no ${kind} "${value}"${mistaken}; ${shown}`;
}
