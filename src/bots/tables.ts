// Tables keyed by two ids (a market, then a product; a location, then a product).
// Nested maps, not joined keys: a bot looks things up hundreds of times a turn,
// and a joined key is a new string to build and hash each time.

export type ByTwo<V> = Map<string, Map<string, V>>;

/** The inner table for `a`, made when missing. */
export function inner<V>(t: ByTwo<V>, a: string): Map<string, V> {
  let m = t.get(a);
  if (!m) { m = new Map(); t.set(a, m); }
  return m;
}

/** Adds `n` to the entry (a, b), which starts at 0. */
export function addTo(t: ByTwo<number>, a: string, b: string, n: number): void {
  const m = inner(t, a);
  m.set(b, (m.get(b) ?? 0) + n);
}

/**
 * What was worked out from one object, kept for the last object asked about only
 * (held until the next one comes). The bots ask about one view tens of times a
 * turn and never come back to an earlier one: a WeakMap's lookups and its new
 * entry each turn took as long as building some of the tables they kept.
 */
export class LastOf<K extends object, V> {
  private key: K | null = null;
  private value: V | undefined;

  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  set(key: K, value: V): void {
    this.key = key;
    this.value = value;
  }
}
