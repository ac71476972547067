import type { Localised } from '../schema';
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { LedgerEntry } from '../ledger';
import type { StreamState } from '../rng';

/** What an action handler sees: the state at the start of the turn (read-only), the static world, and a working copy of the acting company. */
export interface ActionContext {
  state: GameState;
  world: World;
  company: Company;
  /** The next free id for orders and shipments, shared by all companies this turn. */
  ids: { next: number };
  /** The turn being resolved. */
  turn: number;
  journal: LedgerEntry[];
  /** A plain copy of the logistics stream, written back after the phase (draws through a draft are slow). */
  logisticsRng: StreamState;
  /** A plain copy of the crises stream (crisis responses), written back after the phase. */
  crisesRng: StreamState;
  /** The company as the turn found it (the state's, never changed): a record the working copy still shares with it is copied before a change (own.ts). */
  base: Company;
}

export interface Refusal { reason: Localised }

export function refuse(en: string, zh: string): Refusal {
  return { reason: { en, zh } };
}

/** Own-key lookup: ids come from files and forms, so never reach inherited names. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
