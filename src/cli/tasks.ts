// The work a pool worker does (pool.ts, worker.ts), also run in the main thread
// for small batches. Inputs and outputs are plain data: they cross threads by
// structured clone. Each handler loads the scenario once and keeps it.
import type { GradeRow } from '../run';

export interface GradeInit { scenarioPath: string; maxBytes?: number }
export interface SimulateInit { scenarioPath: string; turns?: number }
export interface SimulateTask { bot: string; seed: number }
export interface SimulateOutcome { score: number; bankrupt: boolean; turns: number }

interface Tasks {
  grade: { init: GradeInit; input: string; output: GradeRow };
  simulate: { init: SimulateInit; input: SimulateTask; output: SimulateOutcome };
}

export type TaskKind = keyof Tasks;
export type TaskInit<K extends TaskKind> = Tasks[K]['init'];
export type TaskInput<K extends TaskKind> = Tasks[K]['input'];
export type TaskOutput<K extends TaskKind> = Tasks[K]['output'];
export type Handler<K extends TaskKind> = (input: TaskInput<K>) => TaskOutput<K>;

export async function makeHandler<K extends TaskKind>(kind: K, init: TaskInit<K>): Promise<Handler<K>> {
  // Imported here, not at the top: a worker loads only what its kind needs.
  if (kind === 'grade') return (await import('./gradeTask')).gradeHandler(init as GradeInit) as Handler<K>;
  if (kind === 'simulate') return (await import('./simulateTask')).simulateHandler(init as SimulateInit) as Handler<K>;
  throw new Error(`unknown task kind "${String(kind)}"`);
}
