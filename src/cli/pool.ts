// Spreads a batch (grade: one run file per task; simulate: one seed per task) over
// every core with worker threads (issue 4: "it uses every core"). Each worker loads
// the scenario once, from `init`, then takes tasks. A task that throws, or a worker
// that dies, costs that task only: a grading batch never stops at one bad file.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { makeHandler, type TaskKind, type TaskInit, type TaskInput, type TaskOutput } from './tasks';
import { bundleWorker } from './workerBundle';

export type TaskResult<K extends TaskKind> = { ok: true; value: TaskOutput<K> } | { ok: false; error: string };

export interface PoolOptions<K extends TaskKind> {
  kind: K;
  init: TaskInit<K>;
  tasks: readonly TaskInput<K>[];
  /** Worker threads to use; default every core the machine offers. */
  jobs?: number;
  onResult?: (index: number, result: TaskResult<K>) => void;
}

/** Tasks sent ahead to each worker, so it never waits for the main thread between tasks. */
const IN_FLIGHT = 2;
/**
 * Starting a worker costs ~0.25 s (it loads tsx and the engine); below this many
 * tasks per extra worker, running them in this thread is as fast.
 */
const TASKS_PER_WORKER = 8;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function runPool<K extends TaskKind>(opts: PoolOptions<K>): Promise<TaskResult<K>[]> {
  const jobs = Math.min(opts.jobs ?? defaultJobs(), Math.ceil(opts.tasks.length / TASKS_PER_WORKER));
  if (jobs <= 1) return runInline(opts);
  const bundle = bundleWorker();
  try {
    return await runWorkers(opts, jobs, bundle.file);
  } finally {
    bundle.remove();
  }
}

async function runInline<K extends TaskKind>(opts: PoolOptions<K>): Promise<TaskResult<K>[]> {
  const handle = await makeHandler(opts.kind, opts.init);
  const results: TaskResult<K>[] = [];
  for (let i = 0; i < opts.tasks.length; i += 1) {
    let r: TaskResult<K>;
    try {
      r = { ok: true, value: handle(opts.tasks[i]!) };
    } catch (err) {
      r = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    results.push(r);
    opts.onResult?.(i, r);
  }
  return results;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

function runWorkers<K extends TaskKind>(opts: PoolOptions<K>, jobs: number, script: URL): Promise<TaskResult<K>[]> {
  const results = new Array<TaskResult<K> | undefined>(opts.tasks.length);
  let next = 0;
  let finished = 0;
  const live = new Set<Worker>();

  return new Promise((resolve) => {
    const settle = (id: number, r: TaskResult<K>): void => {
      if (results[id] !== undefined) return;
      results[id] = r;
      finished += 1;
      opts.onResult?.(id, r);
      if (finished === opts.tasks.length) {
        for (const w of live) void w.terminate();
        live.clear();
        resolve(results as TaskResult<K>[]);
      }
    };

    const start = (): void => {
      // Workers print nothing themselves (stdout stays clean for --json); their
      // errors come back as messages, or as the 'error' event below.
      const worker = new Worker(script, { workerData: { kind: opts.kind, init: opts.init } });
      const inFlight = new Set<number>();
      live.add(worker);
      const feed = (): void => {
        while (inFlight.size < IN_FLIGHT && next < opts.tasks.length) {
          const id = next;
          next += 1;
          inFlight.add(id);
          worker.postMessage({ id, task: opts.tasks[id] });
        }
      };
      worker.on('message', (reply: Reply) => {
        inFlight.delete(reply.id);
        settle(reply.id, reply.ok ? { ok: true, value: reply.value as TaskOutput<K> } : { ok: false, error: reply.error });
        feed();
      });
      const died = (why: string): void => {
        if (!live.delete(worker)) return;
        // The tasks it held fail; the rest go to a fresh worker (or the others).
        for (const id of inFlight) settle(id, { ok: false, error: why });
        inFlight.clear();
        if (next < opts.tasks.length) start();
      };
      worker.on('error', (err) => died(`worker failed: ${err instanceof Error ? err.message : String(err)}`));
      worker.on('exit', (code) => died(`worker stopped (exit ${code})`));
      feed();
    };

    if (opts.tasks.length === 0) { resolve([]); return; }
    for (let i = 0; i < jobs; i += 1) start();
  });
}
