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

const Where = { market: id, channel: id, product: id };

/** Every action's fields, in the order of the union below (the JSON schema lists them so). */
export const ACTION_FIELDS = {
  setPrice: { ...Where, price: money },
  delist: { ...Where },
  setDiscount: { ...Where, discount: num(0, 0.9), turns: int(1, 12) },
  orderStock: { product: id, units: int(1, 1e7) },
  ship: { product: id, units: int(1, 1e7), to: id, carrier: id },
  setFulfilment: { market: id, from: idOrHome, carrier: optional(id) },
  setPayments: { market: id, methods: idList(12) },
  setAdBudget: { market: id, weekly: money, kind: described(optional(oneOf(['social', 'search'])), 'social (default): awareness, priced per thousand impressions; search: clicks, priced per click.') },
  // Risk (issue 3): answer an open crisis with one of its options (from 0).
  respondCrisis: { crisis: text(1, 100), option: int(0, 20) },
  // FX forward: hedge `share` of each turn's sales in `currency` for `turns` turns (lesson 6).
  hedgeFx: { currency, share: num(0.05, 1), turns: int(1, 52) },
  // Buyers (payments, marketing, customers, service): see actions/fraud.ts and the README.
  setFraudControl: { market: id, weekly: money },
  // Community operations (seed 004 §03 社群運營; community.ts): 0 stops it.
  setCommunity: { market: id, weekly: money },
  runKolCampaign: { market: id, tier: oneOf(KOL_TIERS) },
  setLocalisation: { market: id, level: oneOf(LOCALISATION_LEVELS) },
  setLoyalty: { market: id, programme: oneOf(LOYALTY_PROGRAMMES) },
  setComplaintHandling: { market: id, policy: oneOf(COMPLAINT_POLICIES) },
  setService: { market: id, agents: int(0, 500), localLanguage: bool, localHours: bool },
  setReturnPolicy: { market: id, days: returnDays, freeReturns: bool },
  runPromotion: { market: id, kind: oneOf(PROMOTION_KINDS), depth: num(0, 0.7), turns: int(1, 4) },
  // Risk side (compliance, insurance, research, team): see actions/compliance.ts, research.ts, team.ts and README §14–17.
  registerTrademark: { market: id },
  certifyProduct: { market: id, product: id },
  registerTax: { market: id },
  setSecuritySpend: { weekly: money },
  setCargoInsurance: { on: bool },
  commissionResearch: { kind: oneOf(RESEARCH_KINDS), measure: oneOf(RESEARCH_MEASURES), market: id, product: optional(id) },
  setStaff: { role: oneOf(TEAM_ROLES), count: int(0, 500) },
  // Sourcing risk (seed 004 §05 供應鏈中斷應急方案): a backup factory qualified before the main one stops.
  qualifyBackupSupplier: {},
} as const;

type Fields = typeof ACTION_FIELDS;
type ShapeOf<F extends Record<string, Field>> = { [K in keyof F]: F[K]['zod'] };

function variant<T extends keyof Fields>(type: T) {
  const shape = {} as Record<string, z.ZodType>;
  for (const [key, f] of Object.entries(ACTION_FIELDS[type] as Record<string, Field>)) shape[key] = f.zod;
  return z.strictObject({ type: z.literal(type), ...(shape as ShapeOf<Fields[T]>) });
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
