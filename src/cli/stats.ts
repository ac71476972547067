// The spread `chuhai simulate` prints (DESIGN.md §7: min, p10, median, p90, max).

/**
 * The q-quantile (0–1) of sorted values, interpolating linearly between the two
 * nearest ranks (R's and NumPy's default, "type 7"), so p10 of 10 runs is not
 * simply the minimum.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface Spread { min: number; p10: number; median: number; p90: number; max: number; mean: number }

export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.length === 0 ? Number.NaN : s.reduce((a, b) => a + b, 0) / s.length;
  return {
    min: quantile(s, 0), p10: quantile(s, 0.1), median: quantile(s, 0.5),
    p90: quantile(s, 0.9), max: quantile(s, 1), mean: round2(mean),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
