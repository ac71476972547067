// Seeded random streams (DESIGN.md §4). One stream per subsystem, each seeded from
// the run seed and a fixed label, so an extra draw in logistics never shifts the
// exchange rates. A stream's whole state is four numbers kept inside the game
// state, so a saved game resumes on exactly the next draw.
//
// The generator is Alea (seedrandom's `alea`): seedrandom seeds it, and `next`
// below is its step function, written out so a draw mutates a plain object in
// the state instead of a closure (tests pin both to the same outputs).
import seedrandom from 'seedrandom';
import { exp, ln } from './math';

export interface StreamState { c: number; s0: number; s1: number; s2: number }

export const STREAM_LABELS = ['fx', 'events', 'logistics', 'demand', 'customers', 'rivals', 'crises', 'compliance', 'research'] as const;
export type StreamLabel = (typeof STREAM_LABELS)[number];

export function seedStream(seed: number, label: string): StreamState {
  const prng = seedrandom.alea(`${seed}:${label}`, { state: true });
  const s = prng.state();
  return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
}

/**
 * A copy of a stream to draw from in a turn. One literal on purpose: a spread
 * (`{ ...st }`) of a stream that has been drawn from gave V8 a new hidden class per
 * copy, so every draw site saw many and stored each number as a new heap object
 * (measured: ~70 bytes allocated per draw); copies made here share one class.
 */
export function copyStream(st: Readonly<StreamState>): StreamState {
  return { c: st.c, s0: st.s0, s1: st.s1, s2: st.s2 };
}

/** Uniform in [0, 1): Alea's step. */
export function next(st: StreamState): number {
  const t = 2091639 * st.s0 + st.c * 2.3283064365386963e-10; // 2^-32
  st.s0 = st.s1;
  st.s1 = st.s2;
  st.c = t | 0;
  st.s2 = t - st.c;
  return st.s2;
}

/** Integer uniform in [lo, hi]. */
export function intBetween(st: StreamState, lo: number, hi: number): number {
  return lo + Math.floor(next(st) * (hi - lo + 1));
}

/** Standard normal by Marsaglia's polar method, with the engine's own ln. */
export function normal(st: StreamState): number {
  for (;;) {
    const u = 2 * next(st) - 1;
    const v = 2 * next(st) - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * ln(s)) / s);
  }
}

/**
 * How many of n trials succeed with chance p. Exact by inversion with one uniform
 * while the mean is small (walking the binomial probabilities); a normal
 * approximation above, where it is good.
 */
export function binomial(st: StreamState, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(st, n, 1 - p);
  const mean = n * p;
  if (mean < 30) {
    const u = next(st);
    const odds = p / (1 - p);
    let prob = exp(n * lnOneMinus(p)); // P(k = 0) = (1 − p)^n
    let cumulative = prob;
    let k = 0;
    while (u > cumulative && k < n) {
      prob = (prob * (n - k) * odds) / (k + 1);
      k += 1;
      cumulative += prob;
    }
    return k;
  }
  const sd = Math.sqrt(mean * (1 - p));
  const k = Math.round(mean + sd * normal(st));
  return k <= 0 ? 0 : k > n ? n : k; // `<= 0` also turns a rounded -0 into 0
}

// ln(1 − p) for the last few chances asked about: a turn draws losses, returns and
// refusals for many listings at the same few rates, and a logarithm is ~40 ns.
const LN_SLOTS = 4;
const lnP: number[] = new Array<number>(LN_SLOTS).fill(Number.NaN);
const lnQ: number[] = new Array<number>(LN_SLOTS).fill(Number.NaN);
let lnNext = 0;

function lnOneMinus(p: number): number {
  for (let i = 0; i < LN_SLOTS; i += 1) if (lnP[i] === p) return lnQ[i]!;
  const q = ln(1 - p);
  lnP[lnNext] = p;
  lnQ[lnNext] = q;
  lnNext = (lnNext + 1) % LN_SLOTS;
  return q;
}

/** A Poisson count with mean `mean`: exact by inversion for small means, normal above. */
export function noisyCount(st: StreamState, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 12) {
    // Inversion with one uniform: walk the cumulative Poisson probabilities.
    const u = next(st);
    let k = 0;
    let p = exp(-mean);
    let cumulative = p;
    while (u > cumulative && k < 200) {
      k += 1;
      p = (p * mean) / k;
      cumulative += p;
    }
    return k;
  }
  const k = Math.round(mean + Math.sqrt(mean) * normal(st));
  return k <= 0 ? 0 : k;
}
