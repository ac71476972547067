// Reading a company's open crises: the multipliers the demand phase applies, and
// the view the game and the bots show (DESIGN.md §7: `crisis`, `crisis-option-<n>`).
// The rules that open, hit and end crises are in phases/crises.ts.
import type { Crisis, Localised } from './schema';
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

export function crisisView(world: World, c: CrisisState): CrisisView {
  const ev = world.events.get(c.event);
  const crisis = ev?.crisis;
  return {
    id: c.id,
    kind: crisis?.kind ?? 'other',
    title: ev?.name ?? { en: c.event, zh: c.event },
    text: ev?.description ?? { en: c.event, zh: c.event },
    startedTurn: c.startedTurn,
    answerBy: c.answerBy,
    options: (crisis?.options ?? []).map((o) => ({ label: o.label, text: o.text, cost: o.cost, odds: o.odds })),
    chosen: c.chosen,
  };
}

export function crisisViews(world: World, company: Company): CrisisView[] {
  return company.crises.map((c) => crisisView(world, c));
}
