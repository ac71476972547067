// Plain-JavaScript bundles of our TypeScript, built by esbuild and kept on disk
// (node_modules/.cache/chuhai) until a source they were built from changes. The
// worker threads of `chuhai grade` and `chuhai simulate` run them (Node 20 gives
// worker threads no loader hooks), and so can the main thread: esbuild's output
// is also faster code than tsx's, which wraps every function it creates in a
// naming call. A bundle is used only while everything it was built from (every
// file esbuild read, the entry text, esbuild's version) is what it was: each file
// with the size and time it had, or else the same contents (SHA-256), so a bundle
// is never staler than its sources.
// Plain JavaScript so that bin.mjs can use it before any TypeScript is loaded.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's root: esbuild's working folder, so input paths are relative to it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'chuhai');
/** Changed whenever the build options below change, so older bundles are not taken for current. */
const RECIPE = 'chuhai-bundle-3';
/** Part of every recipe: a new esbuild may compile the same sources differently. */
const ESBUILD_PACKAGE = 'node_modules/esbuild/package.json';
/**
 * A name's other bundles are removed when it is built again, once unused this long
 * (each use touches the file): a command that started before the sources changed
 * may still start workers from the one it found.
 */
const STALE_MS = 60 * 60 * 1000;

/**
 * @typedef {object} BundleSpec
 * @property {string} name       the file name's stem in the cache (letters, digits, '-')
 * @property {string} entry      the entry module's text (ESM, TypeScript allowed)
 * @property {string} resolveDir the folder the entry's relative imports start from
 */

/**
 * The CLI's own bundle (bin.mjs runs it): main.ts and everything it imports.
 * @type {BundleSpec}
 */
export const CLI_BUNDLE = {
  name: 'cli',
  entry: "export { runCli } from './main.ts';\n",
  resolveDir: fileURLToPath(new URL('.', import.meta.url)),
};

/**
 * The cached bundle's path when it is up to date, else null. Synchronous and
 * cheap, so a command can ask before it decides how to start: when every input
 * file has the size and modification time recorded at the build (~300 stat
 * calls, ~10 ms), it is; when one differs, the contents decide (read and hashed,
 * ~50 ms), so a file touched but not changed does not cost a build.
 * @param {BundleSpec} spec
 * @returns {string | null}
 */
export function lookupBundle(spec) {
  try {
    const manifest = JSON.parse(readFileSync(join(CACHE, `${spec.name}.json`), 'utf8'));
    if (manifest.recipe !== recipeOf(spec) || !Array.isArray(manifest.inputs) || typeof manifest.key !== 'string') return null;
    const inputs = manifest.inputs.map((i) => i[0]);
    const same = manifest.inputs.every(([p, size, mtime]) => {
      const st = statSync(join(ROOT, p));
      return st.size === size && st.mtimeMs === mtime;
    });
    if (!same && keyOf(spec, inputs) !== manifest.key) return null;
    const file = join(CACHE, `${spec.name}-${manifest.key.slice(0, 16)}.mjs`);
    touch(file);
    return file;
  } catch {
    // No manifest, an input gone, a file unreadable: build afresh.
    return null;
  }
}

/**
 * Builds the bundle and stores it in the cache. Where the cache cannot be written
 * (a read-only install) it goes to a temporary folder that `remove` deletes.
 * @param {BundleSpec} spec
 * @returns {Promise<{ file: string, remove(): void }>}
 */
