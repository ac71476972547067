// Spreads a batch (grade: one run file per task; simulate: one seed per task) over
// every core (issue 4: "it uses every core"). With more than one runner, every
// runner is a worker thread and the main thread only hands out tasks: a worker's
// heap can be given a larger young generation (Node takes no V8 flags for the main
// thread once it runs), which spares ~40% of a replay's collections. The
// workers run the task module's bundle (workerBundle.ts); cached on disk, they
// start at once, else when esbuild has built it. One runner is the main thread.
// Workers start before the init is made (the scenario read and checked), so that
// they load their code meanwhile; each then gets the loaded scenario in a message
// (a structured clone, ~2 ms, instead of reading and checking the file again,
// ~0.1 s of a cold worker). A
// task that throws, or a worker that dies, costs that task only: the tasks queued
// behind it go back to the queue, and a fresh worker takes its place.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { loadHandler, type TaskSpec } from './tasks';
import { bundleWorker, cachedWorkerBundle, RUNNER_FLAG, type WorkerBundle } from './workerBundle';
import type { FromRunner, ToRunner } from './worker';

export type TaskResult<O> = { ok: true; value: O } | { ok: false; error: string };

export interface PoolOptions<I, T, O> {
  task: TaskSpec<I, T, O>;
  /**
   * What every runner prepares from (plain data), or the function that makes it:
   * called once the workers are started, so that their start-up (~0.6 s of CPU
   * each on a loaded machine) overlaps it. What it throws, runPool throws.
   */
  init: I | (() => I);
  tasks: readonly T[];
  /**
   * Runners to use: 1 is the main thread, more are worker threads. Default: every
   * core the machine offers, fewer for a small batch (TASKS_PER_RUNNER).
   */
  jobs?: number;
  /**
   * Whether the main thread runs tasks too. Default: only when it is the one
   * runner. False leaves every task to the workers, so that a task that kills its
   * runner costs only that task.
   */
  mainThread?: boolean;
  onResult?: (index: number, result: TaskResult<O>) => void;
}

/**
 * Tasks sent ahead to each worker, so that it never waits for the next one (when
 * asked to help, the main thread answers only between its own tasks, tens of ms).
 */
const IN_FLIGHT = 2;
/**
 * A worker's young generation (V8's default here: ~48 MB). Grading 100 campaign
 * files in a worker: 115 collections and 8.8 s of CPU by default, 71 and 6.4 s
 * with 96 MB, 55 and 6.8 s with 192 MB (medians of 3, on a loaded 2-core machine:
 * npx tsx tests/cli/bench/young.bench.ts).
 */
const YOUNG_GENERATION_MB = 96;
/**
 * A runner is added per this many tasks (at most one per core). Each worker loads
 * the bundle and compiles its hot code afresh in its own isolate: about 2 s of CPU
 * before it runs at full speed, against ~20 ms a campaign run after, and on two cores
 * the second runner's warm-up also slows the first. Measured here (`/usr/bin/time
 * chuhai grade DIR --jobs N`, 3 runs each, balanced campaign files): 50 files
 * 2.18–2.47 s in this thread vs 2.79–3.10 s with two workers; 100 files 3.00–3.17 vs
 * 3.61–4.41 s; 150 files 3.98–4.09 vs 4.42–4.62 s; 200 files 5.01 vs 5.13 s (npm run
 * bench); simulate, 150 runs: 3.95–4.00 vs 4.97–5.12 s. Two runners pay from about 200.
 */
export const TASKS_PER_RUNNER = 100;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The runners a command's `--jobs N` gets: at most one per core. The work is all
 * CPU, so more runners only take turns on the cores, and each worker holds a heap
 * of its own: `chuhai grade` of 25 files took 2.2 s and 196 MB with `--jobs 2`, and
 * 6.5 s and 825 MB with `--jobs 20`, so the 1,024 the flag allows would have run
 * the machine out of memory on a large batch.
 */
export function jobsWanted(asked: number | undefined): number | undefined {
  return asked === undefined ? undefined : Math.min(asked, defaultJobs());
}

export async function runPool<I, T, O>(opts: PoolOptions<I, T, O>): Promise<TaskResult<O>[]> {
  const n = opts.tasks.length;
  // Asked for a number of runners, the pool uses that many (at most one per task).
  const runners = Math.max(1, opts.jobs !== undefined ? Math.min(opts.jobs, n) : Math.min(defaultJobs(), Math.floor(n / TASKS_PER_RUNNER)));
  const here = opts.mainThread ?? runners === 1;
  const workers = here ? runners - 1 : runners;
  const batch = new Batch<O>(n, opts.onResult);
  if (n === 0) return [];
  let bundle: Promise<WorkerBundle | null> = Promise.resolve(null);
  let crew: Crew<T, O> | null = null;
  let init: { value: I } | null = null;
  const startCrew = (b: WorkerBundle | null): void => {
    if (!b || batch.done) return;
    crew = new Crew(b.file, opts.tasks, batch, here);
    if (init) crew.setInit(init.value);
    for (let i = 0; i < workers; i += 1) crew.start();
  };
  if (workers > 0) {
    const cached = cachedWorkerBundle(opts.task.module);
    // A bundle that cannot be built leaves the work to the main thread (or fails the tasks).
    bundle = cached ? Promise.resolve(cached) : bundleWorker(opts.task.module).catch((err: unknown) => {
      if (!here) batch.failRest(`the worker could not be built: ${message(err)}`);
      return null;
    });
    // A cached bundle's workers start now, before the init is made.
    if (cached) startCrew(cached);
    else void bundle.then(startCrew);
  }
  try {
    init = { value: typeof opts.init === 'function' ? (opts.init as () => I)() : opts.init };
    (crew as Crew<T, O> | null)?.setInit(init.value);
    const handle = here ? await loadHandler(opts.task, init.value) : null;
    if (handle) await runHere(handle, opts.tasks, batch, workers > 0);
    await batch.finished;
  } finally {
    (crew as Crew<T, O> | null)?.stop();
    (await bundle)?.remove();
  }
  return batch.results();
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

/**
 * The worker threads: each takes tasks from the batch, IN_FLIGHT at a time. They
 * may start before the init is known: it is their first message, sent when it is.
 */
class Crew<T, O> {
  private readonly live = new Set<Worker>();
  private init: { value: unknown } | null = null;

  constructor(
    private readonly script: URL, private readonly tasks: readonly T[],
    private readonly batch: Batch<O>, private readonly mainHelps: boolean,
  ) {}

  setInit(value: unknown): void {
    this.init = { value };
    for (const w of this.live) w.postMessage({ init: value } satisfies ToRunner);
  }

  start(): void {
    // Workers print nothing themselves (stdout stays clean for --json); their
    // errors come back as messages, or as the 'error' and 'exit' events below.
    const worker = new Worker(this.script, {
      workerData: { [RUNNER_FLAG]: true },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    if (this.init) worker.postMessage({ init: this.init.value } satisfies ToRunner);
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
