// A crisis (seed 004 §4 危机处理; seed 000 ch. 8 风险管理): an event that, when it
// starts, opens a case for each student company with a deadline and a menu of
// responses, each with a cost and odds. The event's own `effects` move the world
// for everyone; a crisis's `impacts` hit the company, scaled by its severity: 1
// while unanswered ("silence", the default course), the chosen option's success
// or failure severity once answered. Impacts are a fixed registry (no code in
// scenarios); the engine side is src/engine/crises.ts and phases/crises.ts.
import { z } from 'zod';
import { Fraction, Id, Localised, Money, Source } from './common';

export const CRISIS_KINDS = [
  'portStrike', 'reroute', 'fxShock', 'tariffChange', 'platformRule', 'supplierOutage',
  'prBacklash', 'ipLawsuit', 'fraudWave', 'dataBreach', 'accountSuspension', 'other',
] as const;

const market = Id.optional().describe('Limit to one market; absent = every market the company is in.');
const once = z.boolean().default(false).describe('Hit once, when the answer window closes, instead of every turn.');

/** What a crisis does to the company, per turn while it lasts (× severity), or once. */
export const CrisisImpact = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('demand').describe('The company’s visitors × (1 + (multiply − 1) × severity), every turn.'), market, multiply: z.number().min(0).max(5).describe('Shoppers who find the shop: 0.6 = 40% fewer at severity 1.') }),
  z.strictObject({ kind: z.literal('cartRate').describe('Its cart rate × (1 + (multiply − 1) × severity), every turn.'), market, multiply: z.number().min(0).max(5).describe('Visitors who add to cart (trust).') }),
  z.strictObject({ kind: z.literal('rating').describe('Its star rating + add × severity (kept within 1–5), every turn or once.'), market, add: z.number().min(-2).max(2).describe('Stars added (negative: lost) per turn, or once.'), once }),
  z.strictObject({ kind: z.literal('cost').describe('A cost of amount × severity, every turn or once.'), amount: Money.describe('Home minor units per turn (legal fees, fines, extra handling), or once.'), once }),
  z.strictObject({ kind: z.literal('revenueLoss').describe('A share of last turn’s revenue lost, × severity, every turn.'), market, share: Fraction.describe('Share of last turn’s revenue lost each turn (chargebacks, refunds, absorbed duty).') }),
  z.strictObject({ kind: z.literal('supplyStop').describe('An idle factory: every open factory order arrives a turn later for each turn this lasts (at severity ≥ 0.5).') }).describe('The factory is idle: every open factory order arrives a turn later for each turn this lasts (at severity ≥ 0.5).'),
  z.strictObject({ kind: z.literal('shipmentDelay').describe('Shipments on the way to the market’s warehouses take days × severity more days, once.'), market, days: z.number().int().min(0).max(60).describe('Days added to shipments already on the way to the market’s warehouses, once.') }),
  z.strictObject({
    kind: z.literal('freeze').describe('Part of the cash frozen while the crisis lasts; part of it may be lost at the end.'),
    share: Fraction.describe('Share of cash frozen when the crisis starts (a court order, a payment hold).'),
    forfeit: Fraction.default(0).describe('Share of the frozen money lost when it ends (× severity); the rest is released.'),
  }),
]);
export type CrisisImpact = z.infer<typeof CrisisImpact>;
export const CRISIS_IMPACT_KINDS = ['demand', 'cartRate', 'rating', 'cost', 'revenueLoss', 'supplyStop', 'shipmentDelay', 'freeze'] as const;

export const CrisisOutcome = z.strictObject({
  severity: z.number().min(0).max(3).describe('Multiplies the impacts from now on: 0 = stopped, 1 = as if unanswered, above 1 = worse.'),
  turnsLeft: z.number().int().min(0).max(52).optional().describe('The crisis ends this many turns after the answer (0 = at the end of this turn); absent = as planned.'),
  text: Localised.optional().describe('What the report says happened.'),
});

export const CrisisOption = z.strictObject({
  label: Localised.describe('Short name of the response.'),
  text: Localised.describe('What the response means, as the student reads it before choosing.'),
  cost: Money.describe('Paid when chosen (home minor units).'),
  odds: Fraction.describe('Chance the response works.'),
  success: CrisisOutcome.default({ severity: 0 }).describe('What happens when it works (default: severity 0, the crisis stops hurting).'),
  failure: CrisisOutcome.default({ severity: 1 }).describe('What happens when it fails (default: severity 1, as if unanswered).'),
  // Seed 004 §05 供應鏈中斷應急方案: a backup supplier list drawn up beforehand is what makes
  // "switch within 48 hours" work; a company that qualified one (qualifyBackupSupplier) gets these terms.
  withBackupSupplier: z.strictObject({
    cost: Money.optional().describe('What the response costs instead (home minor units); absent = `cost`.'),
    odds: Fraction.optional().describe('Its chance of working instead; absent = 1.'),
  }).optional().describe('The terms of this response for a company whose backup supplier is qualified and in effect (qualifyBackupSupplier): a switch to a factory audited beforehand costs less and rarely fails.'),
});

export const Crisis = z.strictObject({
  kind: z.enum(CRISIS_KINDS).describe('What sort of crisis it is. Only dataBreach changes a rule (security spending may spare a company, README §14); what a crisis does comes from its impacts, its options and the event’s effects.'),
  answerWithinTurns: z.number().int().min(1).max(8).default(1).describe('Turns after the start in which a response is accepted: 1 = in the turn right after (the "two hours" of seed 004 §4).'),
  impacts: z.array(CrisisImpact).max(10).default([]).describe('What it does to each student company, scaled by the severity: 1 while unanswered, then the chosen outcome’s.'),
  options: z.array(CrisisOption).min(1).max(6).describe('The responses the student may choose from, each with a cost and odds.'),
  source: Source,
});
export type Crisis = z.infer<typeof Crisis>;
export type CrisisOption = z.infer<typeof CrisisOption>;
