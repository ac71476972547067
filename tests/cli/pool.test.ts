// The runner pool of `chuhai grade` and `chuhai simulate` (src/cli/pool.ts): a task
// that throws, or a worker that dies, costs that task only — the batch finishes,
// the tasks the dead worker held but had not started are done by another runner,
// and every task is reported once, in its own slot.
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { jobsWanted, runPool, type TaskResult } from '../../src/cli/pool';
import type { TaskSpec } from '../../src/cli/tasks';
import type { CrashInit } from './support/crashTask';

const CRASH: TaskSpec<CrashInit, string, string> = { module: new URL('./support/crashTask.ts', import.meta.url) };

function batch(n: number, special: Record<number, string>): string[] {
  return Array.from({ length: n }, (_, i) => special[i] ?? `t${i}`);
}

async function run(tasks: string[], opts: { jobs: number; mainThread?: boolean; init?: Partial<CrashInit> }) {
  const seen = new Map<number, number>();
  const results = await runPool({
    task: CRASH, init: { tag: 'x', ...opts.init }, tasks, jobs: opts.jobs,
    ...(opts.mainThread === undefined ? {} : { mainThread: opts.mainThread }),
    onResult: (i) => seen.set(i, (seen.get(i) ?? 0) + 1),
  });
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
  expect([...seen.values()].every((c) => c === 1)).toBe(true);
  return results;
}

function expectEchoed(results: TaskResult<string>[], tasks: string[], except: readonly string[]): void {
  results.forEach((r, i) => {
    if (except.includes(tasks[i]!)) return;
    expect(r, `task ${i}`).toEqual({ ok: true, value: `x:${tasks[i]}` });
  });
}

describe('runPool', () => {
  it('loses only the task a worker died on; a fresh worker takes the rest', async () => {
    // Workers only, so that every "exit" task lands in a worker; three of them,
    // one right after another, so a worker dies holding tasks it had not started.
    const tasks = batch(60, { 0: 'exit', 17: 'exit', 18: 'exit', 41: 'throw', 59: 'exit' });
    const results = await run(tasks, { jobs: 2, mainThread: false });
    expectEchoed(results, tasks, ['exit', 'throw']);
    for (const i of [0, 17, 18, 59]) expect(results[i]).toEqual({ ok: false, error: 'worker stopped (exit 3)' });
    expect(results[41]).toEqual({ ok: false, error: 'bad task throw' });
  });

  it('gives the same results with the main thread among the runners as in it alone', async () => {
    const tasks = batch(40, { 7: 'throw' });
    const shared = await run(tasks, { jobs: 2, mainThread: true });
    const alone = await run(tasks, { jobs: 1 });
    expect(shared).toEqual(alone);
    expectEchoed(shared, tasks, ['throw']);
    expect(shared[7]).toEqual({ ok: false, error: 'bad task throw' });
  });

  it('starts the workers before it makes the init, and throws what making it throws', async () => {
    const tasks = batch(10, {});
    let made = 0;
    const results = await runPool({ task: CRASH, init: () => { made += 1; return { tag: 'late' }; }, tasks, jobs: 2, mainThread: false });
    expect(made).toBe(1);
    results.forEach((r, i) => expect(r).toEqual({ ok: true, value: `late:${tasks[i]}` }));
    await expect(runPool({ task: CRASH, init: () => { throw new Error('bad scenario'); }, tasks, jobs: 2, mainThread: false }))
      .rejects.toThrow('bad scenario');
  });

  it('fails every task, with the reason, when no worker can start and the main thread does not help', async () => {
    const tasks = batch(20, {});
    const results = await run(tasks, { jobs: 2, mainThread: false, init: { failStart: true } });
    for (const r of results) expect(r).toEqual({ ok: false, error: 'worker failed: cannot start' });
  });
});

describe('--jobs N', () => {
  it('gets at most one runner per core (each worker holds a heap of its own), and what is asked below that', () => {
    const cores = availableParallelism();
    expect(jobsWanted(1024)).toBe(cores);
    expect(jobsWanted(cores + 1)).toBe(cores);
    expect(jobsWanted(1)).toBe(1);
    expect(jobsWanted(undefined)).toBeUndefined();
  });
});
