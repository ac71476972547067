// Every command's --help, and usage errors: exit 2, one line, a pointer to --help
// (DESIGN.md §7). All the commands run at once: each is a separate process.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, chuhai, inProcess, tempDir, usageLine } from './helpers';

const COMMANDS = ['validate', 'run', 'replay', 'report', 'grade', 'simulate'];
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('npx chuhai', () => {
  it('is the package bin: an executable file that npx runs without a build', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ chuhai: 'src/cli/bin.mjs' });
    // git keeps this mode; without it npx answers "Permission denied" on a fresh clone.
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const out = await new Promise<string>((resolve, reject) => {
      execFile('npx', ['--no-install', 'chuhai', '--version'], { cwd: root }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
    expect(out).toMatch(/^chuhai \d+\.\d+\.\d+ \(rules version \d+\)\n$/);
  });
});

describe('chuhai --help', () => {
  it('prints the command list, and each command its usage', async () => {
    const [top, ...each] = await Promise.all([
      chuhai(['--help'], tmp.dir),
      ...COMMANDS.map((c) => chuhai([c, '--help'], tmp.dir)),
      chuhai(['help', 'grade'], tmp.dir),
      chuhai(['run', '-h', '--bogus'], tmp.dir),
    ]);
    expect(top!.code).toBe(0);
    for (const c of COMMANDS) expect(top!.stdout).toContain(`  ${c} `);
    expect(top!.stdout).toMatch(/Exit codes: 0 .*, 1 .*, 2 usage error/);
    COMMANDS.forEach((c, i) => {
      const r = each[i]!;
      expect(r.code, c).toBe(0);
      expect(r.stderr, c).toBe('');
      expect(r.stdout, c).toMatch(new RegExp(`^Usage: chuhai ${c} `));
      expect(r.stdout, c).toContain('Exit codes:');
      // The usage lines (up to the first blank line) name every option the help explains, but --debug.
      const [usage, body] = [r.stdout.split('\n\n')[0]!, r.stdout.split('\n\n').slice(1).join('\n')];
      const options = [...body.matchAll(/^ *(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--debug');
      expect(options.length, c).toBeGreaterThan(0);
      for (const o of options) expect(usage, `${c}: ${o}`).toContain(o);
    });
    expect(each[COMMANDS.length]!.stdout).toMatch(/^Usage: chuhai grade /);
    // --help wins over everything else on the line, even an unknown option before it is read.
    expect(each[COMMANDS.length + 1]!.code).toBe(0);
  });

  it('documents the formats a user writes or reads', async () => {
    const [run, grade, simulate, report] = await Promise.all(['run', 'grade', 'simulate', 'report'].map((c) => chuhai([c, '--help'], tmp.dir)));
    expect(run!.stdout).toContain('one array of actions per turn');
    for (const b of ['passive', 'naive', 'balanced', 'aggressive', 'as-happened']) expect(run!.stdout).toContain(b);
    for (const s of ['ok', 'tampered', 'invalid', 'wrong-scenario', 'wrong-seed', 'wrong-version']) expect(grade!.stdout).toContain(s);
    expect(grade!.stdout).toContain('1 at least one file is not ok');
    expect(simulate!.stdout).toMatch(/min, p10, median, p90, max/);
    expect(report!.stdout).toContain('"scenarioId", "seed", "score", "turns"');
  });
});

describe('usage errors exit 2 with one line', () => {
  const cases: [string, string[], string | undefined, RegExp][] = [
    ['no command', [], undefined, /missing command/],
    ['unknown command', ['grde'], undefined, /unknown command "grde"/],
    ['unknown option', ['run', 'tutorial', '--out', 'x.json', '--sed', '3'], 'run', /unknown option --sed \(did you mean --seed\?\)/],
    ['missing value', ['run', 'tutorial', '--out'], 'run', /--out needs a value/],
    ['value that is a flag', ['run', 'tutorial', '--out', '--bot', 'naive'], 'run', /--out needs a value/],
    ['missing required flag', ['run', 'tutorial'], 'run', /--out is required/],
    ['conflicting seed flags', ['run', 'tutorial', '--out', 'x.json', '--seed', '1', '--student', 'a'], 'run', /--seed and --student cannot be used together/],
    ['conflicting deciders', ['run', 'tutorial', '--out', 'x.json', '--bot', 'naive', '--as-happened'], 'run', /--bot and --as-happened cannot be used together/],
    ['unknown bot', ['run', 'tutorial', '--out', 'x.json', '--bot', 'lucky'], 'run', /unknown bot "lucky"; the bots are passive, naive/],
    ['bad number', ['run', 'tutorial', '--out', 'x.json', '--seed', '12abc'], 'run', /--seed must be a whole number from 0 to 4294967295/],
    ['flag given twice', ['report', 'a.json', '--json', '--scenario', 'a', '--scenario', 'b'], 'report', /--scenario is given twice/],
    ['missing positional', ['replay'], 'replay', /missing RUN/],
    ['extra positional', ['replay', 'a.json', 'b.json'], 'replay', /unexpected argument "b.json"/],
    ['boolean with a value', ['validate', '--json=yes', 'x.json'], 'validate', /--json takes no value/],
    ['grade without --scenario', ['grade', '.', '--out', 'g.csv'], 'grade', /--scenario is required/],
    ['simulate without --runs', ['simulate', 'tutorial', '--bot', 'naive'], 'simulate', /--runs is required/],
    ['simulate with zero runs', ['simulate', 'tutorial', '--bot', 'naive', '--runs', '0'], 'simulate', /--runs must be a whole number from 1/],
    ['simulate with an unknown bot', ['simulate', 'tutorial', '--bot', 'naive,clever', '--runs', '2'], 'simulate', /unknown bot "clever"/],
    ['options before the command', ['--json', 'report'], undefined, /options come after the command/],
  ];
  it.each(cases)('%s', async (_name, args, command, message) => {
    const r = await inProcess(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(usageLine(r.stderr, command)).toMatch(message);
  });

  it('the bin exits 2 on usage errors, 1 on a missing file, 0 on success', async () => {
    const [none, unknown, conflict, missing, version] = await Promise.all([
      chuhai([], tmp.dir),
      chuhai(['simulate', 'tutorial', '--bots', 'naive'], tmp.dir),
      chuhai(['run', 'tutorial', '--out', 'x.json', '--bot', 'naive', '--actions', 'a.json'], tmp.dir),
      chuhai(['report', '不存在.json'], tmp.dir),
      chuhai(['--version'], tmp.dir),
    ]);
    expect([none.code, unknown.code, conflict.code, missing.code, version.code]).toEqual([2, 2, 2, 1, 0]);
    expect(usageLine(none.stderr)).toMatch(/missing command/);
    expect(usageLine(unknown.stderr, 'simulate')).toMatch(/unknown option --bots \(did you mean --bot\?\)/);
    expect(usageLine(conflict.stderr, 'run')).toMatch(/--bot and --actions cannot be used together/);
    expect(missing.stderr).toBe('chuhai: 不存在.json: no such file or folder\n');
    expect(version.stdout).toMatch(/^chuhai \d+\.\d+\.\d+ \(rules version \d+\)\n$/);
  });

  it('shows a stack trace only with --debug', async () => {
    const [plain, debug] = await Promise.all([
      chuhai(['replay', 'missing.json'], tmp.dir),
      chuhai(['replay', 'missing.json', '--debug'], tmp.dir),
    ]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe('chuhai: missing.json: no such file or folder\n');
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^chuhai: missing.json: no such file or folder\n.*\n\s+at /);
  });
});
