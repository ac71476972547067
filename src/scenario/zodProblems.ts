// Step 4 of loading: turns zod's issues into problems an instructor can act on —
// the path of the field and what is wrong with it in plain words, without zod's
// vocabulary ("too_small", "invalid_union").
import type { z } from 'zod';
import { formatPath, type Problem } from '../engine/problems';
import { closest, expectedName, kindAndValue, quoteList, showValue } from './describe';
import { inputPath } from './inputText';
import { INFINITE_NUMBER } from './walk';
import { allowedKeysAt } from './schemaNav';
import { TIMER_KEYS, timerMessage } from './scriptTimers';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The value at `path` in the parsed JSON, and whether it is there at all. */
function lookup(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

/** The first problems, and how many more there were (not described). */
export interface Problems { problems: Problem[]; more: number }

/**
 * zod's issues as problems, at most `limit` of them (each once): describing one
 * costs ~0.2 ms (the allowed fields are looked up for an unknown one), and a 2 MB
 * file can hold 100,000 issues that nobody reads past the first screenful. The
 * rest are only counted, one per problem they would have made (as near as that
 * can be told without describing them).
 */
export function issuesToProblems(issues: readonly Issue[], schema: AnySchema, data: unknown, limit = Infinity): Problems {
  // zod may still run a length check on a value of the wrong type (an array's
  // max(50) on a string); once the type is wrong, nothing else about it matters.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => formatPath(i.path)));
  const bounds = strictestBounds(issues);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let more = 0;
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' && wrongType.has(formatPath(issue.path))) continue;
    if (isBound(issue) && bounds.get(boundKey(issue)) !== issue) continue;
    if (problems.length >= limit) {
      more += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      continue;
    }
    const converted: Problem[] = [];
    convert(issue, schema, data, converted);
    for (const p of converted) {
      const key = `${p.path}\u0000${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (problems.length < limit) problems.push(p);
      else more += 1;
    }
  }
  return { problems, more };
}

type Bound = z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall;

function isBound(issue: Issue): issue is Bound {
  return issue.code === 'too_big' || issue.code === 'too_small';
}

function boundKey(issue: Bound): string {
  return `${issue.code}\u0000${formatPath(issue.path)}`;
}

/**
 * One limit per field and direction, the strictest: a whole number with its own
 * maximum gets two issues from zod (`.int()` adds "at most 2^53 − 1"), and a
 * field gets one line.
 */
function strictestBounds(issues: readonly Issue[]): Map<string, Bound> {
  const best = new Map<string, Bound>();
  for (const issue of issues) {
    if (!isBound(issue)) continue;
    const key = boundKey(issue);
    const current = best.get(key);
    if (current === undefined || (issue.code === 'too_big'
      ? Number((issue as z.core.$ZodIssueTooBig).maximum) < Number((current as z.core.$ZodIssueTooBig).maximum)
      : Number((issue as z.core.$ZodIssueTooSmall).minimum) > Number((current as z.core.$ZodIssueTooSmall).minimum))) {
      best.set(key, issue);
    }
  }
  return best;
}

function convert(issue: Issue, schema: AnySchema, data: unknown, out: Problem[]): void {
  const path = issue.path;
  const here = lookup(data, path);
  const add = (message: string, at: readonly PropertyKey[] = path): void => {
    out.push({ path: inputPath(at), message });
  };
  switch (issue.code) {
    case 'invalid_type': {
      if (!here.found) {
        add(missingMessage(path));
      } else if (typeof here.value === 'number' && !Number.isFinite(here.value)) {
        add(INFINITE_NUMBER); // 1e309 is read as Infinity, which is "a number" too
      } else if (issue.expected === 'int' && typeof here.value === 'number') {
        add(`must be a whole number (it is ${here.value})`);
      } else {
        add(`must be ${expectedName(issue.expected)}, not ${kindAndValue(here.value)}`);
      }
      return;
    }
    case 'too_small':
    case 'too_big':
      add(sizeMessage(issue, here.value));
      return;
    case 'invalid_format': {
      // A schema's own message (e.g. "an id is 1–40 letters…") beats zod's pattern dump.
      const custom = !issue.message.startsWith('Invalid');
      const what = custom ? issue.message : `has the wrong format${issue.pattern ? ` (must match ${issue.pattern})` : ''}`;
      add(`${what} (it is ${showValue(here.value)})`);
      return;
    }
    case 'not_multiple_of':
      add(`must be a multiple of ${issue.divisor} (it is ${showValue(here.value)})`);
      return;
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, data, path);
      for (const key of issue.keys) {
        add(unknownKeyMessage(key, path, allowed), [...path, key]);
      }
      return;
    }
    case 'invalid_union':
      convertUnion(issue, schema, data, here, add, out);
      return;
    case 'invalid_key': {
      const inner: Problem[] = [];
      for (const sub of issue.issues) convert({ ...sub, path: [] } as Issue, schema, path[path.length - 1], inner);
      add(`the name ${showValue(path[path.length - 1])} is not allowed here: ${inner.map((p) => p.message).join('; ') || 'it is not a valid name'}`);
      return;
    }
    case 'invalid_value': {
      const got = here.found ? ` (it is ${showValue(here.value)})` : '';
      const values = issue.values;
      add(values.length === 1 ? `must be ${quoteList(values)}${got}` : `must be one of: ${quoteList(values)}${got}`);
      return;
    }
    case 'custom':
      add(issue.message && issue.message !== 'Invalid input' ? issue.message : 'this value is not valid here');
      return;
    default:
      add(issue.message || 'this value is not valid here');
  }
}

function missingMessage(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `required field "${last}" is missing` : 'a required value is missing here';
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      const len = typeof value === 'string' ? ` (it has ${value.length})` : '';
      if (small && Number(limit) === 1) return 'must not be empty';
      return `must be at ${small ? 'least' : 'most'} ${limit} characters long${len}`;
    }
    case 'array':
    case 'set': {
      const len = Array.isArray(value) ? ` (it has ${value.length})` : '';
      if (issue.exact) return `must have exactly ${limit} items${len}`;
      return `must have at ${small ? 'least' : 'most'} ${limit} item${Number(limit) === 1 ? '' : 's'}${len}`;
    }
    default: {
      const got = typeof value === 'number' ? ` (it is ${value})` : '';
      if (inclusive) return `must be at ${small ? 'least' : 'most'} ${limit}${got}`;
      return `must be ${small ? 'greater' : 'less'} than ${limit}${got}`;
    }
  }
}

function unknownKeyMessage(key: string, path: readonly PropertyKey[], allowed: string[] | null): string {
  if (path[0] === 'script' && TIMER_KEYS.includes(key)) return timerMessage(key);
  const shown = showValue(key);
  if (!allowed || allowed.length === 0) return `unknown field ${shown}; check the spelling`;
  const hint = closest(key, allowed);
  const didYouMean = hint ? ` — did you mean "${hint}"?` : '';
  return `unknown field ${shown}; check the spelling${didYouMean} (allowed: ${allowed.join(', ')})`;
}

function convertUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  schema: AnySchema,
  data: unknown,
  here: { found: boolean; value: unknown },
  add: (message: string) => void,
  out: Problem[],
): void {
  if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
    // A discriminated union: zod already points the path at the tag field ("type").
    const allowed = `must be one of: ${quoteList(issue.options)}`;
    add(here.found ? `${allowed} (it is ${showValue(here.value)})` : `required field "${issue.discriminator}" is missing; it ${allowed}`);
    return;
  }
  // zod records the issues of each branch relative to the union's own path.
  const branches = issue.errors.map((b) => b.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue));
  // A branch that failed at the value itself (wrong kind, wrong constant) says
  // only what the value is not; a branch that failed deeper inside got further,
  // so its issues are the useful ones.
  const mismatch = (i: Issue): boolean =>
    i.path.length === issue.path.length && (i.code === 'invalid_type' || i.code === 'invalid_value' || i.code === 'invalid_format');
  const deeper = branches.filter((b) => b.some((i) => !mismatch(i)));
  if (deeper.length > 0) {
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    for (const sub of best) convert(sub, schema, data, out);
    return;
  }
  if (!here.found) {
    add(missingMessage(issue.path));
    return;
  }
  const forms = [...new Set(branches.map((b) => (b[0] ? expectedForm(b[0]) : '')).filter((s) => s !== ''))];
  add(forms.length > 0
    ? `must be ${forms.join(', or ')} (it is ${kindAndValue(here.value)})`
    : 'this value does not match any of the allowed forms');
}

/** What one union branch wanted, in words: `"home"`, `text in double quotes`. */
function expectedForm(i: Issue): string {
  switch (i.code) {
    case 'invalid_type': return expectedName(i.expected);
    case 'invalid_value': return quoteList(i.values).replace(/, (?=[^,]*$)/, ' or ');
    case 'invalid_format': return i.message.startsWith('Invalid') ? 'text in the right format' : i.message;
    default: return '';
  }
}
