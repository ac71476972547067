// The decisions a company can make in a turn, as typed data (DESIGN.md §2).
// The shape is checked by zod; whether an action is legal in the current state
// (enough cash, stock, a channel that serves the market…) is checked by its
// handler, which refuses with a reason and changes nothing.
import { z } from 'zod';
import { CurrencyCode, Id, Money } from '../schema/common';
import { RESEARCH_KINDS, RESEARCH_MEASURES, TEAM_ROLES } from '../schema/compliance';
import { COMPLAINT_POLICIES, KOL_TIERS, LOCALISATION_LEVELS, LOYALTY_PROGRAMMES, PROMOTION_KINDS } from '../schema/buyers';

const Where = { market: Id, channel: Id, product: Id };

export const Action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setPrice'), ...Where, price: Money }),
  z.strictObject({ type: z.literal('delist'), ...Where }),
  z.strictObject({ type: z.literal('setDiscount'), ...Where, discount: z.number().min(0).max(0.9), turns: z.number().int().min(1).max(12) }),
  z.strictObject({ type: z.literal('orderStock'), product: Id, units: z.number().int().min(1).max(1e7) }),
  z.strictObject({ type: z.literal('ship'), product: Id, units: z.number().int().min(1).max(1e7), to: Id, carrier: Id }),
  z.strictObject({ type: z.literal('setFulfilment'), market: Id, from: z.union([z.literal('home'), Id]), carrier: Id.optional() }),
  z.strictObject({ type: z.literal('setPayments'), market: Id, methods: z.array(Id).max(12) }),
  z.strictObject({ type: z.literal('setAdBudget'), market: Id, weekly: Money, kind: z.enum(['social', 'search']).optional().describe('social (default): awareness, priced per thousand impressions; search: clicks, priced per click.') }),
  // Risk (issue 3): answer an open crisis with one of its options (from 0).
  z.strictObject({ type: z.literal('respondCrisis'), crisis: z.string().min(1).max(100), option: z.number().int().min(0).max(20) }),
  // FX forward: hedge `share` of each turn's sales in `currency` for `turns` turns (lesson 6).
  z.strictObject({ type: z.literal('hedgeFx'), currency: CurrencyCode, share: z.number().min(0.05).max(1), turns: z.number().int().min(1).max(52) }),
  // Buyers (payments, marketing, customers, service): see actions/fraud.ts and the README.
  z.strictObject({ type: z.literal('setFraudControl'), market: Id, weekly: Money }),
  z.strictObject({ type: z.literal('runKolCampaign'), market: Id, tier: z.enum(KOL_TIERS) }),
  z.strictObject({ type: z.literal('setLocalisation'), market: Id, level: z.enum(LOCALISATION_LEVELS) }),
  z.strictObject({ type: z.literal('setLoyalty'), market: Id, programme: z.enum(LOYALTY_PROGRAMMES) }),
  z.strictObject({ type: z.literal('setComplaintHandling'), market: Id, policy: z.enum(COMPLAINT_POLICIES) }),
  z.strictObject({ type: z.literal('setService'), market: Id, agents: z.number().int().min(0).max(500), localLanguage: z.boolean(), localHours: z.boolean() }),
  z.strictObject({ type: z.literal('setReturnPolicy'), market: Id, days: z.union([z.literal(14), z.literal(30), z.literal(60)]), freeReturns: z.boolean() }),
  z.strictObject({ type: z.literal('runPromotion'), market: Id, kind: z.enum(PROMOTION_KINDS), depth: z.number().min(0).max(0.7), turns: z.number().int().min(1).max(4) }),
  // Risk side (compliance, insurance, research, team): see actions/compliance.ts, research.ts, team.ts and README §14–17.
  z.strictObject({ type: z.literal('registerTrademark'), market: Id }),
  z.strictObject({ type: z.literal('certifyProduct'), market: Id, product: Id }),
  z.strictObject({ type: z.literal('registerTax'), market: Id }),
  z.strictObject({ type: z.literal('setSecuritySpend'), weekly: Money }),
  z.strictObject({ type: z.literal('setCargoInsurance'), on: z.boolean() }),
  z.strictObject({ type: z.literal('commissionResearch'), kind: z.enum(RESEARCH_KINDS), measure: z.enum(RESEARCH_MEASURES), market: Id, product: Id.optional() }),
  z.strictObject({ type: z.literal('setStaff'), role: z.enum(TEAM_ROLES), count: z.number().int().min(0).max(500) }),
]);
export type Action = z.infer<typeof Action>;
export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

