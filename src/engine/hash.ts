// Canonical forms and hashes (DESIGN.md §4): the same state gives the same hash in
// Node and in every browser. canonicalJson is JSON with keys sorted (for files and
// people); hashCanonical hashes a canonical binary encoding of the same value. Both
// hash with two independent 32-bit multiply-xorshift lanes (Math.imul is exact)
// into 16 hex digits. They detect drift between replays; they are not
// cryptographic signatures — graders recompute every run from its seed and actions.

export function canonicalJson(value: unknown): string {
  return write(value);
}

// Strings that JSON.stringify would write unchanged inside quotes: no quote,
// backslash, control character or lone surrogate. Ids and most text qualify, and
// skipping JSON.stringify for them is most of this function's speed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: JSON must escape them
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

function write(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    // Number-to-string is fixed by ECMAScript and is what JSON.stringify writes; -0 is 0.
    case 'number': return Number.isFinite(value) ? (value === 0 ? '0' : String(value)) : 'null';
    case 'string': return quote(value);
    case 'boolean': return value ? 'true' : 'false';
    case 'object': break;
    default: return 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + write(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${quote(k)}:${write(v)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * Two independent 32-bit multiply-xorshift lanes over UTF-16 code units, with a
 * final avalanche mixed with the length. Fed piece by piece, so a state can be
 * hashed in canonical form without building the canonical string.
 */
export class Hasher {
  private h1 = 0x9e3779b1 | 0;
  private h2 = 0x85ebca77 | 0;
  private length = 0;

  feed(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x85ebca6b);
      h1 = (h1 << 13) | (h1 >>> 19);
      h2 = Math.imul(h2 ^ c, 0xc2b2ae35);
      h2 = (h2 << 17) | (h2 >>> 15);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
  }

  /** A 32-bit word in one round per lane (half the work of two 16-bit units). */
  word(w: number): void {
    let h1 = Math.imul(this.h1 ^ w, 0x85ebca6b);
    let h2 = Math.imul(this.h2 ^ w, 0xc2b2ae35);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = (h2 << 17) | (h2 >>> 15);
    this.h1 = h1;
    this.h2 = h2;
    this.length += 1;
  }

  digest(): string {
    let h1 = this.h1 ^ this.length;
    let h2 = this.h2 ^ this.length;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b); h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35); h1 ^= h1 >>> 16;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x27d4eb2f); h2 = Math.imul(h2 ^ (h2 >>> 13), 0x165667b1); h2 ^= h2 >>> 16;
    h1 = (h1 + Math.imul(h2, 0x9e3779b1)) | 0;
    h2 = (h2 + Math.imul(h1, 0x85ebca6b)) | 0;
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
}

/** 64-bit hash of a string as 16 hex digits. */
export function hashString(text: string): string {
  const h = new Hasher();
  h.feed(text);
  return h.digest();
}

/**
 * The state hash: a canonical binary encoding of the value fed to the hasher —
 * a tag per kind, object keys in code-unit order, strings as their length and
 * UTF-16 code units (up to 40 units: their length and their own 64-bit hash),
 * 32-bit integers as one word, other numbers as the 64 bits of their IEEE-754
 * value read little-endian through a DataView (-0 as 0, an integer). ECMAScript fixes every one of these steps, so Node and every
 * browser agree (tests/browser checks it), and no number is turned into text.
 */
export function hashCanonical(value: unknown): string {
  const h = new Hasher();
  feedValue(h, value);
  return h.digest();
}

const bits = new DataView(new ArrayBuffer(8));

/**
 * Short strings (keys, ids, codes) repeat thousands of times per state: each is
 * fed as the 64-bit hash of its code units, remembered, instead of char by char.
 */
const stringWords = new Map<string, [number, number]>();

function feedString(h: Hasher, s: string): void {
  if (s.length > 40) { h.word(s.length); h.feed(s); return; }
  const w = shortStringWords(s);
  h.word(0x80000000 | s.length);
  h.word(w[0]);
  h.word(w[1]);
}

/**
 * How to feed an object with a given list of own keys: the keys in code-unit order
 * and, for each, the three words feedString would feed for it (keys of more than 40
 * units are fed by feedString itself, marked by a null). The lists of a state repeat
 * (every KPI record, presence, shipment has the same keys in the same order), so the
 * plan is found by the first key and the list compared entry by entry — property
 * names are interned strings, so mostly a pointer comparison — instead of a map
 * lookup per key and a sortedness check per object. The words fed are the same as
 * feeding each key through feedString in sorted order (tests/engine/canonical.test.ts).
 */
