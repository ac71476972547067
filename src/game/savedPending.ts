// The decisions pending in a saved turn, checked before they are restored
// (DESIGN.md §8). A save is text that anyone can edit and a bug can damage, and
// what is pending goes straight to the pending list and its descriptions, which
// expect the engine's Action shape: a `methods` that is a string blanked the play
// screen, a decision nested 50,000 deep overflowed the stack, missing fields showed
// as "Price  on  ·  at CN¥0.00". So each one is checked with the engine's own
// Action schema (as the engine checks a decision at the end of the turn); the
// valid ones are kept and the others dropped, each with the reason, which the
// save box and the play screen show.
import { ACTION_FIELDS, Action, plainAction } from '../engine/actions/schema';
import { inputPath, inputText } from '../scenario/inputText';
import { issueWords, why, type SaveReason } from './saveWords';

/** A pending decision of the save that is not restored: which (from 1), what it claims to be, and why. */
export interface DroppedDecision {
  /** Its place in the save's list, from 1. */
  n: number;
  /** Its "type" as written (shortened, controls escaped), or "?" when it has none. */
  type: string;
  reason: SaveReason;
  /** The same in English, for the record. */
  detail: string;
}

/**
 * The deepest legal decision is an object holding a list of ids (setPayments'
 * `methods`): depth 2, at most 12 + 10 values. Anything much bigger is no decision,
 * and is refused before zod, whose checks and messages recurse.
 */
const MAX_DEPTH = 4;
const MAX_VALUES = 64;

/** True when the value holds more than MAX_VALUES values or nests deeper than MAX_DEPTH; walked without recursion. */
export function tooBigForADecision(value: unknown): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    seen += 1;
    if (seen > MAX_VALUES || depth > MAX_DEPTH) return true;
    if (v === null || typeof v !== 'object') continue;
    const inside: unknown[] = Array.isArray(v) ? v : Object.values(v);
    if (inside.length > MAX_VALUES) return true;
    for (const c of inside) stack.push({ v: c, depth: depth + 1 });
  }
  return false;
}

/** The saved pending decisions split into those the engine accepts (as it reads them) and those it does not. */
export function checkPending(saved: readonly unknown[]): { kept: Action[]; dropped: DroppedDecision[] } {
  const kept: Action[] = [];
  const dropped: DroppedDecision[] = [];
  saved.forEach((raw, i) => {
    const checked = checkOne(raw);
    if ('action' in checked) kept.push(checked.action);
    else dropped.push({ n: i + 1, type: typeOf(raw), reason: checked.reason, detail: `pending decision ${i + 1}: ${checked.detail}` });
  });
  return { kept, dropped };
}

function typeOf(raw: unknown): string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return '?';
  const type = (raw as Record<string, unknown>).type;
  return typeof type === 'string' && type !== '' ? inputText(type, 40) : '?';
}

function checkOne(raw: unknown): { action: Action } | { reason: SaveReason; detail: string } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { reason: why('savePending.notObject'), detail: 'not a JSON object' };
  if (tooBigForADecision(raw)) return { reason: why('savePending.tooDeep'), detail: `nested deeper than ${MAX_DEPTH} or holding more than ${MAX_VALUES} values` };
  const plain = plainAction(raw);
  if (plain) return { action: plain };
  const type = (raw as Record<string, unknown>).type;
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_FIELDS, type)) return { reason: why('savePending.unknownType'), detail: 'not a known kind of decision' };
  const parsed = Action.safeParse(raw);
  if (parsed.success) return { action: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = inputPath(issue.path);
  const detail = `${path}: ${issue.message}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((k) => inputText(k, 40)).join(', ') + (issue.keys.length > 5 ? ', …' : '');
    return { reason: why('savePending.extra', { keys }), detail };
  }
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return { reason: why('savePending.missing', { path }), detail };
  return { reason: why('saveDetail.field', { path, problem: issueWords(issue.code) }), detail };
}

/** The value at a zod issue's path (undefined when a field on the way is absent). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
