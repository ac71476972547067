// The bundles the CLI and its worker threads run (src/cli/bundleCache.mjs): a cached
// bundle is used only while every file it was built from is unchanged, so the CLI
// never runs code older than its sources.
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildBundle, lookupBundle, type BundleSpec } from '../../src/cli/bundleCache.mjs';

// Inside the repository (esbuild's working folder), in a git-ignored scratch folder.
const dir = join(ROOT, `.scratch-bundle-test-${process.pid}`);
const name = `test-${process.pid}`;
const cache = join(ROOT, 'node_modules', '.cache', 'chuhai');
mkdirSync(dir, { recursive: true });
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of readdirSync(cache)) if (f.startsWith(name)) rmSync(join(cache, f), { force: true });
});

const spec: BundleSpec = { name, entry: "export { answer, where } from './a.ts';\n", resolveDir: dir };
const load = async (file: string) => (await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`)) as { answer: number; where: string };

describe('bundleCache', () => {
  it('serves a bundle only while every source is unchanged, and rebuilds from the new sources', async () => {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const answer: number = b + 1;\nexport const where = import.meta.url;\n");
    writeFileSync(join(dir, 'b.ts'), 'export const b = 41;\n');
    expect(lookupBundle(spec)).toBeNull();
    const first = await buildBundle(spec);
    expect(lookupBundle(spec)).toBe(first.file);
    const mod = await load(first.file);
    expect(mod.answer).toBe(42);
    // import.meta.url is the source's own, as when the sources run through tsx.
    expect(mod.where).toBe(pathToFileURL(join(dir, 'a.ts')).href);

    // Touched, same contents: still current.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'b.ts'), later, later);
    expect(lookupBundle(spec)).toBe(first.file);

    // A file the entry reaches only through another changes: stale, even at the same size.
    writeFileSync(join(dir, 'b.ts'), 'export const b = 99;\n');
    expect(lookupBundle(spec)).toBeNull();
    const second = await buildBundle(spec);
    expect(second.file).not.toBe(first.file);
    expect((await load(second.file)).answer).toBe(100);

    // Another entry text is another bundle.
    expect(lookupBundle({ ...spec, entry: "export { answer } from './a.ts';\n" })).toBeNull();
    rmSync(join(dir, 'b.ts'));
    expect(lookupBundle(spec)).toBeNull();
  });
});
