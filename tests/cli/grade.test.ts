// `chuhai grade` on a batch holding every kind of bad file of issue 4 item 7: each
// is classified right, the batch finishes, and the CSV reads back with an RFC 4180
// parser, byte-order mark first.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/run';
import { chuhai, parseCsv, tempDir, type Result } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const at = (...p: string[]): string => join(tmp.dir, ...p);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering edits arbitrary JSON on purpose
type Loose = any;
function edit(from: string, to: string, change: (run: Loose) => void): void {
  const run = JSON.parse(readFileSync(at(from), 'utf8')) as Loose;
  change(run);
  writeFileSync(at(to), JSON.stringify(run, null, 2));
}

/** file (relative to tmp) → the status and a detail pattern it must get. */
const EXPECTED: Record<string, [string, RegExp]> = {
  'batch/张三.json': ['ok', /^$/],
  'batch/quoted.json': ['ok', /^$/],
  'batch/bad/truncated.json': ['invalid', /not valid JSON/],
  'batch/bad/not-json.json': ['invalid', /not valid JSON/],
  'batch/bad/garbage-50MB.json': ['invalid', /the file is 50 MB; a run file may be at most 5 MB/],
  'batch/bad/not-a-run.json': ['invalid', /not a run file/],
  'batch/bad/tutorial-run.json': ['wrong-scenario', /this run is for scenario "tutorial", not "campaign-global"/],
  'batch/bad/edited-action.json': ['tampered', /^turn 3: the recorded state hash differs/],
  'batch/bad/edited-score.json': ['tampered', /the recorded score differs/],
  'batch/bad/edited-hash.json': ['tampered', /^turn 6: the recorded state hash differs/],
  'batch/bad/edited-seed.json': ['wrong-seed', /the seed for student "张三" is \d+; the run used seed/],
  'batch/bad/chosen-seed.json': ['wrong-seed', /played with a chosen seed \(7\)/],
  'batch/bad/rules-999.json': ['wrong-version', /rules version 999/],
  'batch/bad/format-2.json': ['wrong-version', /format version 2/],
  // The naive bot may go bankrupt: still ok (the run is genuine), said in the detail.
  'loose file.json': ['ok', /^(|the company went bankrupt; \d+ of 52 turns played)$/],
};

let graded: Result;
let serial: Result;
beforeAll(async () => {
  mkdirSync(at('batch', 'bad'), { recursive: true });
  const made = await Promise.all([
    chuhai(['run', 'campaign-global', '--out', 'batch/张三.json', '--bot', 'balanced', '--student', '张三'], tmp.dir),
    chuhai(['run', 'campaign-global', '--out', 'batch/quoted.json', '--bot', 'passive', '--student', 'Li, "Lei"'], tmp.dir),
    chuhai(['run', 'campaign-global', '--out', 'loose file.json', '--bot', 'naive', '--student', '王五'], tmp.dir),
    chuhai(['run', 'campaign-global', '--out', 'batch/bad/chosen-seed.json', '--bot', 'passive', '--seed', '7', '--turns', '3'], tmp.dir),
    chuhai(['run', 'tutorial', '--out', 'batch/bad/tutorial-run.json', '--bot', 'naive'], tmp.dir),
  ]);
  for (const r of made) expect(r.code, r.stderr).toBe(0);
  const good = readFileSync(at('batch/张三.json'), 'utf8');
  writeFileSync(at('batch/bad/truncated.json'), good.slice(0, Math.floor(good.length / 2)));
  writeFileSync(at('batch/bad/not-json.json'), '这不是 JSON，是一封信。\n');
  writeFileSync(at('batch/bad/garbage-50MB.json'), randomBytes(50 * 1024 * 1024));
  writeFileSync(at('batch/bad/not-a-run.json'), '{"hello": "world"}');
  writeFileSync(at('batch/notes.txt'), 'not a .json file: skipped');
  edit('batch/张三.json', 'batch/bad/edited-action.json', (r) => {
    const a = r.turns[2].actions.find((x: Loose) => x.type === 'setPrice') ?? r.turns[2].actions[0];
    if (a) { a.price = (a.price ?? 1000) + 1; } else r.turns[2].actions.push({ type: 'setAdBudget', market: 'US', weekly: 99999 });
  });
  edit('batch/张三.json', 'batch/bad/edited-score.json', (r) => { r.final.score.total = Math.min(100, r.final.score.total + 5); });
  edit('batch/张三.json', 'batch/bad/edited-hash.json', (r) => { r.turns[5].hash = r.turns[5].hash.replace(/^./, (c: string) => (c === '0' ? '1' : '0')); });
  edit('batch/张三.json', 'batch/bad/edited-seed.json', (r) => { r.seed = (r.seed + 1) % 4294967296; });
  edit('batch/张三.json', 'batch/bad/rules-999.json', (r) => { r.rulesVersion = 999; });
  edit('batch/张三.json', 'batch/bad/format-2.json', (r) => { r.formatVersion = 2; });
  // Twice: with a worker thread beside the main thread (asked for: a batch this
  // small would run in one thread by default) and in one thread; the CSVs must match.
  [graded, serial] = await Promise.all([
    chuhai(['grade', 'batch', 'loose file.json', '--scenario', 'campaign-global', '--out', '成绩.csv', '--jobs', '2'], tmp.dir),
    chuhai(['grade', 'batch', 'loose file.json', '--scenario', 'campaign-global', '--out', 'serial.csv', '--jobs', '1'], tmp.dir),
  ]);
}, 120_000); // five whole runs and two gradings: tens of seconds on a busy 2-core machine

