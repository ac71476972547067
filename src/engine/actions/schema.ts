// The decisions a company can make in a turn, as typed data (DESIGN.md §2).
// The shape is checked by zod; whether an action is legal in the current state
// (enough cash, stock, a channel that serves the market…) is checked by its
// handler, which refuses with a reason and changes nothing. Each field is a zod
// schema with a plain check beside it (fields.ts): `plainAction` accepts an
// ordinary action without zod, and leaves anything else to it.
import { z } from 'zod';
import { RESEARCH_KINDS, RESEARCH_MEASURES, TEAM_ROLES } from '../schema/compliance';
import { COMPLAINT_POLICIES, KOL_TIERS, LOCALISATION_LEVELS, LOYALTY_PROGRAMMES, PROMOTION_KINDS } from '../schema/buyers';
import { bool, currency, described, id, idList, idOrHome, int, money, num, oneOf, optional, returnDays, text, type Field } from './fields';

// Each field carries a description (fields.ts `described`: zod's `.describe()`, the
// plain check unchanged), which `npm run schema` writes into scenario.schema.json,
// so an instructor's editor says what a field means as they type a case's actions.
// Each text says only what the engine does: the handler in actions/*.ts and README.
const about = described;

const HOME_WEEKLY = 'Budget per turn (week) in home-currency minor units (fen for CNY: 50000 = ¥500), paid each turn while cash lasts; 0 stops it. Refused above the cash on hand.';

/** The listing an action is about: setPrice checks these ids; delist and setDiscount need the listing to exist. */
const Where = {
  market: about(id, 'Market id (from `markets`) of the listing.'),
  channel: about(id, 'Channel id (from `channels`); the channel must serve the market.'),
  product: about(id, 'Product id (from `products`); it must have a demand entry for the market.'),
};

