// Build-time half of "works offline once loaded" (issue 5 §10): a Vite plugin that,
// in `vite build` only, emits sw.js — worker.ts compiled, with the list of the
// build's own files (what the bundle emits, index.html included, plus anything
// copied from a public folder) and a version hashed from their names and contents.
// A new build therefore has a new sw.js, which the browser installs beside the old
// one; its new cache replaces the old. `npm run dev` never sees the plugin.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

export const WORKER_FILE = 'sw.js';

export interface BuiltFile { readonly name: string; readonly bytes: string | Uint8Array }
export interface Precache { readonly version: string; readonly files: string[] }

/** The files to precache (sorted, the worker itself left out) and a version that changes whenever one of them does. */
export function precacheList(built: readonly BuiltFile[]): Precache {
  const kept = built.filter((f) => f.name !== WORKER_FILE).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of kept) hash.update(f.name).update('\0').update(f.bytes).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files: kept.map((f) => f.name) };
}

/** The worker's source with the list written in. */
export async function workerSource(precache: Precache): Promise<string> {
  const source = readFileSync(new URL('./worker.ts', import.meta.url), 'utf8');
  const out = await transform(source, {
    loader: 'ts', format: 'iife', target: 'es2022', minify: true,
    define: { __PRECACHE__: JSON.stringify(precache) },
  });
  return out.code;
}

function publicFiles(config: ResolvedConfig): BuiltFile[] {
  const dir = config.publicDir;
  if (!config.build.copyPublicDir || !dir || !existsSync(dir)) return [];
  const out: BuiltFile[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ name: relative(dir, p).split(sep).join('/'), bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'chuhai-offline',
    // After Vite's own plugins, so the bundle already holds index.html.
    enforce: 'post',
    // The page registers the worker when the worker is built: in `vite build`, whatever
    // NODE_ENV says (vitest's `test` makes import.meta.env.PROD false in the browser tests' build).
    config: (_user, env) => ({ define: { __OFFLINE_WORKER__: JSON.stringify(env.command === 'build') } }),
    configResolved(resolved) { config = resolved; },
    async generateBundle(_options, bundle) {
      if (config.command !== 'build') return;
      const built: BuiltFile[] = Object.values(bundle).map((f) => ({ name: f.fileName, bytes: f.type === 'chunk' ? f.code : f.source }));
      if (!built.some((f) => f.name === 'index.html')) this.error('the offline worker needs index.html in the bundle');
      const source = await workerSource(precacheList([...built, ...publicFiles(config)]));
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source });
    },
  };
}
