// A task module and the runner loop as one plain-JavaScript file (bundleCache.mjs),
// run by the pool's worker threads and, when it is already built, by the main
// thread too. Loading the TypeScript sources through tsx in every worker cost
// ~0.6 s of CPU per worker (each runs its own loader thread and compiles module by
// module); a bundle cached on disk starts a worker at once, and runs faster than
// tsx's output in the main thread (which names every closure it creates).
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBundle, lookupBundle, type BundleSpec } from './bundleCache.mjs';

export interface WorkerBundle { file: URL; remove(): void }

/** The workerData flag that makes the bundle serve tasks (elsewhere it only exports `handler`). */
export const RUNNER_FLAG = 'chuhaiRunner';

function specOf(taskModule: URL): BundleSpec {
  const task = fileURLToPath(taskModule);
  const runner = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return {
    name: `worker-${basename(task).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9-]/g, '-')}`,
    entry: [
      "import { workerData } from 'node:worker_threads';",
      `import { serve } from ${JSON.stringify(runner)};`,
      `import { handler } from ${JSON.stringify(task)};`,
      'export { handler };',
      `if (workerData?.${RUNNER_FLAG} === true) serve(handler);`,
      '',
    ].join('\n'),
    resolveDir: dirname(task),
  };
}

/** The bundle of the task module if one built from the current sources is on disk (~10 ms to check). */
export function cachedWorkerBundle(taskModule: URL): WorkerBundle | null {
  const file = lookupBundle(specOf(taskModule));
  return file === null ? null : { file: pathToFileURL(file), remove() {} };
}

/** Builds the bundle (~0.3 s of esbuild, in its own process) and caches it. */
export async function bundleWorker(taskModule: URL): Promise<WorkerBundle> {
  const built = await buildBundle(specOf(taskModule));
  return { file: pathToFileURL(built.file), remove: built.remove };
}

