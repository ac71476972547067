import type { Localised } from '../schema';
import type { Company, GameState } from '../state';
import type { World } from '../world';
import type { LedgerEntry } from '../ledger';

/** What an action handler sees: the draft state, the static world, the acting company. */
export interface ActionContext {
  state: GameState;
  world: World;
  company: Company;
  /** The turn being resolved. */
  turn: number;
  journal: LedgerEntry[];
}

export interface Refusal { reason: Localised }

export function refuse(en: string, zh: string): Refusal {
  return { reason: { en, zh } };
}

/** Own-key lookup: ids come from files and forms, so never reach inherited names. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
