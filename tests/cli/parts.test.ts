// The CLI's small pure parts, in-process: option parsing, percentiles, the case
// figures of `chuhai report --json`, column widths, the progress bar and the
// walk of the folders `chuhai grade` is given.
import { describe, expect, it } from 'vitest';
import { parseArgs, type CommandSpec } from '../../src/cli/args';
import { quantile, spread } from '../../src/cli/stats';
import { evaluateCase, type TurnKpis } from '../../src/cli/caseFigures';
import { displayWidth, money, table, UsageError } from '../../src/cli/output';
import { progressBar } from '../../src/cli/progress';
import { zeroKpis } from '../../src/engine';
import { collectFiles } from '../../src/cli/files';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SPEC: CommandSpec = {
  name: 'run',
  flags: [{ name: 'out', kind: 'string' }, { name: 'json', kind: 'boolean' }, { name: 'bot', kind: 'string', many: true }],
  positional: 'SCENARIO', minPositionals: 1, maxPositionals: 1,
};

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, booleans, repeated flags and -- ', () => {
    const p = parseArgs(['--out=a b.json', '--json', '--bot', 'x', '--bot=y', '--', '--weird-name.json'], SPEC);
    expect(p.positionals).toEqual(['--weird-name.json']);
    expect(p.strings.get('out')).toEqual(['a b.json']);
    expect(p.strings.get('bot')).toEqual(['x', 'y']);
    expect(p.booleans.has('json')).toBe(true);
  });

  it('takes a negative number or a lone dash as a value', () => {
    expect(parseArgs(['s', '--out', '-'], SPEC).strings.get('out')).toEqual(['-']);
    expect(parseArgs(['s', '--out', '-3'], SPEC).strings.get('out')).toEqual(['-3']);
  });

  it('throws usage errors that name the command', () => {
    const err = (() => { try { parseArgs(['s', '-x'], SPEC); } catch (e) { return e; } return null; })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).command).toBe('run');
    expect(() => parseArgs(['s', '--out='], SPEC)).toThrow('--out needs a value');
    expect(() => parseArgs([], SPEC)).toThrow('missing SCENARIO');
  });
});

describe('stats', () => {
  it('interpolates between ranks (type 7)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 0.1)).toBeCloseTo(1.9);
    expect(quantile(xs, 0.5)).toBe(5.5);
    expect(quantile(xs, 0.9)).toBeCloseTo(9.1);
    expect(quantile(xs, 1)).toBe(10);
    expect(spread([3, 1, 2])).toEqual({ min: 1, p10: 1.2, median: 2, p90: 2.8, max: 3, mean: 2 });
    expect(Number.isNaN(spread([]).median)).toBe(true);
  });
});

describe('case figures', () => {
  const turns: TurnKpis[] = [1, 2, 3, 4, 5, 6].map((turn) => ({
    turn,
    kpis: { ...zeroKpis(), orders: turn * 10, returnRate: turn <= 3 ? 0.2 : 0.05 },
    markets: { US: { ...zeroKpis(), gmv: turn * 100 } },
  }));

  it('measures sum, mean, last, maxWindowSum and ratio, and compares', () => {
    const r = evaluateCase({
      source: 'test',
      figures: [
        { kpi: 'orders', measure: 'sum', turns: [1, 6], op: '>=', target: 210 },
        { kpi: 'gmv', market: 'US', measure: 'maxWindowSum', window: 2, turns: [1, 6], op: '>=', target: 1100 },
        { kpi: 'returnRate', measure: 'ratio', turns: [4, 6], baseTurns: [1, 3], op: '<=', target: 0.4 },
        { kpi: 'orders', measure: 'ratio', turns: [6, 6], plan: 40, op: '~', target: 1.5, tolerance: 0.01 },
        { kpi: 'orders', measure: 'last', turns: [1, 7], op: '>=', target: 0 },
      ],
    }, turns);
    expect(r.figures.map((f) => f.value)).toEqual([210, 1100, 0.25, 1.5, null]);
    expect(r.figures.map((f) => f.holds)).toEqual([true, true, true, true, false]);
    expect(r.holds).toBe(false);
  });
});