/** Every action's fields, in the order of the union below (the JSON schema lists them so). */
export const ACTION_FIELDS = {
  setPrice: {
    ...Where,
    price: about(money, 'Shelf price per unit, in the market’s currency, minor units (cents for USD: 1999 = $19.99). Refused below 1 and above 20× the product’s `referencePrice` in the market.'),
  },
  delist: { ...Where },
  setDiscount: {
    ...Where,
    discount: about(num(0, 0.9), 'Fraction taken off the listing’s price, 0–0.9 (0.2 = 20% off); buyers pay the rounded result, at least 1 minor unit.'),
    turns: about(int(1, 12), 'Turns (weeks) the discount lasts, 1–12, counting this one; a later setDiscount on the listing replaces it.'),
  },
  orderStock: {
    product: about(id, 'Product id (from `products`) to order from the factory.'),
    units: about(int(1, 1e7), 'Units to order: at least the product’s `moq`. Refused when `unitCost × units` (home minor units) is more than the cash on hand.'),
  },
  ship: {
    product: about(id, 'Product id (from `products`) to send from the China warehouse.'),
    units: about(int(1, 1e7), 'Units to send. Refused above the units in the China warehouse (“home”), or when freight plus import duty is more than the cash on hand.'),
    to: about(id, 'Warehouse id (from `warehouses`) that receives the stock.'),
    carrier: about(id, 'Carrier id (from `carriers`) with service `freight` that serves the warehouse’s market.'),
  },
  setFulfilment: {
    market: about(id, 'Market id (from `markets`) whose orders this routes, for all products.'),
    from: about(idOrHome, '"home" (parcels from the China warehouse) or the id of a warehouse (from `warehouses`) in this market.'),
    carrier: about(optional(id), 'Carrier id (from `carriers`) with service `parcel` that serves the market: required with "home", ignored for a warehouse.'),
  },
  setPayments: {
    market: about(id, 'Market id (from `markets`) where the methods are offered.'),
    methods: about(idList(12), 'Payment method ids (from `paymentMethods`), at most 12, none twice; replaces the market’s list (empty: no buyer can pay). Refused when the setup costs of the newly added ones are more than the cash on hand.'),
  },
  setAdBudget: {
    market: about(id, 'Market id (from `markets`) the ads run in.'),
    weekly: about(money, HOME_WEEKLY),
    kind: about(optional(oneOf(['social', 'search'])), 'Which budget: "social" (default) buys awareness from the next turn, priced per thousand impressions; "search" buys clicks the same week, priced per click. Each kind keeps its own budget.'),
  },
  // Risk (issue 3): answer an open crisis with one of its options (from 0).
  respondCrisis: {
    crisis: about(text(1, 100), 'Id of one of the company’s open crises: the event id and the turn it started, e.g. "review-backlash-t3". Refused once answered or after its answer-by turn.'),
    option: about(int(0, 20), 'Index of the response in the crisis’s `options`, from 0. Refused out of range, or when the response’s cost is more than the cash on hand.'),
  },
  // FX forward: hedge `share` of each turn's sales in `currency` for `turns` turns (lesson 6).
  hedgeFx: {
    currency: about(currency, 'ISO code of a market’s currency, e.g. "USD". Refused for the home currency or a currency no market sells in.'),
    share: about(num(0.05, 1), 'Fraction of each turn’s sales in the currency to hedge, 0.05–1. Refused when, with the currency’s forwards already running this turn, more than 1 (100%) would be hedged.'),
    turns: about(int(1, 52), 'Turns (weeks) covered, counting this one. Refused above the scenario’s `riskTools.maxForwardTurns` (default 26).'),
  },
  // Buyers (payments, marketing, customers, service): see actions/fraud.ts and the README.
  setFraudControl: {
    market: about(id, 'Market id (from `markets`) whose orders are screened.'),
    weekly: about(money, HOME_WEEKLY),
  },
  // Community operations (seed 004 §03 社群運營; community.ts): 0 stops it.
  setCommunity: {
    market: about(id, 'Market id (from `markets`) where the buyer groups run.'),
    weekly: about(money, HOME_WEEKLY),
  },
  runKolCampaign: {
    market: about(id, 'Market id (from `markets`) the campaign runs in.'),
    tier: about(oneOf(KOL_TIERS), 'Creator tier: "top", "mid", "micro" or "seeding"; cost, reach and engagement from the scenario’s `marketing.kolTiers`. Refused when the cost is more than the cash on hand.'),
  },
  setLocalisation: {
    market: about(id, 'Market id (from `markets`) whose listings and ads are localised.'),
    level: about(oneOf(LOCALISATION_LEVELS), '"machine" (the default), "human" or "native"; costs and effects from the scenario’s `marketing.localisation`. Refused when the cost difference is more than the cash on hand.'),
  },
  setLoyalty: {
    market: about(id, 'Market id (from `markets`) of the programme.'),
    programme: about(oneOf(LOYALTY_PROGRAMMES), '"none" (the default), "points" or "tiered" (the scenario’s `customers.loyalty`). Refused when a new programme’s setup cost is more than the cash on hand.'),
  },
  setComplaintHandling: {
    market: about(id, 'Market id (from `markets`) whose complaints this settles.'),
    policy: about(oneOf(COMPLAINT_POLICIES), '"fifo": every complaint equally likely to be settled, as capacity allows; "tiered": the worst (lost parcels) first, repeat buyers first within a level, at `customers.tieredHandlingFee` a week.'),
  },
  setService: {
    market: about(id, 'Market id (from `markets`) the team serves.'),
    agents: about(int(0, 500), 'Service agents, 0–500, each paid `service.agentWeeklyCost` a week (home minor units). Refused when a week’s wages are more than the cash on hand.'),
    localLanguage: about(bool, 'true: agents answer in the buyers’ language; wages × `service.localLanguageFactor` (default 1.5).'),
    localHours: about(bool, 'true: agents work the buyers’ hours, so replies come sooner; wages × `service.localHoursFactor` (default 1.3).'),
  },
  setReturnPolicy: {
    market: about(id, 'Market id (from `markets`) of the policy.'),
    days: about(returnDays, 'Return window in days: 14, 30 (the default) or 60; a longer one lowers trust abandonment and raises returns.'),
    freeReturns: about(bool, 'true: the shop pays the return postage (less abandonment, more returns); false (the default): the buyer pays it.'),
  },
  runPromotion: {
    market: about(id, 'Market id (from `markets`) where the company lists at least one product.'),
    kind: about(oneOf(PROMOTION_KINDS), '"flashSale", "coupon", "bundle" (two units per order), "memberPrice" (returning buyers only) or "festival" (costs `marketing.festivalFee` once; refused above the cash on hand).'),
    depth: about(num(0, 0.7), 'Fraction off the price, 0–0.7 (0.2 = 20% off); a coupon gives half of it on average, as half of buyers redeem.'),
    turns: about(int(1, 4), 'Turns (weeks) it runs, 1–4, counting this one.'),
  },
  // Risk side (compliance, insurance, research, team): see actions/compliance.ts, research.ts, team.ts and README §14–17.
  registerTrademark: {
    market: about(id, 'Market id (from `markets`). Refused when registered or pending there, or when `compliance.trademark.cost` is more than the cash on hand.'),
  },
  certifyProduct: {
    market: about(id, 'Market id (from `markets`) to certify for. Refused when `compliance.certification.cost` is more than the cash on hand.'),
    product: about(id, 'Product id (from `products`) with a demand entry for the market. Refused when certified or pending there.'),
  },
  registerTax: {
    market: about(id, 'Market id (from `markets`) whose `compliance.markets` entry has `taxRegistration: true`. Refused elsewhere, when registered or pending, or above the cash on hand.'),
  },
  setSecuritySpend: {
    weekly: about(money, 'Company-wide budget per turn (week) in home-currency minor units (fen for CNY), paid each turn while cash lasts; 0 stops it. Refused above the cash on hand.'),
  },
  setCargoInsurance: {
    on: about(bool, 'true: shipments sent from this turn on pay `riskTools.cargoInsuranceRate` of their factory cost and are covered for lost and damaged units; false: later ones are not (those on the way stay covered).'),
  },
  commissionResearch: {
    kind: about(oneOf(RESEARCH_KINDS), '"desk", "expert", "experiment" (needs the company’s own listing in the market) or "field"; cost, turns and error from the scenario’s `research`. Refused above the cash on hand, or while the same study is under way.'),
    measure: about(oneOf(RESEARCH_MEASURES), '"visitors" (a product’s weekly shoppers), "fit" (how well a product suits the market) or "priceSensitivity" (the market’s).'),
    market: about(id, 'Market id (from `markets`) to study.'),
    product: about(optional(id), 'Product id (from `products`) with a demand entry for the market: required for "visitors" and "fit", left out for "priceSensitivity".'),
  },
  setStaff: {
    role: about(oneOf(TEAM_ROLES), '"operations", "marketing", "service" or "data"; each person costs `team.<role>.salary` every turn.'),
    count: about(int(0, 500), 'Head count of the role (0 lets everyone go). Refused above the scenario’s `team.maxPerRole` (default 50).'),
  },
  // Sourcing risk (seed 004 §05 供應鏈中斷應急方案): a backup factory qualified before the main one stops.
  qualifyBackupSupplier: {},
} as const;

