// Spreads a batch (grade: one run file per task; simulate: one seed per task) over
// every core (issue 4: "it uses every core"). The main thread is one of the
// runners. Every runner runs the task module's bundle (workerBundle.ts) when one
// built from the current sources is cached on disk: the workers then start at
// once, with the main thread. Otherwise the main thread starts on the TypeScript
// sources while esbuild builds the bundle in its own process, and the workers
// start when it is ready (and it is cached for the next command).
// Each worker gets the loaded scenario with its init (a structured clone, ~2 ms,
// instead of reading and checking the file again, ~0.1 s of a cold worker). A
// task that throws, or a worker that dies, costs that task only: the tasks queued
// behind it go back to the queue, and a fresh worker takes its place.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { loadHandler, type TaskModule, type TaskSpec } from './tasks';
import { bundleWorker, cachedWorkerBundle, RUNNER_FLAG, type WorkerBundle } from './workerBundle';
import type { FromRunner, ToRunner } from './worker';

export type TaskResult<O> = { ok: true; value: O } | { ok: false; error: string };

export interface PoolOptions<I, T, O> {
  task: TaskSpec<I, T, O>;
  init: I;
  tasks: readonly T[];
  /**
   * Runners to use (the main thread and jobs − 1 workers). Default: every core the
   * machine offers, fewer for a small batch (TASKS_PER_RUNNER).
   */
  jobs?: number;
  /**
   * Whether the main thread runs tasks too (default true). False leaves every task
   * to the workers, so that a task that kills its runner costs only that task.
   */
  mainThread?: boolean;
  onResult?: (index: number, result: TaskResult<O>) => void;
}

/**
 * Tasks sent ahead to each worker. The main thread answers a worker only between
 * its own tasks (tens of ms each), so a worker holds enough not to wait meanwhile.
 */
const IN_FLIGHT = 3;
/**
 * A worker costs ~1 s of CPU before it is up to speed (the bundle is built, loaded,
 * and its hot code compiled afresh in its own isolate); below this many tasks per
 * runner, fewer runners finish first (15 campaign files: 6.6 s in one thread,
 * 9–18 s with a worker, on a busy machine).
 */
export const TASKS_PER_RUNNER = 32;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function runPool<I, T, O>(opts: PoolOptions<I, T, O>): Promise<TaskResult<O>[]> {
  const n = opts.tasks.length;
  const here = opts.mainThread ?? true;
  // Asked for a number of runners, the pool uses that many (at most one per task).
  const runners = Math.max(1, opts.jobs !== undefined ? Math.min(opts.jobs, n) : Math.min(defaultJobs(), Math.ceil(n / TASKS_PER_RUNNER)));
  const workers = here ? runners - 1 : Math.max(1, runners);
  const batch = new Batch<O>(n, opts.onResult);
  if (n === 0) return [];
  const cached = cachedWorkerBundle(opts.task.module);
  let building: Promise<WorkerBundle | null> | null = null;
  const built = (): Promise<WorkerBundle | null> => (building ??= bundleWorker(opts.task.module).catch((err: unknown) => {
    // A bundle that cannot be built leaves the work to the main thread (or fails the tasks).
    if (!here) batch.failRest(`the worker could not be built: ${message(err)}`);
    return null;
  }));
  let crew: Crew<T, O> | null = null;
  const startCrew = (b: WorkerBundle | null): void => {
    if (!b || batch.done) return;
    crew = new Crew(b.file, opts.init, opts.tasks, batch, here);
    for (let i = 0; i < workers; i += 1) crew.start();
  };
  if (workers > 0) {
    if (cached) startCrew(cached);
    else void built().then(startCrew);
  }
  try {
    const handle = here ? await mainHandler(opts, cached, built) : null;
    if (handle) await runHere(handle, opts.tasks, batch, workers > 0);
    await batch.finished;
  } finally {
    (crew as Crew<T, O> | null)?.stop();
    (await (building as Promise<WorkerBundle | null> | null))?.remove();
  }
  return batch.results();
}

/**
 * The task function in this thread: the cached bundle's; else the sources' where
 * TypeScript loads (under tsx: the main thread starts while esbuild builds the
 * bundle for the workers); else, in the CLI's own bundle, the worker bundle once built.
 */
async function mainHandler<I, T, O>(
  opts: PoolOptions<I, T, O>, cached: WorkerBundle | null, built: () => Promise<WorkerBundle | null>,
): Promise<(task: T) => O> {
  const fromBundle = async (b: WorkerBundle): Promise<(task: T) => O> => ((await import(b.file.href)) as TaskModule<I, T, O>).handler(opts.init);
  if (cached) {
    try {
      return await fromBundle(cached);
    } catch {
      // Removed meanwhile by another command's clean-up, or its handler threw: the sources tell.
    }
  }
  try {
    return await loadHandler(opts.task, opts.init);
  } catch (err) {
    const b = await built();
    if (!b) throw err;
    return fromBundle(b);
  }
}

