// The engine treats a loaded scenario as static data shared by every turn and
// every replay; freezing it turns an accidental write into an immediate error
// (in strict mode) instead of a silent divergence between runs.

/** Freezes `value` and everything reachable from it; returns it for chaining. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
