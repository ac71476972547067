// The JSON Schema of scenario files, generated from the engine's zod schema, so
// an instructor's editor completes and checks a scenario that starts with
// "$schema": "./scenario.schema.json". It is written to scenarios/ by
// `npm run schema`; a test fails when the file on disk is stale.
import { z } from 'zod';
import * as S from '../engine/schema';

// A URN: absolute, as JSON Schema asks of a root $id, without claiming a web address.
export const SCHEMA_ID = 'urn:chuhai:scenario.schema.json';

// Schemas used in many places get a name in "$defs" and are referenced, instead
// of being inlined each time: it keeps the file small (~50 KB instead of ~250 KB)
// and gives editors readable names. StateNode must be named: it is recursive.
const NAMED: readonly [string, z.core.$ZodType][] = [
  ['Id', S.Id], ['Localised', S.Localised], ['CurrencyCode', S.CurrencyCode], ['Money', S.Money],
  ['DayRange', S.DayRange], ['CompanyStart', S.CompanyStart], ['GuardRef', S.GuardRef],
  ['ActionRef', S.ActionRef], ['Transition', S.Transition], ['StateNode', S.StateNode],
];

/**
 * A metadata registry that reads the descriptions from zod's global registry
 * (where `.describe()` puts them) and adds our $defs names, without mutating
 * the engine's global registry.
 */
function metadataRegistry(): z.core.$ZodRegistry<z.core.JSONSchemaMeta> {
  const names = new Map<z.core.$ZodType, string>(NAMED.map(([name, schema]) => [schema, name]));
  const registry = z.registry<z.core.JSONSchemaMeta>();
  registry.get = (schema) => {
    const meta = z.globalRegistry.get(schema);
    const id = names.get(schema);
    return id === undefined ? meta : { ...meta, id };
  };
  return registry;
}

// Keywords first in reading order, the rest alphabetically; the members of maps
// (properties, $defs) keep the order of the zod schema, which is the order an
// instructor meets them in the documentation.
const FIRST = ['$schema', '$id', '$ref', 'title', 'description', 'type', 'const', 'enum', 'default'];
const LAST = ['$defs']; // the shared definitions read best after the main shape
const MAPS = new Set(['properties', '$defs', 'patternProperties']);

function ordered(value: unknown, isMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (!isMap) {
    const rank = (k: string): number =>
      (FIRST.includes(k) ? FIRST.indexOf(k) : LAST.includes(k) ? FIRST.length + 1 + LAST.indexOf(k) : FIRST.length);
    keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = ordered(obj[k], !isMap && MAPS.has(k));
  return out;
}

/** The JSON Schema (draft 2020-12) of a scenario file as an instructor writes it. */
export function scenarioJsonSchema(): Record<string, unknown> {
  // io 'input': fields with defaults are optional in the file.
  const generated = z.toJSONSchema(S.Scenario, { io: 'input', metadata: metadataRegistry() });
  return ordered({
    ...generated,
    $id: SCHEMA_ID,
    title: 'Chuhai scenario',
    description: 'A scenario for Chuhai (出海), the cross-border e-commerce training game. Generated from src/engine/schema by `npm run schema`; do not edit by hand.',
  }) as Record<string, unknown>;
}

/** The schema file's exact text: 2-space indentation and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
