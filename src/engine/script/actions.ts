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
  // XState hands back the config's own (frozen) params object each time the
  // action runs: parse it once. Effects are never changed after parsing.
  const cacheable = typeof params === 'object' && params !== null;
  const hit = cacheable ? parsedEffects.get(params)?.get(type) : undefined;
  if (hit) return { effect: hit };
  const result = parseEffect(type, params);
  if (cacheable && 'effect' in result) {
    const byType = parsedEffects.get(params) ?? new Map<string, ScriptEffect>();
    byType.set(type, result.effect);
    parsedEffects.set(params, byType);
  }
  return result;
}

const parsedEffects = new WeakMap<object, Map<string, ScriptEffect>>();

function parseEffect(type: string, params: unknown): { effect: ScriptEffect } | { reason: string } {
  const schema = ACTIONS.get(type);
  if (!schema) return { reason: `unknown action "${type}"` };
  const parsed = schema.safeParse({ type, params });
  if (!parsed.success) return { reason: `action "${type}" has invalid params: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { effect: parsed.data };
}
