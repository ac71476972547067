// Scenario scripts (DESIGN.md §5): an XState machine in plain JSON, advanced once
// per turn with the turn's facts, whose actions come back as effects for the
// engine to apply.
export type { TurnFacts, TurnEvent } from './facts';
export type { ScriptEffect } from './actions';
export type { ScriptSnapshot } from './snapshot';
export type { ScriptMachine } from './machine';
export type { ScriptStep } from './run';
export { GUARDS, type GuardCheck } from './guards';
export { ACTIONS } from './actions';
export { createScriptMachine } from './machine';
export { startScript, advanceScript } from './run';
export { validateScript } from './validate';
export { isQuietTurn } from './quiet';
export { advanceScriptMemo, startScriptMemo } from './memo';