describe('output', () => {
  it('counts CJK as two columns, so Chinese tables line up', () => {
    expect(displayWidth('张三')).toBe(4);
    expect(table(['名字', 'n'], [['张三', '1'], ['Li', '22']])).toBe('名字   n\n张三   1\nLi    22');
    expect(money(-123456)).toBe('-1,234.56');
    expect(money(2480, 0)).toBe('2,480');
  });

  it('draws a progress bar only on a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const quiet = progressBar(10, 'x', stream);
    quiet.tick(10);
    quiet.done();
    expect(written).toEqual([]);
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(4, 'grading', tty);
    for (let i = 0; i < 4; i += 1) bar.tick();
    bar.done();
    expect(written.join('')).toMatch(/grading \[#{30}\] 4\/4 100%/);
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });
});

describe('collectFiles', () => {
  it('walks folders for *.json in name order, follows symbolic links once, and names a dangling one', () => {
    const root = mkdtempSync(join(tmpdir(), 'chuhai-walk-'));
    try {
      mkdirSync(join(root, 'class', 'late'), { recursive: true });
      mkdirSync(join(root, 'elsewhere'));
      for (const f of ['class/b.json', 'class/a.JSON', 'class/notes.txt', 'class/.hidden.json', 'class/late/c.json', 'elsewhere/d.json']) writeFileSync(join(root, f), '{}');
      symlinkSync(join(root, 'elsewhere'), join(root, 'class', 'linked'));
      symlinkSync(join(root, 'elsewhere', 'd.json'), join(root, 'class', 'e.json'));
      symlinkSync(join(root, 'missing.json'), join(root, 'class', 'gone.json'));
      symlinkSync(join(root, 'class'), join(root, 'class', 'late', 'loop'));
      const walked = collectFiles([join(root, 'class')]);
      const rel = (f: string) => f.slice(root.length + 1);
      // elsewhere/d.json once, by the first link met: e.json, and not again through linked/.
      expect(walked.files.map(rel)).toEqual(['class/a.JSON', 'class/b.json', 'class/e.json', 'class/late/c.json']);
      expect(walked.unreadable.map((u) => rel(u.file))).toEqual(['class/gone.json']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes each real file once, under its own name rather than a link\'s, and names a link loop', () => {
    const root = mkdtempSync(join(tmpdir(), 'chuhai-walk-'));
    try {
      for (const f of ['a.json', 'z.json']) writeFileSync(join(root, f), '{}');
      symlinkSync('a.json', join(root, 'alias.json')); // after its file
      symlinkSync('z.json', join(root, 'b-alias.json')); // before its file
      symlinkSync('self.json', join(root, 'self.json'));
      const walked = collectFiles([root, join(root, 'a.json'), `${root}/./z.json`]);
      expect(walked.files).toEqual([join(root, 'a.json'), join(root, 'z.json')]);
      expect(walked.unreadable).toEqual([{ file: join(root, 'self.json'), reason: 'a symbolic link loop' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names a named pipe called *.json (or a link to one) instead of opening it, which waits for a writer forever', () => {
    const root = mkdtempSync(join(tmpdir(), 'chuhai-walk-'));
    try {
      writeFileSync(join(root, 'a.json'), '{}');
      execFileSync('mkfifo', [join(root, 'pipe.json')]);
      symlinkSync(join(root, 'pipe.json'), join(root, 'to-pipe.json'));
      const walked = collectFiles([root]);
      expect(walked.files).toEqual([join(root, 'a.json')]);
      expect(walked.unreadable).toEqual([
        { file: join(root, 'pipe.json'), reason: 'is a named pipe, not a file' },
        { file: join(root, 'to-pipe.json'), reason: 'is a named pipe, not a file' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
