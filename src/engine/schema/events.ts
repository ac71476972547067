import { z } from 'zod';
import { CurrencyCode, Fraction, Id, Localised, Source } from './common';
import { KpiKey } from './kpi';
import { Crisis } from './crisis';

/** What an event may change while it is active (a fixed registry: scenarios carry no code). */
export const EFFECT_KINDS = [
  'demand', 'cartRate', 'freightCost', 'transitDays', 'customsDays', 'lossRate',
  'commission', 'dutyRate', 'fxRate',
] as const;

export const Effect = z.strictObject({
  kind: z.enum(EFFECT_KINDS),
  market: Id.optional().describe('Limit to one market (demand, cartRate, dutyRate, freightCost, transitDays, customsDays, lossRate, commission).'),
  carrier: Id.optional().describe('Limit to one carrier (freightCost, transitDays, customsDays, lossRate).'),
  channel: Id.optional().describe('Limit to one channel (commission).'),
  currency: CurrencyCode.optional().describe('The currency an fxRate shock moves.'),
  multiply: z.number().min(0).max(20).default(1),
  add: z.number().min(-1000).max(1000).default(0).describe('Added after multiplying (days for delays, fraction points for rates).'),
});

export const EventType = z.strictObject({
  id: Id,
  name: Localised,
  description: Localised,
  durationTurns: z.number().int().min(1).max(104),
  chancePerTurn: Fraction.default(0).describe('Odds of starting on its own in any turn; 0 = only when a script triggers it.'),
  effects: z.array(Effect).max(20),
  crisis: Crisis.optional().describe('Makes the event a crisis each student company must answer (schema/crisis.ts).'),
  source: Source,
});
export type EventType = z.infer<typeof EventType>;
export type Effect = z.infer<typeof Effect>;

/** Parameters a scenario script may set with `setParameter` (a fixed registry). */
export const PARAMETERS = [
  'market.vatRate', 'market.dutyRate', 'market.dutyFreeThreshold', 'market.vatFreeThreshold',
  'market.perItemDuty', 'market.priceSensitivity', 'market.demandFactor',
  'channel.commission', 'channel.feePerOrder', 'carrier.costFactor', 'carrier.extraDays',
] as const;
export const Parameter = z.enum(PARAMETERS);
export type Parameter = z.infer<typeof Parameter>;

export const Objective = z.strictObject({
  id: Id,
  text: Localised,
  kpi: KpiKey,
  market: Id.optional(),
  op: z.enum(['>=', '<=']),
  target: z.number().min(-1e15).max(1e15),
  byTurn: z.number().int().min(1).max(104).optional(),
  activeFromStart: z.boolean().default(true),
});
export type Objective = z.infer<typeof Objective>;

/** DESIGN.md §7: a case scenario's headline figures from the seed, machine-checkable. */
export const CaseFigure = z.strictObject({
  kpi: KpiKey,
  market: Id.optional(),
  measure: z.enum(['sum', 'mean', 'last', 'maxWindowSum', 'ratio']),
  turns: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  baseTurns: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
  plan: z.number().optional(),
  window: z.number().int().min(1).max(104).optional(),
  op: z.enum(['>=', '<=', '~']),
  target: z.number(),
  tolerance: z.number().min(0).max(10).optional(),
});
export const Case = z.strictObject({
  source: z.string().min(1).max(500),
  figures: z.array(CaseFigure).min(1).max(10),
});
