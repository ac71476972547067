// How a worker's young-generation size (pool.ts YOUNG_GENERATION_MB) changes the
// cost of replaying campaign files: scavenges and the process's CPU seconds for
// FILES files graded in one worker thread, each size in turn, REPEATS times.
// Run: npx tsx tests/cli/bench/young.bench.ts (made to choose the constant; not in npm run bench).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadScenario } from '../../../src/scenario/load';
import { playRun, serializeRun } from '../../../src/run';
import { botActions, getBot } from '../../../src/bots';
import { GRADE_TASK } from '../../../src/cli/tasks';
import { bundleWorker, cachedWorkerBundle } from '../../../src/cli/workerBundle';
import { median } from './common';

const FILES = Number(process.env.BENCH_YOUNG_FILES ?? 100);
const REPEATS = Number(process.env.BENCH_YOUNG_REPEATS ?? 3);
const SIZES = [0, 48, 96, 192]; // 0: V8's default

const loaded = loadScenario(readFileSync(new URL('../../../scenarios/campaign-global.json', import.meta.url)));
if (!loaded.ok) throw new Error('campaign-global does not load');
const scenario = loaded.scenario;
const dir = mkdtempSync(join(tmpdir(), 'chuhai-young-bench-'));
const files: string[] = [];
const bot = getBot('balanced')!;
for (let i = 1; i <= FILES; i += 1) {
  const { run } = playRun(scenario, { studentId: `s${i}`, decide: (s, last) => botActions(bot, s, last) });
  files.push(join(dir, `s${i}.json`));
  writeFileSync(files.at(-1)!, serializeRun(run));
}
const bundle = cachedWorkerBundle(GRADE_TASK.module) ?? (await bundleWorker(GRADE_TASK.module));

// The worker grades every file itself (not through the pool) and reports its scavenges and CPU time.
const body = `
import { parentPort, workerData } from 'node:worker_threads';
import { PerformanceObserver } from 'node:perf_hooks';
let gcs = 0;
new PerformanceObserver((l) => { gcs += l.getEntries().length; }).observe({ entryTypes: ['gc'] });
const { handler } = await import(workerData.bundle);
const grade = handler({ scenario: workerData.scenario });
const start = process.cpuUsage();
for (const f of workerData.files) if (grade(f).status !== 'ok') throw new Error(f + ' is not ok');
await new Promise((r) => setTimeout(r, 10));
const cpu = process.cpuUsage(start);
parentPort.postMessage({ gcs, cpu: (cpu.user + cpu.system) / 1e6 });
`;
const script = join(dir, 'body.mjs');
writeFileSync(script, body);

function once(mb: number): Promise<{ gcs: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script, {
      workerData: { bundle: bundle.file.href, scenario, files },
      ...(mb > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: mb } } : {}),
    });
    w.once('message', (m: { gcs: number; cpu: number }) => { void w.terminate(); resolve(m); });
    w.once('error', reject);
  });
}

try {
  const seen = new Map<number, { gcs: number; cpu: number }[]>(SIZES.map((s) => [s, []]));
  for (let r = 0; r < REPEATS; r += 1) for (const mb of SIZES) seen.get(mb)!.push(await once(mb));
  for (const [mb, xs] of seen) {
    const name = mb === 0 ? 'default' : `${mb} MB`;
    console.log(`young generation ${name.padEnd(8)}: ${median(xs.map((x) => x.gcs))} collections, ${median(xs.map((x) => x.cpu)).toFixed(2)} s CPU `
      + `for ${FILES} files in one worker (median of ${REPEATS}; the process's CPU, GC threads included)`);
  }
} finally {
  bundle.remove();
  rmSync(dir, { recursive: true, force: true });
}
