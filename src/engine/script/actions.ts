// The actions a scenario script may name (scenario `script`, ActionRef). XState
// never runs them: the pure transition functions hand them back, and the engine
// applies them as ScriptEffect values (src/engine/phases/script.ts).
import { ActionRef } from '../schema';

/** What a script asks the engine to do; the script module never changes game state. */
export type ScriptEffect = ActionRef;

/** The action registry: each name with the schema of its `{ type, params }`. */
export const ACTIONS: ReadonlyMap<string, (typeof ActionRef.options)[number]> = new Map(
  ActionRef.options.map((option) => [option.shape.type.value, option]),
);

/**
 * The effect an executed action stands for, or a reason it has none. Parsing
 * copies the params, so an effect shares nothing with the (frozen) scenario.
 */
export function toEffect(type: string, params: unknown): { effect: ScriptEffect } | { reason: string } {
  const schema = ACTIONS.get(type);
  if (!schema) return { reason: `unknown action "${type}"` };
  const parsed = schema.safeParse({ type, params });
  if (!parsed.success) return { reason: `action "${type}" has invalid params: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { effect: parsed.data };
}
