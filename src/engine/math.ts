// Deterministic numerics for the engine.
//
// ECMAScript fixes the results of + − × ÷ and Math.sqrt (IEEE-754, round to
// nearest), but leaves Math.exp, Math.log, Math.pow and the trigonometric
// functions "implementation-approximated": Chrome, Firefox and Node may return
// different last bits, and one bit is enough to change a state hash that a
// grader compares (DESIGN.md §4). So the engine computes ln, exp and real
// powers here from basic arithmetic alone, in a fixed order of operations.
// The lint rules forbid the built-ins inside src/engine.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm for x > 0 (returns -Infinity for 0, NaN below). */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = m · 2^k with m in [√½, √2): exact, since scaling by 2 is exact.
  let m = x;
  let k = 0;
  while (m >= SQRT2) { m /= 2; k += 1; }
  while (m < SQRT2 / 2) { m *= 2; k -= 1; }
  // ln m = 2·atanh(s), s = (m−1)/(m+1), |s| < 0.1716: the odd series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let n = 1; n <= 25; n += 2) {
    const add = term / n;
    // The terms share one sign and shrink: once one leaves the sum unchanged, so does
    // every later one (rounding is monotonic), and stopping gives the same bits.
    if (sum + add === sum) break;
    sum += add;
    term *= s2;
  }
  return 2 * sum + k * LN2;
}

/** e^x, for |x| up to ~700 (clamped beyond). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  // e^x = 2^k · e^r with |r| ≤ ln2/2.
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 22; n += 1) {
    term = (term * r) / n;
    // Later terms are smaller still but may alternate in sign (r < 0): once neither
    // +term nor −term changes the sum, no later term can (rounding is monotonic),
    // so stopping gives the same bits as the 22 terms, in about half the steps.
    if (sum + term === sum && sum - term === sum) break;
    sum += term;
  }
  return sum * pow2(k);
}

/** 2^k for an integer k, by repeated exact doubling. */
function pow2(k: number): number {
  let result = 1;
  let base = k >= 0 ? 2 : 0.5;
  let n = k >= 0 ? k : -k;
  while (n > 0) {
    if (n & 1) result *= base;
    base *= base;
    n >>>= 1;
  }
  return result;
}

/** x^y for x > 0 and any real y (0 for x = 0 and y > 0). */
export function powReal(x: number, y: number): number {
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (y === 0) return 1;
  if (y === 1) return x;
  return exp(y * ln(x));
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The one rounding rule for money: to the nearest minor unit, halves up (Math.round). */
export function roundMoney(x: number): number {
  const r = Math.round(x);
  return r === 0 ? 0 : r; // never -0: it would serialise as 0 yet compare differently
}

/** a × b / c for non-negative integers without forming a × b, which could pass 2^53. */
export function mulDiv(a: number, b: number, c: number): number {
  const hi = Math.trunc(a / c);
  const lo = a - hi * c;
  return hi * b + roundMoney((lo * b) / c);
}

/**
 * The same number, as a V8 small integer when it is a whole number within 32 bits.
 * Money and units worked out in floating point arrive boxed even when whole: a
 * record field or a list that holds one takes a heap box for every later value (a
 * ledger entry's amount, ~210 entries a turn) or another kind of list, and code
 * optimised for the other is compiled again (the report's units held per location).
 */
export function smallInteger(x: number): number {
  return (x | 0) === x ? x | 0 : x;
}