export async function buildBundle(spec) {
  const { build } = await import('esbuild');
  /** @type {Map<string, { digest: string, size: number, mtimeMs: number }>} */
  const read = new Map();
  const out = await build({
    stdin: { contents: spec.entry, resolveDir: spec.resolveDir, loader: 'ts', sourcefile: `${spec.name}-entry.ts` },
    absWorkingDir: ROOT,
    write: false,
    outfile: join(CACHE, `${spec.name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [recordingLoader(read)],
    // Spawns its own binary: loaded from node_modules where a bundle builds another.
    external: ['esbuild'],
    // Node built-ins stay imports; CommonJS packages inside an ES module need require.
    banner: { js: `import { createRequire as __chuhaiRequire } from 'node:module'; const require = __chuhaiRequire(${META_URL});` },
  });
  const code = out.outputFiles[0].contents;
  const inputs = [...read.keys()].sort();
  const key = keyFrom(spec, inputs.map((p) => [p, read.get(p).digest]));
  const file = join(CACHE, `${spec.name}-${key.slice(0, 16)}.mjs`);
  try {
    mkdirSync(CACHE, { recursive: true });
    // Another command may read these while they are written: each appears whole, by rename.
    writeWhole(file, code);
    const stats = inputs.map((p) => [p, read.get(p).size, read.get(p).mtimeMs]);
    writeWhole(join(CACHE, `${spec.name}.json`), JSON.stringify({ recipe: recipeOf(spec), key, inputs: stats }));
    sweep(spec.name, file);
    return { file, remove() {} };
  } catch {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-bundle-'));
    const temp = join(dir, `${spec.name}.mjs`);
    writeFileSync(temp, code);
    return { file: temp, remove: () => rmSync(dir, { recursive: true, force: true }) };
  }
}

/**
 * The cached bundle if current, else a fresh one: the file and how to let go of it.
 * @param {BundleSpec} spec
 * @returns {Promise<{ file: string, remove(): void }>}
 */
export async function bundle(spec) {
  const file = lookupBundle(spec);
  return file ? { file, remove() {} } : buildBundle(spec);
}

/** Spelt in pieces: this file is bundled too, and its own text must survive ownUrls. */
const META_URL = ['import', 'meta', 'url'].join('.');

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.json': 'json', '.js': 'js', '.mjs': 'js', '.cjs': 'js' };

/**
 * Loads every file for esbuild, noting its size and time (taken before it is read:
 * a later change shows in them) and the digest of exactly the text compiled. In
 * our sources, each module's `import.meta.url` stays its own file's URL, as under
 * tsx, so paths built from it (the shipped scenarios, package.json) still resolve.
 */
function recordingLoader(read) {
  return {
    name: 'chuhai-recording-loader',
    setup(b) {
      b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const st = statSync(args.path);
        const bytes = readFileSync(args.path);
        read.set(relative(ROOT, args.path).split(sep).join('/'), { digest: digestOf(bytes), size: st.size, mtimeMs: st.mtimeMs });
        const loader = LOADERS[extname(args.path)] ?? 'js';
        const ours = !relative(ROOT, args.path).split(sep).includes('node_modules');
        const text = bytes.toString('utf8');
        return { contents: ours ? text.replaceAll(META_URL, JSON.stringify(pathToFileURL(args.path).href)) : bytes, loader };
      });
    },
  };
}

/** What the bundle is built from besides its input files: the options, the entry, esbuild. */
function recipeOf(spec) {
  const esbuild = readFileSync(join(ROOT, ESBUILD_PACKAGE));
  return createHash('sha256').update(`${RECIPE}\0${spec.name}\0${spec.resolveDir}\0${spec.entry}\0`).update(esbuild).digest('hex');
}

/** The hash of the recipe and of every input file's path and present contents. */
function keyOf(spec, inputs) {
  return keyFrom(spec, inputs.map((p) => [p, digestOf(readFileSync(join(ROOT, p)))]));
}

function keyFrom(spec, digests) {
  const h = createHash('sha256').update(recipeOf(spec));
  for (const [p, d] of digests) h.update(`${p}\0${d}\0`);
  return h.digest('hex');
}

function digestOf(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Marks a bundle as in use (see sweep); a cache we may read but not write is no reason to rebuild. */
function touch(file) {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    statSync(file);
  }
}

function writeWhole(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Removes this name's bundles left by other sources (not the one just written, nor any used lately). */
function sweep(name, keep) {
  const now = Date.now();
  for (const f of readdirSync(CACHE)) {
    const p = join(CACHE, f);
    if (p === keep || !f.startsWith(`${name}-`) || !(f.endsWith('.mjs') || f.endsWith('.tmp'))) continue;
    try {
      if (now - statSync(p).mtimeMs > STALE_MS) unlinkSync(p);
    } catch { /* another command removed it first */ }
  }
}
