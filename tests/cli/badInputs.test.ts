// Inputs that are not plain files, or files made to fool the command (DESIGN.md
// §8): none hangs it, replaces what is there, or gets raw onto the terminal.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, chuhai, shell, tempDir } from './helpers';

const tmp = tempDir('chuhai-bad-');
afterAll(() => tmp.cleanup());
const at = (name: string): string => join(tmp.dir, name);
/** Long enough for a command that works, short of vitest's own timeout: a hang is killed and fails. */
const HANG = 30_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering edits arbitrary JSON on purpose
type Loose = any;
function editRun(from: string, to: string, change: (run: Loose) => void): void {
  const run = JSON.parse(readFileSync(at(from), 'utf8')) as Loose;
  change(run);
  writeFileSync(at(to), JSON.stringify(run));
}

beforeAll(async () => {
  const made = await Promise.all([
    chuhai(['run', 'tutorial', '--out', 'good.json', '--bot', 'passive'], tmp.dir),
    chuhai(['run', 'campaign-global', '--out', 'campaign.json', '--bot', 'passive', '--student', 's1', '--turns', '1'], tmp.dir),
  ]);
  for (const r of made) expect(r.code, r.stderr).toBe(0);
  execFileSync('mkfifo', [at('pipe.json')]);
});

describe('a named pipe named on the command line', () => {
  it('is refused unopened by every command, which would otherwise wait for a writer forever; a batch goes on', async () => {
    const runs = await Promise.all([
      chuhai(['validate', join(SCENARIOS, 'tutorial.json'), 'pipe.json'], tmp.dir, HANG),
      chuhai(['replay', 'pipe.json'], tmp.dir, HANG),
      chuhai(['report', 'pipe.json'], tmp.dir, HANG),
      chuhai(['replay', 'good.json', '--scenario', 'pipe.json'], tmp.dir, HANG),
      chuhai(['run', 'tutorial', '--actions', 'pipe.json', '--out', 'x.json'], tmp.dir, HANG),
      chuhai(['grade', 'pipe.json', 'good.json', '--scenario', 'tutorial', '--out', 'pipe.csv'], tmp.dir, HANG),
    ]);
    const [validate, replay, report, scenario, actions, grade] = runs;
    for (const r of runs) expect(r.code, r.stderr).toBe(1);
    expect(validate!.stdout).toMatch(/tutorial\.json: ok\npipe\.json: \(root\): is a named pipe, not a file\n$/);
    for (const r of [replay, report, scenario, actions]) expect(r!.stderr).toBe('chuhai: pipe.json: is a named pipe, not a file\n');
    expect(grade!.stdout).toMatch(/graded 2 files .*\n {2}ok +1\n {2}invalid +1\n/);
    expect(readFileSync(at('pipe.csv'), 'utf8')).toContain('\r\npipe.json,,invalid,"is a named pipe, not a file"');
  });

  it('is read when it is one this process holds: <(…) and /dev/stdin', async () => {
    const [substituted, stdin] = await Promise.all([
      shell(`chuhai validate <(cat '${join(SCENARIOS, 'tutorial.json')}')`, tmp.dir),
      shell('cat good.json | chuhai replay /dev/stdin', tmp.dir),
    ]);
    expect(substituted.code, substituted.stderr).toBe(0);
    expect(substituted.stdout).toMatch(/^\/dev\/fd\/\d+: ok\n$/);
    expect(stdin.code, stdin.stderr).toBe(0);
    expect(stdin.stdout).toMatch(/^\/dev\/stdin: ok: 8 of 8 turns replayed/);
  });
});

