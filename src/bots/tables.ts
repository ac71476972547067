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
