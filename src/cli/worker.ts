// A pool runner outside the main thread (pool.ts). The bundle's entry calls serve
// with the task module's handler: it prepares once from the init it is given,
// says it is ready, then answers each task. A task's error goes back as a message,
// so the main thread can name the file that caused it.
import { parentPort, workerData } from 'node:worker_threads';

export type ToRunner = { id: number; task: unknown };
export type FromRunner = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export function serve(handler: (init: never) => (task: never) => unknown): void {
  const port = parentPort!;
  const handle = handler((workerData as { init: never }).init);
  const reply = (m: FromRunner): void => port.postMessage(m);
  port.on('message', ({ id, task }: ToRunner) => {
    try {
      reply({ id, ok: true, value: handle(task as never) });
    } catch (err) {
      reply({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
  reply({ ready: true });
}
