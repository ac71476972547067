// The worker threads' entry: like bin.mjs, it teaches Node to load TypeScript
// (tsx) before importing the worker itself, because loader hooks registered in the
// main thread are not inherited by worker threads on Node 20.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
