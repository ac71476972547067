// Finds the zod schema that governs a path in a scenario, to tell an instructor
// which fields *are* allowed where they wrote an unknown one. zod's
// unrecognized_keys issue names the stray key but not the allowed ones. Unions
// are resolved with the data itself (the "type" of an action, list vs object).
import type { z } from 'zod';

interface Def {
  type: string;
  [key: string]: unknown;
}
type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** Strips optional/default/lazy/pipe wrappers down to the schema that shapes the value. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 50; i += 1) {
    const d = def(s);
    if (WRAPPERS.has(d.type)) s = d.innerType as AnySchema;
    else if (d.type === 'lazy') s = (d.getter as () => AnySchema)();
    else if (d.type === 'pipe') s = d.in as AnySchema;
    else return s;
  }
  return s;
}

function literalValues(schema: AnySchema): unknown[] {
  const d = def(unwrap(schema));
  if (d.type === 'literal') return d.values as unknown[];
  if (d.type === 'enum') return Object.values(d.entries as Record<string, unknown>);
  return [];
}

/** For a union, the option that fits `value` best; otherwise the schema itself. */
function pickOption(schema: AnySchema, value: unknown): AnySchema {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type !== 'union') return s;
  const options = (d.options as AnySchema[]).map(unwrap);
  const disc = d.discriminator as string | undefined;
  if (disc !== undefined && isObject(value)) {
    const tag = value[disc];
    const match = options.find((o) => {
      const shape = def(o).shape as Record<string, AnySchema> | undefined;
      return shape?.[disc] !== undefined && literalValues(shape[disc]).includes(tag);
    });
    if (match) return pickOption(match, value);
  }
  const kind = Array.isArray(value) ? ['array', 'tuple'] : ['object', 'record'];
  const byKind = options.find((o) => kind.includes(def(unwrap(pickOption(o, value))).type));
  return byKind ? pickOption(byKind, value) : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function child(schema: AnySchema, value: unknown, key: PropertyKey): AnySchema | null {
  const s = pickOption(schema, value);
  const d = def(s);
  switch (d.type) {
    case 'object': return (d.shape as Record<string, AnySchema>)[String(key)] ?? null;
    case 'array': return d.element as AnySchema;
    case 'tuple': return (d.items as AnySchema[])[Number(key)] ?? (d.rest as AnySchema | null) ?? null;
    case 'record': return d.valueType as AnySchema;
    default: return null;
  }
}

/** The field names allowed in the object at `path`, or null when they cannot be listed. */
export function allowedKeysAt(root: AnySchema, data: unknown, path: readonly PropertyKey[]): string[] | null {
  let schema: AnySchema | null = root;
  let value: unknown = data;
  for (const key of path) {
    if (!schema) return null;
    schema = child(schema, value, key);
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (!schema) return null;
  const d = def(pickOption(schema, value));
  if (d.type === 'object') return Object.keys(d.shape as Record<string, unknown>);
  if (d.type === 'record') {
    const keys = literalValues(d.keyType as AnySchema);
    return keys.length > 0 ? keys.map(String) : null;
  }
  return null;
}