/** The main thread's share: one task at a time, letting the workers' replies in between. */
async function runHere<T, O>(handle: (task: T) => O, tasks: readonly T[], batch: Batch<O>, shared: boolean): Promise<void> {
  while (!batch.done) {
    const id = batch.take();
    if (id === undefined) { await batch.changed(); continue; }
    batch.settle(id, attempt(() => handle(tasks[id]!)));
    if (shared) await new Promise((r) => setImmediate(r));
  }
}

function attempt<O>(f: () => O): TaskResult<O> {
  try {
    return { ok: true, value: f() };
  } catch (err) {
    return { ok: false, error: message(err) };
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The queue of task ids and the results, shared by every runner. */
class Batch<O> {
  private next = 0;
  /** Tasks handed back by a worker that died before it reached them. */
  private readonly again: number[] = [];
  private readonly out: (TaskResult<O> | undefined)[];
  private count = 0;
  private wake: (() => void) | null = null;
  private end!: () => void;
  readonly finished = new Promise<void>((r) => { this.end = r; });

  constructor(readonly size: number, private readonly onResult?: (index: number, result: TaskResult<O>) => void) {
    this.out = new Array<TaskResult<O> | undefined>(size);
    if (size === 0) this.end();
  }

  get done(): boolean { return this.count === this.size; }

  take(): number | undefined {
    return this.again.pop() ?? (this.next < this.size ? this.next++ : undefined);
  }

  giveBack(ids: readonly number[]): void {
    for (let i = ids.length - 1; i >= 0; i -= 1) this.again.push(ids[i]!);
    this.poke();
  }

  /** Resolves when a task is settled or handed back. */
  changed(): Promise<void> {
    return new Promise((r) => { this.wake = r; });
  }

  settle(id: number, r: TaskResult<O>): void {
    if (this.out[id] !== undefined) return;
    this.out[id] = r;
    this.count += 1;
    this.onResult?.(id, r);
    this.poke();
    if (this.done) this.end();
  }

  failRest(error: string): void {
    for (let id = this.take(); id !== undefined; id = this.take()) this.settle(id, { ok: false, error });
  }

  results(): TaskResult<O>[] {
    return this.out as TaskResult<O>[];
  }

  private poke(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

/** The worker threads: each takes tasks from the batch, IN_FLIGHT at a time. */
class Crew<T, O> {
  private readonly live = new Set<Worker>();

  constructor(
    private readonly script: URL, private readonly init: unknown, private readonly tasks: readonly T[],
    private readonly batch: Batch<O>, private readonly mainHelps: boolean,
  ) {}

  start(): void {
    // Workers print nothing themselves (stdout stays clean for --json); their
    // errors come back as messages, or as the 'error' and 'exit' events below.
    const worker = new Worker(this.script, { workerData: { [RUNNER_FLAG]: true, init: this.init } });
    const held: number[] = [];
    let ready = false;
    this.live.add(worker);
    const feed = (): void => {
      while (ready && held.length < IN_FLIGHT) {
        const id = this.batch.take();
        if (id === undefined) return;
        held.push(id);
        worker.postMessage({ id, task: this.tasks[id] } satisfies ToRunner);
      }
    };
    worker.on('message', (m: FromRunner) => {
      if ('ready' in m) { ready = true; feed(); return; }
      held.splice(held.indexOf(m.id), 1);
      this.batch.settle(m.id, m.ok ? { ok: true, value: m.value as O } : { ok: false, error: m.error });
      feed();
    });
    const died = (why: string): void => {
      if (!this.live.delete(worker)) return;
      // A worker answers its tasks in order: the first it holds is the one that
      // killed it; the others never started and go back to the queue.
      const [running, ...waiting] = held;
      if (ready && running !== undefined) this.batch.settle(running, { ok: false, error: why });
      this.batch.giveBack(ready ? waiting : held);
      held.length = 0;
      if (this.batch.done) return;
      // One that could not even start would fail again: the others (or the main thread) do its share.
      if (ready) this.start();
      else if (this.live.size === 0 && !this.mainHelps) this.batch.failRest(why);
    };
    worker.on('error', (err) => died(`worker failed: ${message(err)}`));
    worker.on('exit', (code) => died(`worker stopped (exit ${code})`));
  }

  stop(): void {
    const all = [...this.live];
    this.live.clear();
    for (const w of all) void w.terminate();
  }
}