interface KeyPlan {
  keys: readonly string[];
  /** Sorted position → position in `keys` (and in Object.values, which lists values in the same order). */
  from: readonly number[];
  order: readonly string[];
  words: (readonly [number, number, number] | null)[];
}

const plans = new Map<string, KeyPlan[]>();
let planCount = 0;
/** Past this many remembered key lists (random keys in tests), objects are planned and dropped. */
const MAX_PLANS = 4096;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function planFor(keys: string[]): KeyPlan {
  const first = keys[0]!;
  const list = plans.get(first);
  if (list) for (const p of list) if (sameKeys(p.keys, keys)) return p;
  let order: string[] = keys;
  for (let i = 1; i < keys.length; i += 1) {
    if (keys[i - 1]! > keys[i]!) { order = [...keys].sort(); break; }
  }
  const words = order.map((k) => (k.length > 40 ? null : keyWords(k)));
  const from = order === keys ? keys.map((_, i) => i) : order.map((k) => keys.indexOf(k));
  const plan: KeyPlan = { keys: [...keys], from, order, words };
  if (planCount < MAX_PLANS) {
    planCount += 1;
    if (list) list.push(plan); else plans.set(first, [plan]);
  }
  return plan;
}

/** The two words a string of up to 40 code units is fed as, after its length (feedString). */
export function shortStringWords(s: string): readonly [number, number] {
  return stringWords.get(s) ?? wordsOf(s);
}

export function keyWords(s: string): readonly [number, number, number] {
  const w = shortStringWords(s);
  return [0x80000000 | s.length, w[0], w[1]];
}

function wordsOf(s: string): [number, number] {
  const sub = new Hasher();
  sub.feed(s);
  const d = sub.digest();
  const w: [number, number] = [Number.parseInt(d.slice(0, 8), 16) | 0, Number.parseInt(d.slice(8), 16) | 0];
  if (stringWords.size < 100_000) stringWords.set(s, w);
  return w;
}

/** Fed after an object's last value. */
export const END_OBJECT = 0xffffffff;

export const Tag = { Null: 1, False: 2, True: 3, Number: 4, String: 5, Array: 6, Object: 7, Int: 8 } as const;

export function feedValue(h: Hasher, value: unknown): void {
  if (value === null || value === undefined) { h.word(Tag.Null); return; }
  switch (typeof value) {
    case 'number': {
      // Most numbers in a state are whole and small (money in minor units,
      // counts, turns): one word after their own tag. -0 counts as 0.
      if ((value | 0) === value) { h.word(Tag.Int); h.word(value); return; }
      h.word(Tag.Number);
      bits.setFloat64(0, value, true);
      h.word(bits.getUint32(0, true));
      h.word(bits.getUint32(4, true));
      return;
    }
    case 'string': h.word(Tag.String); feedString(h, value); return;
    case 'boolean': h.word(value ? Tag.True : Tag.False); return;
    case 'object': break;
    default: h.word(Tag.Null); return;
  }
  if (Array.isArray(value)) {
    h.word(Tag.Array);
    h.word(value.length);
    for (let i = 0; i < value.length; i += 1) feedValue(h, value[i]);
    return;
  }
  feedEntries(h, value as Record<string, unknown>, null, feedValue);
}

/**
 * Feeds an object: its keys in code-unit order, each followed by its value as
 * `feedItem` feeds it (given `walk`, which stateShape.ts uses to say how the values
 * are built); undefined values are dropped, as JSON drops them.
 */
export function feedEntries<W>(h: Hasher, obj: Record<string, unknown>, walk: W, feedItem: (h: Hasher, v: unknown, walk: W) => void): void {
  const keys = Object.keys(obj);
  h.word(Tag.Object);
  if (keys.length > 0) {
    const plan = planFor(keys);
    // The values in key order in one call, instead of a property lookup by name per key.
    const values = Object.values(obj);
    const from = plan.from;
    for (let i = 0; i < from.length; i += 1) {
      const v = values[from[i]!];
      if (v === undefined) continue; // as JSON would drop it
      const w = plan.words[i];
      if (w) { h.word(w[0]); h.word(w[1]); h.word(w[2]); } else feedString(h, plan.order[i]!);
      feedItem(h, v, walk);
    }
  }
  h.word(END_OBJECT); // end of object: keys cannot be confused with the next sibling
}
