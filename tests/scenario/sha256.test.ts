import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/scenario/sha256';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const nodeSha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
      .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('hashes a million "a" (a 1 MB input) like the standard and node:crypto', () => {
    const million = utf8('a'.repeat(1_000_000));
    expect(sha256Hex(million)).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(sha256Hex(million)).toBe(nodeSha(million));
  });

  it('agrees with node:crypto at every padding boundary and on non-ASCII text', () => {
    // Lengths 55, 56, 63, 64 and 119, 120 are where the length field spills into another block.
    for (let n = 0; n <= 200; n += 1) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 0xff);
      expect(sha256Hex(bytes), `length ${n}`).toBe(nodeSha(bytes));
    }
    const text = utf8('出海：跨境电商 🚢 '.repeat(5000));
    expect(sha256Hex(text)).toBe(nodeSha(text));
  });
});
