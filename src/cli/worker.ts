// One worker thread of the pool (pool.ts): builds the task handler once from
// workerData (loading the scenario once), then answers each task message. Errors
// go back as messages, so the main thread can name the file that caused one.
import { parentPort, workerData } from 'node:worker_threads';
import { makeHandler, type TaskKind } from './tasks';

const { kind, init } = workerData as { kind: TaskKind; init: never };
const handle = await makeHandler(kind, init);

parentPort!.on('message', ({ id, task }: { id: number; task: never }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: handle(task) });
  } catch (err) {
    parentPort!.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
