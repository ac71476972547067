// A task module and the runner loop as one plain-JavaScript file for worker
// threads. Loading the TypeScript sources through tsx in every worker cost ~0.6 s
// of CPU per worker (each runs its own loader thread and compiles module by
// module); esbuild bundles them in ~0.2 s, in its own process, so the main thread
// grades meanwhile. The bundle goes to a temporary folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface WorkerBundle { file: URL; remove(): void }

export async function bundleWorker(taskModule: URL): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-worker-'));
  const outfile = join(dir, 'worker.mjs');
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const here = fileURLToPath(new URL('.', import.meta.url));
  try {
    await build({
      stdin: {
        contents: `import { serve } from ${JSON.stringify(join(here, 'worker.ts'))};\n`
          + `import { handler } from ${JSON.stringify(fileURLToPath(taskModule))};\nserve(handler);\n`,
        resolveDir: dirname(fileURLToPath(taskModule)),
        loader: 'ts',
        sourcefile: 'chuhai-worker-entry.ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Node built-ins stay imports; CommonJS packages inside an ES module need require.
      banner: { js: "import { createRequire as __chuhaiRequire } from 'node:module'; const require = __chuhaiRequire(import.meta.url);" },
    });
  } catch (err) {
    remove();
    throw err;
  }
  return { file: new URL(`file://${outfile}`), remove };
}
