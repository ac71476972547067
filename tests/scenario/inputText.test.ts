// Text from an input file as messages show it (src/scenario/inputText.ts): no
// control character gets through raw, and a long name is cut with "…".
import { describe, expect, it } from 'vitest';
import { escapeControls, inputPath, inputText, quotedInput, shorten } from '../../src/scenario/inputText';
import { showValue } from '../../src/scenario/describe';
import { problemsOf } from './helpers';
import { minimalScenario } from './fixture';

describe('inputText', () => {
  it('writes every control character as a JSON escape, and leaves other text alone', () => {
    expect(escapeControls('a\nb\r\tc\u001b[2J')).toBe('a\\nb\\r\\tc\\u001b[2J');
    // C1 (U+009B is a one-character CSI), DEL, the line separator and a right-to-left override.
    expect(escapeControls('\u009b31m\u007f\u2028\u202eevil')).toBe('\\u009b31m\\u007f\\u2028\\u202eevil');
    expect(escapeControls('张三 · Zoë ✓ 🙂')).toBe('张三 · Zoë ✓ 🙂');
  });

  it('shortens by characters, never cutting an emoji in half', () => {
    expect(shorten('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shorten('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
    expect(shorten('🙂'.repeat(60))).toBe('🙂'.repeat(60));
    expect(shorten(`a${'🙂'.repeat(70)}`)).toBe(`a${'🙂'.repeat(59)}…`);
    expect(inputText(`\n${'k'.repeat(100)}`, 3)).toBe('\\nkk…');
  });

  it('quotes as JSON does, and shows each key of a path', () => {
    expect(quotedInput('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(quotedInput('tutorial')).toBe('"tutorial"');
    expect(showValue('\u009b')).toBe('"\\u009b"');
    expect(inputPath(['script', 'states', 'a\nb', 3, 'k'.repeat(61)])).toBe(`script.states.a\\nb[3].${'k'.repeat(60)}…`);
  });
});

describe('scenario problems', () => {
  it('show a field name with a newline, an escape sequence or a megabyte escaped and short', () => {
    const s = { ...minimalScenario(), 'bad\nkey: ok': 1, '\u001b[2J': 2, ['k'.repeat(1_000_000)]: 3 } as Record<string, unknown>;
    const problems = problemsOf(JSON.stringify(s));
    expect(problems.map((p) => p.path)).toEqual(['bad\\nkey: ok', '\\u001b[2J', `${'k'.repeat(60)}…`]);
    for (const p of problems) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(`${p.path}: ${p.message}`).not.toMatch(/[\u0000-\u001f]/);
      expect(p.message.length).toBeLessThan(600);
    }
  });
});
