// The autosave (issue 5 §5): after every turn the game writes what it needs to
// rebuild the run — the scenario's text, the seed and how it was chosen, every
// turn's actions with the state hash after it, and the decisions pending in the
// turn being played. Resuming replays the actions and compares the hashes, so a
// reload gives exactly the same state or says why it cannot. A save that cannot
// be read is never dropped without a word: writing first keeps the previous
// good save under a second key (and a damaged one under a third). Pending
// decisions the engine would not accept are left out when the game resumes, each
// named with the reason (savedPending.ts), and the save that held them is kept
// under the third key when the game next saves.
import { z } from 'zod';
import { RULES_VERSION, scenarioHash } from '../engine';
import { chooseSeed } from '../run';
import { loadScenario } from '../scenario/load';
import { Session } from './session';
import { checkPending, type DroppedDecision } from './savedPending';
import { issueWords, why, type SaveReason } from './saveWords';

export type { SaveReason } from './saveWords';
export type { DroppedDecision } from './savedPending';

export const SAVE_KEY = 'chuhai.save';
export const PREVIOUS_KEY = 'chuhai.save.previous';
export const DAMAGED_KEY = 'chuhai.save.damaged';
export const SAVE_FORMAT = 'chuhai-save';
export const SAVE_VERSION = 1;

const Hash = z.string().regex(/^[0-9a-f]{16}$/);
// Each pending decision is checked on its own (savedPending.ts): one bad decision
// drops itself, not the whole save.
const PendingDecisions = z.array(z.unknown()).max(1000);

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
  pending: PendingDecisions,
});
export type SaveFile = z.infer<typeof SaveSchema>;

/**
 * Why a save cannot be resumed; `detail` names what and where (English, for the
 * record), `reason` says the same through the string tables (title.ts shows it).
 */
export type SaveProblem =
  | { kind: 'corrupt'; detail: string; reason: SaveReason }
  | { kind: 'foreign'; detail: string; reason: SaveReason }
  | { kind: 'version'; detail: string; reason: SaveReason; replayable?: SaveFile }
  | { kind: 'scenario'; detail: string; reason: SaveReason }
  | { kind: 'mismatch'; detail: string; reason: SaveReason; turn: number };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

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

/**
 * The save read and checked; `dropped`: its pending decisions that resuming will
 * leave out, and why (the save box names them before the student continues).
 */
export function decodeSave(text: string): { ok: true; save: SaveFile; dropped: DroppedDecision[] } | { ok: false; problem: SaveProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: `not JSON: ${message(err)}`, reason: why('saveDetail.notJson', { error: message(err) }) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: { kind: 'corrupt', detail: 'not a JSON object', reason: why('saveDetail.notObject') } };
  const v = value as Record<string, unknown>;
  if (v.format !== SAVE_FORMAT) {
    const format = JSON.stringify(v.format ?? null);
    return { ok: false, problem: { kind: 'foreign', detail: `"format" is ${format}, not "${SAVE_FORMAT}"`, reason: why('saveDetail.format', { value: format, want: SAVE_FORMAT }) } };
  }
  if (v.version !== SAVE_VERSION) {
    const version = JSON.stringify(v.version ?? null);
    return { ok: false, problem: { kind: 'version', detail: `save version ${version}; this game reads version ${SAVE_VERSION}`, reason: why('saveDetail.version', { value: version, want: SAVE_VERSION }) } };
  }
  const parsed = SaveSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const path = i ? i.path.join('.') || '(root)' : '(root)';
    return { ok: false, problem: { kind: 'corrupt', detail: `${path}: ${i?.message ?? 'invalid'}`, reason: why('saveDetail.field', { path, problem: issueWords(i?.code ?? '') }) } };
  }
  if (parsed.data.rulesVersion !== RULES_VERSION) {
    const saved = parsed.data.rulesVersion;
    const problem: SaveProblem = { kind: 'version', detail: `saved with rules version ${saved}; this game has rules version ${RULES_VERSION}`, reason: why('saveDetail.rules', { saved, now: RULES_VERSION }) };
    // An older game's decisions can be played again under these rules (restoreSave
    // with underNewRules): its scenario, seed and actions are all here. Not a newer
    // one's: this build may not know its actions.
    if (saved < RULES_VERSION) problem.replayable = parsed.data;
    return { ok: false, problem };
  }
  return { ok: true, save: parsed.data, dropped: checkPending(parsed.data.pending).dropped };
}

/**
 * Rebuilds the session by replaying the saved actions; every turn's hash must match.
 * `underNewRules`: a save from older rules (decodeSave's `replayable`), whose hashes
 * were those rules' and cannot match: its decisions are played again under these
 * rules, so the results may differ from what the player saw, and nothing is compared.
 */