describe('chuhai grade', () => {
  it('finishes the batch, exits 1 because some files are bad, and prints counts per status', () => {
    expect(graded.code, graded.stderr).toBe(1);
    expect(graded.stdout).toBe([
      'graded 15 files into 成绩.csv',
      '  ok                  3',
      '  tampered            3',
      '  invalid             4',
      '  wrong-scenario      1',
      '  wrong-seed          2',
      '  wrong-version       2',
      '',
    ].join('\n'));
    // Each file that is not ok with its status and why, in the CSV's order, then the count.
    const lines = graded.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('12 files are not ok: see the status and detail columns of 成绩.csv');
    const listed = lines.slice(0, -1).map((l) => /^(.+?): ([a-z-]+): (.*)$/.exec(l)!);
    const bad = Object.keys(EXPECTED).filter((f) => EXPECTED[f]![0] !== 'ok').map((f) => join(...f.split('/'))).sort();
    expect(listed.map((m) => m[1])).toEqual(bad);
    for (const [, file, status, detail] of listed) {
      expect(status).toBe(EXPECTED[file!.split('\\').join('/')]![0]);
      expect(detail).toMatch(EXPECTED[file!.split('\\').join('/')]![1]);
    }
  });

  it('writes a CSV with a BOM that an RFC 4180 parser reads, one row per file, each classified right', () => {
    const bytes = readFileSync(at('成绩.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(Object.keys(EXPECTED).map((f) => join(...f.split('/'))).sort());
    for (const row of body) {
      expect(row).toHaveLength(CSV_HEADER.length);
      const [status, detail] = EXPECTED[row[0]!.split('\\').join('/')]!;
      expect([row[0], row[2]]).toEqual([row[0], status]);
      expect(row[3], row[0]).toMatch(detail);
      if (status === 'ok') expect(Number(row[4])).toBeGreaterThanOrEqual(0);
      else expect(row[4]).toBe('');
    }
    const byFile = new Map(body.map((r) => [r[0], r]));
    expect(byFile.get(join('batch', '张三.json'))![1]).toBe('张三');
    expect(byFile.get(join('batch', 'quoted.json'))![1]).toBe('Li, "Lei"');
    expect(byFile.get(join('batch', 'bad', 'edited-hash.json'))![1]).toBe('张三');
  });

  it('gives the same CSV on one thread as on every core', () => {
    expect(serial.code).toBe(1);
    expect(readFileSync(at('serial.csv'))).toEqual(readFileSync(at('成绩.csv')));
  });

  it('does not write its CSV over a student\'s run named as --out by mistake, and replaces its own CSV', async () => {
    const before = readFileSync(at('batch/quoted.json'));
    const first = await chuhai(['grade', 'batch/quoted.json', '--scenario', 'campaign-global', '--out', 'own.csv'], tmp.dir);
    expect(first.code, first.stderr).toBe(0);
    const [overRun, again] = await Promise.all([
      chuhai(['grade', 'batch', '--scenario', 'campaign-global', '--out', 'batch/quoted.json'], tmp.dir),
      chuhai(['grade', 'batch/张三.json', '--scenario', 'campaign-global', '--out', 'own.csv', '--json'], tmp.dir),
    ]);
    expect(overRun.code).toBe(1);
    expect(overRun.stderr).toBe('chuhai: batch/quoted.json: exists and is not a grades CSV, so it is not replaced; give --out a new name, or move the file away first\n');
    expect(readFileSync(at('batch/quoted.json'))).toEqual(before);
    expect(again.code, again.stderr).toBe(0);
    expect(parseCsv(readFileSync(at('own.csv'), 'utf8'))[1]![0]).toBe(join('batch', '张三.json'));
  });

  it('grades a file linked twice once, says why a path is not graded, and keeps every row in one sorted order', async () => {
    mkdirSync(at('linked'));
    writeFileSync(at('linked', 'b.json'), readFileSync(at('batch/张三.json')));
    symlinkSync('b.json', at('linked', 'alias.json'));
    symlinkSync('nowhere.json', at('linked', 'a-dangling.json'));
    const r = await chuhai(['grade', 'no/such/folder', 'linked', 'batch/bad/not-a-run.json', '--scenario', 'campaign-global', '--out', 'linked.csv'], tmp.dir);
    expect(r.code).toBe(1);
    const rows = parseCsv(readFileSync(at('linked.csv'), 'utf8').slice(1)).slice(1);
    // Rows for paths that could not be read sort among the rest (they came first), and alias.json is b.json.
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      [join('batch', 'bad', 'not-a-run.json'), 'invalid'],
      [join('linked', 'a-dangling.json'), 'invalid'],
      [join('linked', 'b.json'), 'ok'],
      [join('no', 'such', 'folder'), 'invalid'],
    ]);
    expect(r.stderr.split('\n')).toEqual([
      `${join('batch', 'bad', 'not-a-run.json')}: invalid: not a run file: "format" must be "chuhai-run"`,
      `${join('linked', 'a-dangling.json')}: invalid: no such file or folder`,
      'no/such/folder: invalid: no such file or folder',
      '3 files are not ok: see the status and detail columns of linked.csv',
      '',
    ]);
  });

  it('exits 0 when every file is ok, and 1 for a bad scenario or no files', async () => {
    mkdirSync(at('empty'));
    const [ok, badScenario, empty] = await Promise.all([
      chuhai(['grade', 'batch/张三.json', 'batch/quoted.json', '--scenario', 'campaign-global', '--out', 'ok.csv', '--json'], tmp.dir),
      chuhai(['grade', 'batch', '--scenario', 'batch/bad/not-a-run.json', '--out', 'x.csv'], tmp.dir),
      chuhai(['grade', 'empty', '--scenario', 'tutorial', '--out', 'x.csv'], tmp.dir),
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      files: 2, out: 'ok.csv',
      counts: { ok: 2, tampered: 0, invalid: 0, 'wrong-scenario': 0, 'wrong-seed': 0, 'wrong-version': 0 },
    });
    expect(badScenario.code).toBe(1);
    expect(badScenario.stderr.split('\n')[0]).toBe('chuhai: batch/bad/not-a-run.json is not a valid scenario:');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('chuhai: no run files (*.json) in empty\n');
  });
});