/** What each action does, one line each: the JSON schema's description of its variant and of its `type`. */
const ACTION_ABOUT: Readonly<Record<keyof typeof ACTION_FIELDS, string>> = {
  setPrice: 'Lists a product on a channel in a market at a price, or changes the price of that listing.',
  delist: 'Takes a listing off the shelf; refused when the company does not list that product there.',
  setDiscount: 'Discounts a listing’s price for some turns from this one; refused when the product is not listed there.',
  orderStock: 'Orders units from the factory, paid at once; they arrive at the China warehouse after the product’s `leadTimeWeeks`.',
  ship: 'Sends stock from the China warehouse to an overseas warehouse by freight; freight and import duty are paid at once, days and losses drawn as it leaves.',
  setFulfilment: 'Chooses where a market’s orders ship from: "home" by a parcel carrier, or a warehouse in that market.',
  setPayments: 'Sets the payment methods offered in a market; each newly added method’s setup cost is paid at once.',
  setAdBudget: 'Sets a market’s weekly social or search ad budget, paid each turn while cash lasts; 0 stops it.',
  respondCrisis: 'Answers an open crisis with one of its responses: its cost is paid at once, and one draw decides whether it works.',
  hedgeFx: 'Buys an FX forward: fixes the home value of a share of each turn’s sales in a currency for some turns; nothing is paid up front.',
  setFraudControl: 'Sets a market’s weekly fraud-screening budget, which cuts chargebacks; 0 stops it.',
  runKolCampaign: 'Pays a creator (KOL/KOC) campaign in a market at once; its buzz tops up awareness for weeks.',
  setLocalisation: 'Sets how a market’s listings and ads are translated; moving up pays the cost difference once, moving down refunds nothing.',
  setLoyalty: 'Sets a market’s loyalty programme: a new one pays its setup cost once, then a weekly cost and points.',
  setComplaintHandling: 'Chooses how a market’s complaints are settled: as they come, or worst cases and repeat buyers first.',
  setService: 'Sets a market’s customer-service team: agents, their language and their hours; wages are paid every week.',
  setReturnPolicy: 'Sets a market’s return window and whether returns are free (default: 30 days, the buyer pays).',
  runPromotion: 'Runs a promotion in a market for 1–4 turns; one at a time per market, only where the company lists a product.',
  registerTrademark: 'Registers the company’s trademark in a market, paid at once; in force after `compliance.trademark.turns`, it cuts IP takedown odds.',
  certifyProduct: 'Certifies a product for a market, paid at once; in force after `compliance.certification.turns`, it cuts certificate takedown odds.',
  registerTax: 'Registers for tax in a market that requires it, paid at once; in force after `compliance.taxRegistration.turns`, it ends tax penalties.',
  setSecuritySpend: 'Sets the weekly data and payment security budget, which may spare the company a data breach; 0 stops it.',
  setCargoInsurance: 'Turns cargo insurance of shipments to warehouses on or off.',
  commissionResearch: 'Buys a market-research estimate of a hidden value, paid at once and delivered after the method’s turns.',
  setStaff: 'Sets the head count of one team role; salaries are paid every turn, and staff lift execution.',
  qualifyBackupSupplier: 'Qualifies a backup factory, paid once (`compliance.backupSupplier`): a supplier-outage switch then costs less and works more often.',
  setCommunity: 'Sets a market’s weekly community-operations budget (buyer groups whose members invite friends); 0 stops it. Refused above 0 where the company lists no product in the market.',
};

