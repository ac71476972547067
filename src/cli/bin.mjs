#!/usr/bin/env node
// `npx chuhai`: plain JavaScript, so Node can start it without a build step. It
// teaches Node to load TypeScript (tsx, a devDependency, so `npm ci` installs it)
// and runs the CLI from its sources: a fresh clone needs no build, and the CLI can
// never run a stale copy of the engine. Measured: `chuhai --help` ~0.13 s, a
// command that loads the engine ~0.27 s (tsx caches its transforms on disk).
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
await runCli(process.argv.slice(2));
