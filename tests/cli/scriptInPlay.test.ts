// A script the validator cannot fault from its text alone can fail in play: guarded
// `always` transitions that go round in a circle whenever their guards hold. Such
// a script silently stopped running (the audit's tutorial copy scored 87.05
// instead of 79.31, its crisis never came). `validate` now plays the file once
// with no decisions and reports the failure at `script`; `run` warns on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIOS, chuhai, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The tutorial (or `base`, whose first state is `state`), with two states whose always transitions lead to each other from turn `from` on (or whenever `guard` holds). */
function circling(from: number, guard: object = { type: 'turnAtLeast', params: { turn: from } }, name = `circle-${from}`, base = 'tutorial.json', state = 'learning'): string {
  const s = JSON.parse(readFileSync(join(SCENARIOS, base), 'utf8')) as { script: { states: Record<string, Record<string, unknown>> } };
  s.script.states[state]!.always = { guard, target: 'loopB' };
  s.script.states.loopB = { always: { guard, target: state } };
  const file = join(tmp.dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('a script that fails in play', () => {
  it('fails validate, at `script`, with the turn it failed in', async () => {
    const [start, later, good] = await Promise.all([
      chuhai(['validate', circling(0)], tmp.dir),
      chuhai(['validate', circling(3)], tmp.dir),
      chuhai(['validate', join(SCENARIOS, 'tutorial.json')], tmp.dir),
    ]);
    expect(start.code).toBe(1);
    expect(start.stdout).toMatch(/circle-0\.json: script: fails in a test play with no decisions \(seed \d+\), start: the script could not start: .*Infinite loop/);
    expect(later.code).toBe(1);
    expect(later.stdout).toMatch(/circle-3\.json: script: fails in a test play with no decisions \(seed \d+\), turn 3: the script could not take turn 3/);
    expect(good.stdout).toMatch(/tutorial\.json: ok\n$/);
  });

  it('fails validate when only a player who decides reaches it (the balanced bot play)', async () => {
    // A run with no decisions spends nothing on ads; the balanced bot does, and the circle closes then.
    const r = await chuhai(['validate', circling(0, { type: 'kpiAtLeast', params: { kpi: 'adSpend', value: 1 } }, 'circle-ads')], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/with no decisions/);
    expect(r.stdout).toMatch(/circle-ads\.json: script: fails in a test play by the balanced bot \(seed \d+\), turn \d+: the script could not take turn/);
  });

  it('names a failure once when several plays meet it, in different turns', async () => {
    // A case whose as-happened play buys ads from turn 1: it and the balanced bot both close the circle.
    const file = circling(0, { type: 'kpiAtLeast', params: { kpi: 'adSpend', value: 1 } }, 'circle-case', 'cases/translated-ads-backlash.json', 'running');
    const r = await chuhai(['validate', file], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes(': script: '))).toHaveLength(1);
  });

  it('is named on stderr by run, which still writes the run', async () => {
    const r = await chuhai(['run', circling(0), '--bot', 'balanced', '--out', join(tmp.dir, 'r.json')], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the scenario's script failed: start: the script could not start/);
  });
});
