// Small numeric helpers for the scorecard. Only + − × ÷ (DESIGN.md §4): a score is
// recorded in run files and recomputed by graders, so it must be bit-identical
// in every JavaScript engine.

/**
 * Linear ramp through the points (x0, y0) … (xn, yn), flat outside; x ascending.
 * A segment of zero width (two anchors that coincide) is a step, never a 0 ÷ 0.
 */
export function ramp(x: number, points: readonly (readonly [number, number])[]): number {
  if (!Number.isFinite(x)) return x === Infinity ? points[points.length - 1]![1] : points[0]![1];
  const first = points[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (x <= x1) return x1 > x0 ? y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) : y1;
  }
  return points[points.length - 1]![1];
}

/**
 * A part as an integer count of hundredths, clamped to 0–10000. Rounding an
 * integer is exact, so `hundredths / 100` is the same double everywhere, and the
 * total can be summed from integers without drift (integer-safe rounding).
 */
export function toHundredths(points: number): number {
  if (!Number.isFinite(points)) return 0;
  return Math.min(10000, Math.max(0, Math.round(points * 100)));
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}
