// A pool runner outside the main thread (pool.ts). The bundle's entry calls serve
// with the task module's handler: it prepares once from the init, its first
// message, says it is ready, then answers each task. A task's error goes back as a
// message, so the main thread can name the file that caused it; an init the
// handler refuses ends the worker (its 'error' event says why).
import { parentPort } from 'node:worker_threads';

export type ToRunner = { init: unknown } | { id: number; task: unknown };
export type FromRunner = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export function serve(handler: (init: never) => (task: never) => unknown): void {
  const port = parentPort!;
  let handle: ((task: never) => unknown) | null = null;
  const reply = (m: FromRunner): void => port.postMessage(m);
  port.on('message', (m: ToRunner) => {
    if ('init' in m) {
      handle = handler(m.init as never);
      reply({ ready: true });
      return;
    }
    try {
      reply({ id: m.id, ok: true, value: handle!(m.task as never) });
    } catch (err) {
      reply({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
