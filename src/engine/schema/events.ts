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
  kind: z.enum(EFFECT_KINDS).describe('The parameter it changes while the event is active (scenarios/README.md §6); fxRate is one jump of `currency` when the event starts.'),
  market: Id.optional().describe('Limit to one market (demand, cartRate, dutyRate, freightCost, transitDays, customsDays, lossRate, commission).'),
  carrier: Id.optional().describe('Limit to one carrier (freightCost, transitDays, customsDays, lossRate).'),
  channel: Id.optional().describe('Limit to one channel (commission).'),
  currency: CurrencyCode.optional().describe('The currency an fxRate shock moves.'),
  multiply: z.number().min(0).max(20).default(1).describe('Multiplies the parameter while the event is active (value × multiply + add): 0.85 = 15% less; for fxRate, the one jump of the rate (0.9 = −10%).'),
  add: z.number().min(-1000).max(1000).default(0).describe('Added after multiplying (days for delays, fraction points for rates).'),
});

export const EventType = z.strictObject({
  id: Id.describe('Id of the event, for scripts (triggerEvent, endEvent, eventActive).'),
  name: Localised.describe('Name of the event shown to players.'),
  description: Localised.describe('What players read about it; a crisis shows it as its case.'),
  durationTurns: z.number().int().min(1).max(104).describe('Turns it lasts, counting the turn it starts in.'),
  chancePerTurn: Fraction.default(0).describe('Odds of starting on its own in any turn; 0 = only when a script triggers it.'),
  effects: z.array(Effect).max(20).describe('What it changes for everyone while active; may be empty when a crisis’s impacts do the work.'),
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
  id: Id.describe('Id of the objective, for a script’s setObjective.'),
  text: Localised.describe('The goal as the student reads it.'),
  kpi: KpiKey.describe('The KPI measured (README §9): money KPIs in home minor units, rates as fractions.'),
  market: Id.optional().describe('Measure this market’s KPI; absent = the whole company’s.'),
  op: z.enum(['>=', '<=']).describe('">=": met in a turn when the KPI is at or above the target; "<=": at or below it.'),
  target: z.number().min(-1e15).max(1e15).describe('The value to reach, in the KPI’s unit: home minor units for money (60000000 = ¥600,000), fractions for rates, days for deliveryDays.'),
  byTurn: z.number().int().min(1).max(104).optional().describe('Last turn in which meeting it counts (included); absent = the last turn of the run.'),
  activeFromStart: z.boolean().default(true).describe('Shown and scored from turn 1; false = only once a script’s setObjective adds it.'),
});
export type Objective = z.infer<typeof Objective>;

/** DESIGN.md §7: a case scenario's headline figures from the seed, machine-checkable. */
export const CaseFigure = z.strictObject({
  kpi: KpiKey.describe('The KPI measured in each turn of the range (README §9).'),
  market: Id.optional().describe('Measure this market’s KPI; absent = the whole company’s.'),
  measure: z.enum(['sum', 'mean', 'last', 'maxWindowSum', 'ratio']).describe('How the turns are summed up: sum, mean, last, maxWindowSum (the largest sum over `window` consecutive turns) or ratio (the mean ÷ the mean over baseTurns, or ÷ plan).'),
  turns: z.tuple([z.number().int().min(1), z.number().int().min(1)]).describe('[first, last] turn measured, both included.'),
  baseTurns: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional().describe('For "ratio": [first, last] turn whose mean it divides by.'),
  plan: z.number().optional().describe('For "ratio": a planned value, in the KPI’s unit, to divide by instead of baseTurns.'),
  window: z.number().int().min(1).max(104).optional().describe('For "maxWindowSum": the window’s length in turns (required).'),
  op: z.enum(['>=', '<=', '~']).describe('">=", "<=", or "~": within `tolerance` of the target.'),
  target: z.number().describe('The seed’s headline figure, in the unit of the measure (a ratio is a plain number: 0.4 = 40% of the base).'),
  tolerance: z.number().min(0).max(10).optional().describe('For "~" (required): the largest gap allowed, as a fraction of the target (0.1 = within 10%).'),
});
export const Case = z.strictObject({
  source: z.string().min(1).max(500).describe('The seed passage the figures come from (file, section).'),
  figures: z.array(CaseFigure).min(1).max(10).describe('The headline figures a run should reproduce; `chuhai report RUN --json` says whether each holds.'),
});
