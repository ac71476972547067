// Canonical state hash (DESIGN.md §4): the same state gives the same hash in Node
// and in every browser. The state is written as JSON with keys sorted (number
// formatting is fixed by ECMAScript), then hashed with two independent 32-bit
// multiply-xorshift lanes (Math.imul is exact) into 16 hex digits. It detects
// drift between replays; it is not a cryptographic signature — graders recompute
// every run from its seed and actions anyway.

export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || value === undefined) { out.push('null'); return; }
  switch (typeof value) {
    case 'number':
      out.push(Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : 'null');
      return;
    case 'string': out.push(JSON.stringify(value)); return;
    case 'boolean': out.push(value ? 'true' : 'false'); return;
    case 'object': break;
    default: out.push('null'); return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out.push(',');
      write(value[i], out);
    }
    out.push(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(obj[k], out);
  });
  out.push('}');
}

/** 64-bit hash of a string as 16 hex digits. */
export function hashString(text: string): string {
  let h1 = 0x9e3779b1 | 0;
  let h2 = 0x85ebca77 | 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x85ebca6b);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = Math.imul(h2 ^ c, 0xc2b2ae35);
    h2 = (h2 << 17) | (h2 >>> 15);
  }
  h1 ^= text.length; h2 ^= text.length;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b); h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35); h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x27d4eb2f); h2 = Math.imul(h2 ^ (h2 >>> 13), 0x165667b1); h2 ^= h2 >>> 16;
  h1 = (h1 + Math.imul(h2, 0x9e3779b1)) | 0;
  h2 = (h2 + Math.imul(h1, 0x85ebca6b)) | 0;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
