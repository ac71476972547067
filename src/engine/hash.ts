// Canonical state hash (DESIGN.md §4): the same state gives the same hash in Node
// and in every browser. The state is written as JSON with keys sorted (number
// formatting is fixed by ECMAScript), then hashed with two independent 32-bit
// multiply-xorshift lanes (Math.imul is exact) into 16 hex digits. It detects
// drift between replays; it is not a cryptographic signature — graders recompute
// every run from its seed and actions anyway.

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
class Hasher {
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

/** hashString(canonicalJson(value)), without building the string (the state hash of every turn). */
export function hashCanonical(value: unknown): string {
  const h = new Hasher();
  feedValue(h, value);
  return h.digest();
}

function feedValue(h: Hasher, value: unknown): void {
  if (value === null || value === undefined) { h.feed('null'); return; }
  switch (typeof value) {
    case 'number': h.feed(Number.isFinite(value) ? (value === 0 ? '0' : String(value)) : 'null'); return;
    case 'string': feedQuoted(h, value); return;
    case 'boolean': h.feed(value ? 'true' : 'false'); return;
    case 'object': break;
    default: h.feed('null'); return;
  }
  if (Array.isArray(value)) {
    h.feed('[');
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) h.feed(',');
      feedValue(h, value[i]);
    }
    h.feed(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  h.feed('{');
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) h.feed(',');
    feedQuoted(h, k);
    h.feed(':');
    feedValue(h, v);
    first = false;
  }
  h.feed('}');
}

function feedQuoted(h: Hasher, s: string): void {
  if (NEEDS_ESCAPE.test(s)) { h.feed(JSON.stringify(s)); return; }
  h.feed('"');
  h.feed(s);
  h.feed('"');
}
