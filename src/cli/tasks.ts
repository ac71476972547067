// The work a pool runs (pool.ts): a task module exports `handler(init)`, which
// prepares once (the scenario is handed over already loaded and checked) and
// returns the function that does one task. Inputs and outputs are plain data:
// they cross to worker threads by structured clone.
import type { Scenario } from '../engine';
import type { GradeRow } from '../run';

export interface GradeInit { scenario: Scenario; maxBytes?: number }
export interface SimulateInit { scenario: Scenario; turns?: number }
export interface SimulateTask { bot: string; seed: number }
export interface SimulateOutcome { score: number; bankrupt: boolean; turns: number }

/** A task module's shape: `handler(init)` returns the function that does one task. */
export interface TaskModule<I, T, O> { handler(init: I): (task: T) => O }

/**
 * Where a kind of task is done: a module exporting `handler`. The types ride on
 * the spec so that runPool checks what is passed to it and what comes back.
 */
export interface TaskSpec<I, T, O> {
  /** The module's file (TypeScript source: the worker bundle is built from it). */
  module: URL;
  /**
   * Imports the module in this thread. A static import, so that it is inside the
   * CLI's own bundle (which cannot import TypeScript by file name); without it,
   * the file is imported (under tsx or vitest).
   */
  load?: () => Promise<TaskModule<I, T, O>>;
  /** Never set: carries the types. */
  readonly types?: TaskModule<I, T, O>;
}

export const GRADE_TASK: TaskSpec<GradeInit, string, GradeRow> = {
  module: new URL('./gradeTask.ts', import.meta.url),
  load: () => import('./gradeTask'),
};
export const SIMULATE_TASK: TaskSpec<SimulateInit, SimulateTask, SimulateOutcome> = {
  module: new URL('./simulateTask.ts', import.meta.url),
  load: () => import('./simulateTask'),
};

export async function loadHandler<I, T, O>(spec: TaskSpec<I, T, O>, init: I): Promise<(task: T) => O> {
  const mod = spec.load ? await spec.load() : ((await import(spec.module.href)) as TaskModule<I, T, O>);
  return mod.handler(init);
}
