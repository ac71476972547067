// Builds the production site into a temporary folder and serves it with Vite's
// preview() API on loopback; close() stops the server so no process is left.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface Site { url: string; outDir: string; close(): Promise<void> }

export async function serveProductionBuild(): Promise<Site> {
  const outDir = mkdtempSync(join(tmpdir(), 'chuhai-build-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return {
    url,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
