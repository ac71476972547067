// The statistics of a paired experiment: the same seeds with and without the
// decision, one difference per seed; its mean and a 95% interval (normal
// approximation, fine at the ≥ 200 seeds `npm run lessons` uses; with the few
// seeds of the unit tests the interval is only indicative).
export interface Interval { n: number; effect: number; low: number; high: number; sd: number }

export function pairedInterval(diffs: readonly number[]): Interval {
  const n = diffs.length;
  if (n === 0) return { n, effect: 0, low: 0, high: 0, sd: 0 };
  let sum = 0;
  for (const d of diffs) sum += d;
  const mean = sum / n;
  let ss = 0;
  for (const d of diffs) ss += (d - mean) * (d - mean);
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const half = 1.96 * sd / Math.sqrt(n);
  return { n, effect: mean, low: mean - half, high: mean + half, sd };
}

/** Whether the whole interval lies on the side the seed states. */
export function onSide(i: Interval, expect: 'up' | 'down'): boolean {
  return i.n > 0 && (expect === 'up' ? i.low > 0 : i.high < 0);
}
