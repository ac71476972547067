// Step 3 of loading: a structural check of the raw JSON value before zod sees it.
// JSON.parse turns "__proto__" into an own property and 1e999 into Infinity; a
// field named after an object internal could later reach Object.prototype when
// code copies or indexes by it, and absurd nesting could exhaust the stack in
// recursive code downstream. These are refused outright, wherever they occur.
import { RESERVED_KEYS } from '../engine/schema';
import type { Problem } from '../engine/problems';
import { inputPath } from './inputText';

export const MAX_DEPTH = 64;

/** JSON.parse reads a number past ±1.8e308 as ±Infinity. */
export const INFINITE_NUMBER = 'this number is too large to use (it reads as infinity); write a value within range';

const RESERVED = new Set<string>(RESERVED_KEYS);

/** Every reserved key, non-finite number and over-deep container in `value`. */
export function checkRawValue(value: unknown): Problem[] {
  const problems: Problem[] = [];
  visit(value, [], 0, problems);
  return problems;
}

function visit(value: unknown, path: PropertyKey[], depth: number, out: Problem[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      out.push({ path: inputPath(path), message: INFINITE_NUMBER });
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    out.push({
      path: inputPath(path),
      message: `the data is nested more than ${MAX_DEPTH} levels deep here; a scenario never needs that many`,
    });
    return; // one message per over-deep branch is enough
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], depth + 1, out));
    return;
  }
  for (const key of Object.keys(value)) {
    if (RESERVED.has(key)) {
      out.push({
        path: inputPath([...path, key]),
        message: `"${key}" is not allowed as a field name: it is reserved by JavaScript`,
      });
      continue;
    }
    visit((value as Record<string, unknown>)[key], [...path, key], depth + 1, out);
  }
}
