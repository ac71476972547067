// Plain-word descriptions of JSON values and expected types, for messages an
// instructor reads (not a programmer): "a number", "text", "a list".

import { quotedInput } from './inputText';

const MAX_SHOWN = 40;

/** A short quotation of a value: `"abc"`, `12`, `true`, `null`, or its kind. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quotedInput(value, MAX_SHOWN);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return kindOf(value);
}

/** What kind of JSON value this is, in words. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'boolean': return 'true/false';
    case 'object': return 'an object';
    case 'undefined': return 'nothing';
    default: return typeof value;
  }
}

/** "text (\"abc\")" for primitives, "a list" for containers. */
export function kindAndValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `${kindOf(value)} (${showValue(value)})`;
  }
  return kindOf(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  tuple: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
  null: 'null',
};

export function expectedName(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest allowed name to `key`, when it looks like a typo of one. */
export function closest(key: string, allowed: readonly string[]): string | null {
  if (key.length > 60) return null; // not a typo, and the distance would be costly
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) { best = name; bestDistance = d; }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return best !== null && bestDistance <= limit ? best : null;
}
