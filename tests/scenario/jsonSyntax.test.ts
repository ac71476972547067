// The syntax-error locator must agree with JSON.parse on what is valid JSON,
// or a broken file could be reported without a position (or a valid one as broken).
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../src/scenario/jsonSyntax';
import { minimalScenarioJson } from './fixture';
import { mutateBytes } from './mutate';
import { XorShift32 } from './prng';

function parses(text: string): boolean {
  try { JSON.parse(text); return true; } catch { return false; }
}

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of [minimalScenarioJson(), '0', '-0.5e+3', '"a\\u00e9\\n"', ' [ ] ', '{}', 'true', 'null', '[{"a":[1,{"b":null}]}]']) {
      expect(findJsonSyntaxError(text), text).toBeNull();
    }
  });

  it('agrees with JSON.parse on 3,000 damaged files', () => {
    const rng = new XorShift32(99);
    const bytes = new TextEncoder().encode(minimalScenarioJson());
    for (let n = 0; n < 3000; n += 1) {
      const text = new TextDecoder().decode(mutateBytes(bytes, rng));
      expect(findJsonSyntaxError(text) === null, `case ${n}`).toBe(parses(text));
    }
  });

  it('agrees with JSON.parse on tricky fragments', () => {
    const fragments = ['', ' ', '01', '1.', '.5', '-', '1e', '+1', '[1,]', '{"a":1,}', '{"a"}', "{'a':1}", '"\t"', '"\\x"', '"\\u12"',
      'nul', 'truefalse', '[1 2]', '{"a":1 "b":2}', '[', ']', '{"a":', '"abc', '1 // c', 'NaN', 'Infinity', '[-]', '\u00a0[]'];
    for (const text of fragments) expect(findJsonSyntaxError(text) === null, JSON.stringify(text)).toBe(parses(text));
  });

  it('handles extreme nesting without overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000))?.message).toBe('the file ends too early: a value is missing');
    expect(findJsonSyntaxError(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toBeNull();
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\r\nef', 8)).toEqual({ line: 3, column: 2 });
  });
});
