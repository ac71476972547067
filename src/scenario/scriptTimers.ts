// Scenario scripts advance only on the TURN event (DESIGN.md §4): XState's
// timers (`after`, `invoke`, `delay`) would make a run depend on wall-clock time
// and break replay. zod already refuses them as unknown fields, but an instructor
// who copied them from the XState docs deserves to be told why, and the search
// below also finds them where a union made zod report something else.
import type { Problem } from '../engine/problems';
import { inputPath } from './inputText';

export const TIMER_KEYS: readonly string[] = ['after', 'invoke', 'delay'];

export function timerMessage(key: string): string {
  return `"${key}" is not allowed: scenario scripts advance only on the TURN event, never on timers`;
}

/** Every timer key under `script`, except state names (a state may be called "after"). */
export function findTimerKeys(root: unknown): Problem[] {
  const out: Problem[] = [];
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return out;
  visit((root as Record<string, unknown>).script, ['script'], false, out);
  return out;
}

function visit(value: unknown, path: PropertyKey[], isStateMap: boolean, out: Problem[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], false, out));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!isStateMap && TIMER_KEYS.includes(key)) {
      out.push({ path: inputPath([...path, key]), message: timerMessage(key) });
      continue;
    }
    visit(child, [...path, key], !isStateMap && key === 'states', out);
  }
}