describe('--out', () => {
  it('writes a character device in place, never renaming a file over it', async () => {
    // A link to /dev/null stands for the device: renamed over, the link (not /dev/null) is what is lost.
    symlinkSync('/dev/null', at('null.json'));
    symlinkSync('/dev/null', at('null.csv'));
    const [run, grade] = await Promise.all([
      chuhai(['run', 'tutorial', '--out', 'null.json', '--bot', 'passive'], tmp.dir, HANG),
      chuhai(['grade', 'good.json', '--scenario', 'tutorial', '--out', 'null.csv'], tmp.dir, HANG),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(grade.code, grade.stderr).toBe(0);
    for (const f of ['null.json', 'null.csv']) {
      expect(lstatSync(at(f)).isSymbolicLink(), f).toBe(true);
      expect(readlinkSync(at(f))).toBe('/dev/null');
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a named pipe, and leaves it', async () => {
    execFileSync('mkfifo', [at('out-pipe.json')]);
    const [run, grade] = await Promise.all([
      chuhai(['run', 'tutorial', '--out', 'out-pipe.json', '--bot', 'passive'], tmp.dir, HANG),
      chuhai(['grade', 'good.json', '--scenario', 'tutorial', '--out', 'out-pipe.json'], tmp.dir, HANG),
    ]);
    for (const r of [run, grade]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('chuhai: out-pipe.json: cannot write: is a named pipe, not a file; give --out the name of a file\n');
    }
    expect(statSync(at('out-pipe.json')).isFIFO()).toBe(true);
  });

  it.runIf(existsSync('/proc/version'))('says what failed where no file can be made, and leaves a file it did not write', async () => {
    const [newFile, existing] = await Promise.all([
      chuhai(['grade', 'good.json', '--scenario', 'tutorial', '--out', '/proc/chuhai-grades.csv'], tmp.dir, HANG),
      chuhai(['grade', 'good.json', '--scenario', 'tutorial', '--out', '/proc/version'], tmp.dir, HANG),
    ]);
    expect(newFile.code).toBe(1);
    expect(newFile.stderr).toBe('chuhai: /proc/chuhai-grades.csv: cannot write: no new file can be made in the folder /proc (it does not allow new files)\n');
    expect(existing.code).toBe(1);
    expect(existing.stderr).toBe('chuhai: /proc/version: exists and is not a grades CSV, so it is not replaced; give --out a new name, or move the file away first\n');
  });
});

describe('text from an input file on the terminal', () => {
  it('cannot forge a line or send escape sequences, and a long name is shortened', async () => {
    editRun('good.json', 'forged.json', (r) => { r.scenario.id = 'tutorial\nx.json: ok: 8 of 8 turns replayed; score 100.00\u001b[2J and so on'; });
    editRun('campaign.json', 'student.json', (r) => { r.seedPolicy.studentId = '\u001b[31mred'; });
    const tutorial = JSON.parse(readFileSync(join(SCENARIOS, 'tutorial.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(at('keys.json'), JSON.stringify({ ...tutorial, '\u001b[2J\u001b[31mred\nfake: ok': 1, ['k'.repeat(1_000_000)]: 1 }));
    const [replay, report, validate, grade] = await Promise.all([
      chuhai(['replay', 'forged.json'], tmp.dir, HANG),
      chuhai(['report', 'student.json'], tmp.dir, HANG),
      chuhai(['validate', 'keys.json'], tmp.dir, HANG),
      chuhai(['grade', 'forged.json', 'student.json', '--scenario', 'tutorial', '--out', 'forged.csv'], tmp.dir, HANG),
    ]);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toBe('forged.json: wrong-scenario: the run is for scenario "tutorial\\nx.json: ok: 8 of 8 turns replayed; score 100.00\\u001b[2J…",'
      + ' which is not one of the shipped scenarios; give its scenario file with --scenario\n');
    expect(report.stderr).toMatch(/^chuhai: student\.json: wrong-seed: the seed for student "\\u001b\[31mred" is \d+; the run used seed \d+\n$/);
    expect(validate.code).toBe(1);
    const lines = validate.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^keys\.json: \\u001b\[2J\\u001b\[31mred\\nfake: ok: unknown field "\\u001b\[2J\\u001b\[31mred\\nfake: ok"; /);
    expect(lines[1]).toMatch(new RegExp(`^keys\\.json: ${'k'.repeat(60)}…: unknown field "${'k'.repeat(40)}…"; `));
    for (const out of [replay.stdout, report.stderr, validate.stdout, grade.stdout, grade.stderr]) {
      expect(out).not.toContain('\u001b');
      for (const line of out.split('\n')) expect(line.length).toBeLessThan(1000);
    }
    expect(grade.stderr.split('\n')).toHaveLength(4); // two files, the summary, the final newline
  });
});

describe('refusals in words', () => {
  it('replay without --scenario calls a malformed run file invalid, as with it and as grade does', async () => {
    writeFileSync(at('malformed.json'), JSON.stringify({
      format: 'chuhai-run', formatVersion: 1, rulesVersion: 4, scenario: { id: 'nosuch', version: '1.0.2', hash: 'XYZ' },
      seedPolicy: { kind: 'fixed' }, seed: 'abc', turns: 'lots', final: null,
    }));
    const [alone, given] = await Promise.all([
      chuhai(['replay', 'malformed.json'], tmp.dir, HANG),
      chuhai(['replay', 'malformed.json', '--scenario', 'tutorial'], tmp.dir, HANG),
    ]);
    expect(alone.stdout).toBe('malformed.json: invalid: scenario.hash: a scenario hash is 16 lower-case hex digits (it is "XYZ");'
      + ' seed: must be a number, not text ("abc"); turns: must be a list [ … ], not text ("lots") (and 1 more)\n');
    expect(given.stdout).toBe(alone.stdout);
  });

  it('names the limit of each kind of file', async () => {
    mkdirSync(at('big'));
    writeFileSync(at('big/scenario.json'), ' '.repeat(3 * 1024 * 1024));
    writeFileSync(at('big/run.json'), ' '.repeat(6 * 1024 * 1024));
    writeFileSync(at('big/actions.json'), ' '.repeat(5 * 1024 * 1024));
    const [validate, replay, actions] = await Promise.all([
      chuhai(['validate', 'big/scenario.json'], tmp.dir, HANG),
      chuhai(['replay', 'big/run.json'], tmp.dir, HANG),
      chuhai(['run', 'tutorial', '--actions', 'big/actions.json', '--out', 'x.json'], tmp.dir, HANG),
    ]);
    expect(validate.stdout).toBe('big/scenario.json: (root): the file is 3 MB; a scenario file may be at most 2 MB\n');
    expect(replay.stderr).toBe('chuhai: big/run.json: the file is 6 MB; a run file may be at most 5 MB\n');
    expect(actions.stderr).toBe('chuhai: big/actions.json: the file is 5 MB; an actions file may be at most 4 MB\n');
  });

  it('run refuses a student id that replay and grade would refuse: longer than 200 characters, or blank', async () => {
    const [long, blank, longest] = await Promise.all([
      chuhai(['run', 'tutorial', '--student', 'x'.repeat(201), '--out', 'long.json'], tmp.dir, HANG),
      chuhai(['run', 'campaign-global', '--student', '   ', '--out', 'blank.json', '--turns', '1'], tmp.dir, HANG),
      chuhai(['run', 'tutorial', '--student', ` ${'x'.repeat(200)} `, '--out', 'longest.json', '--turns', '1'], tmp.dir, HANG),
    ]);
    expect(long.code).toBe(2);
    expect(long.stderr).toBe('chuhai: --student: a student id may be at most 200 characters (this one has 201) (see "chuhai run --help")\n');
    expect(existsSync(at('long.json'))).toBe(false);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toBe('chuhai: --student: the student id is empty (see "chuhai run --help")\n');
    expect(longest.code, longest.stderr).toBe(0);
    const replayed = await chuhai(['replay', 'longest.json'], tmp.dir, HANG);
    expect(replayed.stdout).toMatch(/^longest\.json: ok: /);
  });

  it('says so when the folder it was started in is gone, for any command', async () => {
    const r = await shell('mkdir gone && cd gone && rmdir "$PWD" && chuhai grade good.json --scenario tutorial --out g.csv', tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('chuhai: the current folder no longer exists (it was deleted or moved): change to a folder that exists and run the command again\n');
  });
});
