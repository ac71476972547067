#!/usr/bin/env node
// `npx chuhai`: plain JavaScript, so Node can start it without a build step. The
// CLI runs from its TypeScript sources, so a fresh clone needs no build and can
// never run a stale copy of the engine: esbuild bundles them into one file, kept in
// node_modules/.cache/chuhai and used only while every source it was built from is
// unchanged (bundleCache.mjs checks their hashes, ~10 ms). Loading that file costs
// far less than loading ~300 modules through tsx (~0.5 s of CPU on these
// machines), and esbuild's code runs faster than tsx's. With --debug, or when the
// bundle cannot be built, the sources run through tsx (a devDependency) instead,
// so that a stack trace names the source files.
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, buildBundle, lookupBundle } from './bundleCache.mjs';

const args = process.argv.slice(2);
// Started in a folder since deleted, process.cwd() throws, and esbuild (which tsx
// uses too) throws as it loads: with a bundle to rebuild, the command then waited
// forever for tsx's loader. Say so at once instead.
try {
  process.cwd();
} catch {
  process.stderr.write('chuhai: the current folder no longer exists (it was deleted or moved): change to a folder that exists and run the command again\n');
  process.exit(1);
}
const { runCli } = await (args.includes('--debug') ? fromSources() : fromBundle().catch(fromSources));
await runCli(args);

async function fromBundle() {
  let file = lookupBundle(CLI_BUNDLE);
  if (file === null) {
    const built = await buildBundle(CLI_BUNDLE);
    process.once('exit', () => built.remove());
    file = built.file;
  }
  return import(pathToFileURL(file).href);
}

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('./main.ts');
}
