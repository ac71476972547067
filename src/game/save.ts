// The autosave (issue 5 §5): after every turn the game writes what it needs to
// rebuild the run — the scenario's text, the seed and how it was chosen, every
// turn's actions with the state hash after it, and the decisions pending in the
// turn being played. Resuming replays the actions and compares the hashes, so a
// reload gives exactly the same state or says why it cannot. A save that cannot
// be read is never dropped without a word: writing first keeps the previous
// good save under a second key (and a damaged one under a third).
import { z } from 'zod';
import { RULES_VERSION, scenarioHash } from '../engine';
import { chooseSeed } from '../run';
import { loadScenario } from '../scenario/load';
import { Session } from './session';

export const SAVE_KEY = 'chuhai.save';
export const PREVIOUS_KEY = 'chuhai.save.previous';
export const DAMAGED_KEY = 'chuhai.save.damaged';
export const SAVE_FORMAT = 'chuhai-save';
export const SAVE_VERSION = 1;

const Hash = z.string().regex(/^[0-9a-f]{16}$/);
const ActionList = z.array(z.record(z.string(), z.unknown())).max(1000);

const SaveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  rulesVersion: z.number().int(),
  scenario: z.strictObject({ id: z.string().min(1).max(200), hash: Hash, text: z.string().min(2).max(4_000_000) }),
  seed: z.number().int().min(0).max(0xffffffff),
  seedPolicy: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), studentId: z.string().min(1).max(200).optional() }),
    z.strictObject({ kind: z.literal('perStudent'), studentId: z.string().min(1).max(200) }),
  ]),
  turns: z.array(z.strictObject({ actions: z.array(z.unknown()).max(1000), hash: Hash })).max(104),
  hash: Hash,
  pending: ActionList,
});
export type SaveFile = z.infer<typeof SaveSchema>;

/** Why a save cannot be resumed; `detail` names what and where (English, for the record; the screen shows a localised reason). */
export type SaveProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'foreign'; detail: string }
  | { kind: 'version'; detail: string }
  | { kind: 'scenario'; detail: string }
  | { kind: 'mismatch'; detail: string; turn: number };

export function encodeSave(session: Session, pending: readonly Record<string, unknown>[]): string {
  const save: SaveFile = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    rulesVersion: RULES_VERSION,
    scenario: { id: session.scenario.id, hash: session.scenarioHash, text: session.scenarioText },
    seed: session.seed,
    seedPolicy: session.seedPolicy,
    turns: session.turns.map((t) => ({ actions: t.actions, hash: t.hash })),
    hash: session.hash(),
    pending: pending.map((a) => ({ ...a })),
  };
  return JSON.stringify(save);
}

export function decodeSave(text: string): { ok: true; save: SaveFile } | { ok: false; problem: SaveProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: `not JSON: ${err instanceof Error ? err.message : String(err)}` } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: { kind: 'corrupt', detail: 'not a JSON object' } };
  const v = value as Record<string, unknown>;
  if (v.format !== SAVE_FORMAT) return { ok: false, problem: { kind: 'foreign', detail: `"format" is ${JSON.stringify(v.format ?? null)}, not "${SAVE_FORMAT}"` } };
  if (v.version !== SAVE_VERSION) return { ok: false, problem: { kind: 'version', detail: `save version ${JSON.stringify(v.version ?? null)}; this game reads version ${SAVE_VERSION}` } };
  const parsed = SaveSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, problem: { kind: 'corrupt', detail: `${i ? i.path.join('.') || '(root)' : '(root)'}: ${i?.message ?? 'invalid'}` } };
  }
  if (parsed.data.rulesVersion !== RULES_VERSION) {
    return { ok: false, problem: { kind: 'version', detail: `saved with rules version ${parsed.data.rulesVersion}; this game has rules version ${RULES_VERSION}` } };
  }
  return { ok: true, save: parsed.data };
}

