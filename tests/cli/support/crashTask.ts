// A task module for tests/cli/pool.test.ts: echoes its task, and kills the worker
// thread that runs it on the tasks named "exit" (process.exit in a worker thread
// ends that thread only), as a crash in native code or an out-of-memory would.
import { isMainThread } from 'node:worker_threads';

export interface CrashInit { tag: string; failStart?: boolean }

export function handler(init: CrashInit): (task: string) => string {
  if (init.failStart) throw new Error('cannot start');
  return (task) => {
    if (task === 'exit' && !isMainThread) process.exit(3);
    if (task === 'throw') throw new Error(`bad task ${task}`);
    return `${init.tag}:${task}`;
  };
}
