// Reading a company's open crises: the multipliers the demand phase applies, and
// the view the game and the bots show (DESIGN.md §7: `crisis`, `crisis-option-<n>`).
// The rules that open, hit and end crises are in phases/crises.ts.
import type { Crisis, CrisisOption, Localised, Scenario } from './schema';
import type { Company, CrisisState } from './state';
import type { World } from './world';

export interface CrisisOptionView { label: Localised; text: Localised; cost: number; odds: number }

export interface CrisisView {
  id: string;
  kind: string;
  title: Localised;
  text: Localised;
  startedTurn: number;
  /** The last turn in which a response is accepted. */
  answerBy: number;
  options: CrisisOptionView[];
  /** The option chosen, or null while unanswered. */
  chosen: number | null;
}

export function crisisOf(world: World, event: string): Crisis | undefined {
  return world.events.get(event)?.crisis;
}

/** An impact's multiplier at a severity: the full effect at 1, none at 0. */
export function scaled(multiply: number, severity: number): number {
  return Math.max(0, 1 + (multiply - 1) * severity);
}

/**
 * The product of the company's active `demand` or `cartRate` impacts in a market.
 * Called per listing: a company without crises returns at once.
 */
export function crisisFactor(world: World, company: Company, market: string, kind: 'demand' | 'cartRate'): number {
  const crises = company.crises;
  if (crises.length === 0) return 1;
  let f = 1;
  for (const c of crises) {
    const crisis = crisisOf(world, c.event);
    if (!crisis) continue;
    for (const i of crisis.impacts) {
      if (i.kind === kind && (i.market === undefined || i.market === market)) f *= scaled(i.multiply, c.severity);
    }
  }
  return f;
}

/** Qualifying a backup supplier when the scenario does not say: an audit, samples and a trial order (model assumption). */
export const BACKUP_SUPPLIER = { cost: 2000000, turns: 4 } as const;

/** Qualifying a backup supplier in this scenario: its cost and turns (compliance.backupSupplier, else BACKUP_SUPPLIER). */
export function backupSupplierRules(scenario: Scenario): { cost: number; turns: number } {
  return scenario.compliance.backupSupplier ?? BACKUP_SUPPLIER;
}

/**
 * Whether a backup supplier can change anything here: only a crisis option with
 * `withBackupSupplier` terms reads it, so in a scenario without one, qualifying
 * would be money for nothing (the action is refused and the game does not offer it).
 */
export function backupSupplierUseful(scenario: Scenario): boolean {
  return scenario.events.some((e) => e.crisis?.options.some((o) => o.withBackupSupplier !== undefined) ?? false);
}

/** Whether the company's backup supplier can take over in `turn`. */
function hasBackupSupplier(company: Company, turn: number): boolean {
  const b = company.compliance.backupSupplier;
  return b !== undefined && b.effectiveTurn <= turn;
}

/** An option's cost and odds for the company answering in `turn`: its `withBackupSupplier` terms once a backup is in effect. */
export function optionFor(option: CrisisOption, company: Company, turn: number): { cost: number; odds: number } {
  const backup = option.withBackupSupplier;
  if (backup === undefined || !hasBackupSupplier(company, turn)) return { cost: option.cost, odds: option.odds };
  return { cost: backup.cost ?? option.cost, odds: backup.odds ?? 1 };
}

/** The view of a crisis; with `company`, its options' cost and odds are that company's for an answer in `turn`. */
export function crisisView(world: World, c: CrisisState, company?: Company, turn = 0): CrisisView {
  const ev = world.events.get(c.event);
  const crisis = ev?.crisis;
  return {
    id: c.id,
    kind: crisis?.kind ?? 'other',
    title: ev?.name ?? { en: c.event, zh: c.event },
    text: ev?.description ?? { en: c.event, zh: c.event },
    startedTurn: c.startedTurn,
    answerBy: c.answerBy,
    options: (crisis?.options ?? []).map((o) => {
      const { cost, odds } = company ? optionFor(o, company, turn) : o;
      return { label: o.label, text: o.text, cost, odds };
    }),
    chosen: c.chosen,
  };
}

/** The company's open crises, priced for an answer in `turn` (the next turn after a report or a view of the state). */
export function crisisViews(world: World, company: Company, turn: number): CrisisView[] {
  return company.crises.map((c) => crisisView(world, c, company, turn));
}
