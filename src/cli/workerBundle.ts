// The worker threads' code as one plain-JavaScript file. Loading the TypeScript
// sources through tsx in every worker cost ~0.6 s of CPU per worker (each runs
// its own loader thread and compiles module by module), as much as grading forty
// run files; esbuild bundles worker.ts with everything it imports in ~0.2 s, once
// per command, into a temporary folder that is removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface WorkerBundle { file: URL; remove(): void }

export function bundleWorker(): WorkerBundle {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-worker-'));
  const outfile = join(dir, 'worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Node built-ins stay imports; CommonJS packages inside an ES module need require.
    banner: { js: "import { createRequire as __chuhaiRequire } from 'node:module'; const require = __chuhaiRequire(import.meta.url);" },
  });
  return { file: new URL(`file://${outfile}`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
