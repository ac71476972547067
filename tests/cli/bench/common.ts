// Shared by the CLI benchmarks: timing a whole `chuhai` command as a grader runs it.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, buildBundle, lookupBundle } from '../../../src/cli/bundleCache.mjs';
import { bundleWorker, cachedWorkerBundle } from '../../../src/cli/workerBundle';
import type { TaskSpec } from '../../../src/cli/tasks';

export const BIN = fileURLToPath(new URL('../../../src/cli/bin.mjs', import.meta.url));

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `chuhai ...args` to the end; returns wall-clock seconds and stdout. Exits on failure. */
export function timeChuhai(args: readonly string[], cwd: string, okCodes: readonly number[] = [0]): { seconds: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status === null || !okCodes.includes(r.status)) {
    console.error(`chuhai ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  return { seconds, stdout: r.stdout };
}

/**
 * Builds the bundles the command will run (src/cli/bundleCache.mjs) unless they are
 * current, so that the timings below are of commands as a grader runs them again
 * and again; the build, once per change of the sources, is reported apart.
 */
export async function readyBundles(task: Pick<TaskSpec<unknown, unknown, unknown>, 'module'>): Promise<string> {
  const start = performance.now();
  let built = 0;
  if (lookupBundle(CLI_BUNDLE) === null) { await buildBundle(CLI_BUNDLE); built += 1; }
  if (cachedWorkerBundle(task.module) === null) { await bundleWorker(task.module); built += 1; }
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  return built === 0 ? 'the CLI and worker bundles were current' : `built ${built} bundle${built > 1 ? 's' : ''} (the sources changed) in ${seconds} s, before the timings`;
}