type Fields = typeof ACTION_FIELDS;
type ShapeOf<F extends Record<string, Field>> = { [K in keyof F]: F[K]['zod'] };

function variant<T extends keyof Fields>(type: T) {
  const shape = {} as Record<string, z.ZodType>;
  for (const [key, f] of Object.entries(ACTION_FIELDS[type] as Record<string, Field>)) shape[key] = f.zod;
  const line = ACTION_ABOUT[type];
  return z.strictObject({ type: z.literal(type).describe(line), ...(shape as ShapeOf<Fields[T]>) }).describe(line);
}

export const Action = z.discriminatedUnion('type', [
  variant('setPrice'), variant('delist'), variant('setDiscount'), variant('orderStock'), variant('ship'), variant('setFulfilment'),
  variant('setPayments'), variant('setAdBudget'), variant('respondCrisis'), variant('hedgeFx'), variant('setFraudControl'),
  variant('runKolCampaign'), variant('setLocalisation'), variant('setLoyalty'), variant('setComplaintHandling'), variant('setService'),
  variant('setReturnPolicy'), variant('runPromotion'), variant('registerTrademark'), variant('certifyProduct'), variant('registerTax'),
  variant('setSecuritySpend'), variant('setCargoInsurance'), variant('commissionResearch'), variant('setStaff'),
  variant('qualifyBackupSupplier'), variant('setCommunity'),
]);
export type Action = z.infer<typeof Action>;
export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/** Each type's fields as a list, made once: plainAction listed them (Object.keys) for every action. */
const FIELD_LISTS: ReadonlyMap<string, readonly { key: string; field: Field }[]> = new Map(
  Object.entries(ACTION_FIELDS).map(([type, fields]) => [type, Object.entries(fields as Record<string, Field>).map(([key, field]) => ({ key, field }))]),
);

/**
 * The action, read once field by field, when it is a plain object with exactly the
 * fields of its type and each passes its plain check (so zod would accept it too);
 * null for anything else, which zod then accepts or refuses with its own message.
 */
export function plainAction(raw: unknown): Action | null {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return null;
  const obj = raw as Record<string, unknown>;
  const type = obj.type;
  const fields = typeof type === 'string' ? FIELD_LISTS.get(type) : undefined;
  if (fields === undefined) return null;
  const out: Record<string, unknown> = { type };
  let seen = 1;
  for (const { key, field } of fields) {
    if (!Object.hasOwn(obj, key)) { if (field.optional) continue; return null; }
    const v = obj[key];
    if (!field.ok(v)) return null;
    out[key] = Array.isArray(v) ? [...(v as unknown[])] : v;
    seen += 1;
  }
  // No other keys (the objects are strict), and none of them hidden from Object.keys.
  return Object.keys(obj).length === seen ? (out as Action) : null;
}