export function restoreSave(save: SaveFile, underNewRules = false): { ok: true; session: Session; pending: Record<string, unknown>[]; dropped: DroppedDecision[] } | { ok: false; problem: SaveProblem } {
  const loaded = loadScenario(save.scenario.text);
  if (!loaded.ok) {
    const p = loaded.problems[0]!;
    return { ok: false, problem: { kind: 'scenario', detail: `${p.path}: ${p.message}`, reason: why('saveDetail.scenarioText', { path: p.path, message: p.message }) } };
  }
  const scenario = loaded.scenario;
  if (scenario.id !== save.scenario.id || scenarioHash(scenario) !== save.scenario.hash) {
    const { id, hash } = save.scenario;
    return { ok: false, problem: { kind: 'scenario', detail: `the saved scenario text does not match its id and hash (${id}, ${hash})`, reason: why('saveDetail.scenarioHash', { id, hash }) } };
  }
  let expected: number;
  try {
    expected = chooseSeed(scenario, save.seedPolicy.studentId === undefined ? {} : { studentId: save.seedPolicy.studentId }).seed;
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: message(err), reason: why('saveDetail.seedPolicy', { error: message(err) }) } };
  }
  if (expected !== save.seed) {
    return { ok: false, problem: { kind: 'corrupt', detail: `seed ${save.seed} is not the one the scenario gives (${expected})`, reason: why('saveDetail.seed', { seed: save.seed, want: expected }) } };
  }
  if (save.turns.length > scenario.turns) {
    const n = save.turns.length;
    return { ok: false, problem: { kind: 'corrupt', detail: `${n} turns saved; the scenario has ${scenario.turns}`, reason: why('saveDetail.tooMany', { n, total: scenario.turns }) } };
  }
  const session = new Session({ scenario, scenarioText: save.scenario.text, seed: save.seed, seedPolicy: save.seedPolicy });
  try {
    for (let i = 0; i < save.turns.length; i++) {
      // Under other rules the run may end sooner (a bankruptcy): no turn is played after its end.
      if (underNewRules && session.finished) break;
      session.play(save.turns[i]!.actions);
      if (!underNewRules && session.turns[i]!.hash !== save.turns[i]!.hash) {
        const [turn, saved, got] = [i + 1, save.turns[i]!.hash, session.turns[i]!.hash];
        return { ok: false, problem: { kind: 'mismatch', turn, detail: `turn ${turn}: saved state hash ${saved}, replay gives ${got}`, reason: why('saveDetail.turnHash', { turn, saved, got }) } };
      }
    }
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', detail: `replay failed: ${message(err)}`, reason: why('saveDetail.replayFailed', { error: message(err) }) } };
  }
  if (!underNewRules && session.hash() !== save.hash) {
    const [saved, got] = [save.hash, session.hash()];
    return { ok: false, problem: { kind: 'mismatch', turn: save.turns.length, detail: `final state hash ${saved}, replay gives ${got}`, reason: why('saveDetail.finalHash', { saved, got }) } };
  }
  // Only decisions the engine accepts reach the pending list; the others are named.
  const { kept, dropped } = checkPending(save.pending);
  return { ok: true, session, pending: kept, dropped };
}

/** The part of Web Storage the autosave uses (a Map stands in for it in Node tests). */
export interface KeyValueStore { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }

/**
 * Writes the save. What is under the key now is kept first: a good save moves to
 * PREVIOUS_KEY; anything else there (damaged, foreign, or holding pending decisions
 * that resuming left out) moves to DAMAGED_KEY, so what was left out is still there.
 * Returns an error message instead of throwing (storage full or disabled).
 */
export function writeSave(store: KeyValueStore, text: string): string | null {
  try {
    const current = store.getItem(SAVE_KEY);
    if (current !== null && current !== text) {
      const d = decodeSave(current);
      if (d.ok && d.dropped.length === 0) store.setItem(PREVIOUS_KEY, current);
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
  | { kind: 'good'; save: SaveFile; text: string; dropped: DroppedDecision[] }
  | { kind: 'bad'; text: string; problem: SaveProblem };

export function readSlot(store: KeyValueStore, key: string): SaveSlot {
  let text: string | null;
  try { text = store.getItem(key); } catch { text = null; }
  if (text === null) return { kind: 'none' };
  const d = decodeSave(text);
  return d.ok ? { kind: 'good', save: d.save, text, dropped: d.dropped } : { kind: 'bad', text, problem: d.problem };
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