/** Rebuilds the session by replaying the saved actions; every turn's hash must match. */
export function restoreSave(save: SaveFile): { ok: true; session: Session; pending: Record<string, unknown>[] } | { ok: false; problem: SaveProblem } {
  const loaded = loadScenario(save.scenario.text);
  if (!loaded.ok) {
    const p = loaded.problems[0]!;
    return { ok: false, problem: { kind: 'scenario', detail: `${p.path}: ${p.message}` } };
  }
  const scenario = loaded.scenario;
  if (scenario.id !== save.scenario.id || scenarioHash(scenario) !== save.scenario.hash) {
    return { ok: false, problem: { kind: 'scenario', detail: `the saved scenario text does not match its id and hash (${save.scenario.id}, ${save.scenario.hash})` } };
  }
  let expected: number;
  try {
    expected = chooseSeed(scenario, save.seedPolicy.studentId === undefined ? {} : { studentId: save.seedPolicy.studentId }).seed;
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: err instanceof Error ? err.message : String(err) } };
  }
  if (expected !== save.seed) return { ok: false, problem: { kind: 'corrupt', detail: `seed ${save.seed} is not the one the scenario gives (${expected})` } };
  if (save.turns.length > scenario.turns) return { ok: false, problem: { kind: 'corrupt', detail: `${save.turns.length} turns saved; the scenario has ${scenario.turns}` } };
  const session = new Session({ scenario, scenarioText: save.scenario.text, seed: save.seed, seedPolicy: save.seedPolicy });
  try {
    for (let i = 0; i < save.turns.length; i++) {
      session.play(save.turns[i]!.actions);
      if (session.turns[i]!.hash !== save.turns[i]!.hash) {
        return { ok: false, problem: { kind: 'mismatch', turn: i + 1, detail: `turn ${i + 1}: saved state hash ${save.turns[i]!.hash}, replay gives ${session.turns[i]!.hash}` } };
      }
    }
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: `replay failed: ${err instanceof Error ? err.message : String(err)}` } };
  }
  if (session.hash() !== save.hash) return { ok: false, problem: { kind: 'mismatch', turn: save.turns.length, detail: `final state hash ${save.hash}, replay gives ${session.hash()}` } };
  return { ok: true, session, pending: save.pending as Record<string, unknown>[] };
}

/** The part of Web Storage the autosave uses (a Map stands in for it in Node tests). */
export interface KeyValueStore { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }

/**
 * Writes the save. What is under the key now is kept first: a good save moves to
 * PREVIOUS_KEY; anything else there (damaged, foreign) moves to DAMAGED_KEY.
 * Returns an error message instead of throwing (storage full or disabled).
 */
export function writeSave(store: KeyValueStore, text: string): string | null {
  try {
    const current = store.getItem(SAVE_KEY);
    if (current !== null && current !== text) {
      if (decodeSave(current).ok) store.setItem(PREVIOUS_KEY, current);
      else store.setItem(DAMAGED_KEY, current);
    }
    store.setItem(SAVE_KEY, text);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export type SaveSlot =
  | { kind: 'none' }
  | { kind: 'good'; save: SaveFile }
  | { kind: 'bad'; text: string; problem: SaveProblem };

export function readSlot(store: KeyValueStore, key: string): SaveSlot {
  let text: string | null;
  try { text = store.getItem(key); } catch { text = null; }
  if (text === null) return { kind: 'none' };
  const d = decodeSave(text);
  return d.ok ? { kind: 'good', save: d.save } : { kind: 'bad', text, problem: d.problem };
}

/** Sets a damaged save aside (under DAMAGED_KEY) so a new game can start without losing it. */
export function setAside(store: KeyValueStore): string | null {
  try {
    const current = store.getItem(SAVE_KEY);
    if (current !== null) store.setItem(DAMAGED_KEY, current);
    store.removeItem(SAVE_KEY);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
