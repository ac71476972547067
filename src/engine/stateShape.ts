// The shape of a game state, for hashing it fast (stateHash.ts). hashCanonical walks
// any value: for every object it lists the keys (Object.keys), finds their sorted
// order and lists the values (Object.values) — two arrays per object, ~3,000 values
// in a campaign state, hashed after every turn by `chuhai grade` and `replay`. The
// state's records have fixed keys, known here: each shape lists them once, sorted,
// with the words feedString would feed for each, so a walk reads the values by name
// and allocates nothing. It feeds exactly the words hashCanonical feeds (the hash is
// unchanged; tests/engine/stateShape.test.ts compares the two on many states).
// `Fields<T>` makes the compiler hold every shape to its interface: a field added
// to a state record fails the typecheck until it is listed here.
import { ACCOUNTS } from './ledger';
import { KPI_KEYS } from './schema/kpi';
import { END_OBJECT, Tag, feedEntries, feedValue, keyWords, shortStringWords, type Hasher } from './hash';
import type {
  ActiveEvent, Company, ComplianceState, CrisisState, CustomerPool, Forward, GameState, Listing, MarketPresence,
  Promotion, PromotionBefore, Receivable, Shipment, SourcingOrder, StockFlows, TeamState,
} from './state';

/** How to walk a value: `null` is any JSON value (hashCanonical's own walk). */
export type Walk = null | Shape | ListOf | RecordOf;
/** An object with these keys (sorted) and, for each, how to walk its value. */
interface Shape {
  readonly kind: 'shape';
  readonly keys: readonly string[];
  readonly words: Int32Array;
  readonly kids: readonly Walk[];
  /**
   * The last text seen under each key and its two words: a field's text repeats
   * from record to record (a shipment's carrier, a listing's market), and comparing
   * it with the last is cheaper than finding its words in hash.ts's map.
   */
  readonly lastText: (string | null)[];
  readonly lastWords: Int32Array;
}
/** An array whose items are walked alike. */
interface ListOf { readonly kind: 'list'; readonly item: Walk }
/** An object keyed by ids (markets, companies) whose values are walked alike. */
interface RecordOf { readonly kind: 'record'; readonly item: Walk }

type Fields<T> = { readonly [K in keyof T]-?: Walk };

function shape<T>(fields: Fields<T>): Shape {
  const keys = Object.keys(fields).sort();
  const words = new Int32Array(keys.length * 3);
  keys.forEach((k, i) => {
    // Key words stand for a key of up to 40 code units (hash.ts, feedString).
    if (k.length > 40) throw new Error(`state key "${k}" is longer than 40 code units`);
    words.set(keyWords(k), i * 3);
  });
  return {
    kind: 'shape', keys, words, kids: keys.map((k) => (fields as Record<string, Walk>)[k]!),
    lastText: keys.map(() => null), lastWords: new Int32Array(keys.length * 2),
  };
}

/** A record of numbers under a fixed list of keys (KPIs, ledger balances). */
function numbersUnder<K extends string>(keys: readonly K[]): Shape {
  return shape<Record<K, number>>(Object.fromEntries(keys.map((k) => [k, null])) as Fields<Record<K, number>>);
}

const list = (item: Walk): ListOf => ({ kind: 'list', item });
const record = (item: Walk): RecordOf => ({ kind: 'record', item });

const LISTING = shape<Listing>({ market: null, channel: null, product: null, price: null, discount: null, discountUntil: null });
const SOURCING = shape<SourcingOrder>({ id: null, product: null, units: null, arrivesTurn: null });
const SHIPMENT = shape<Shipment>({
  id: null, product: null, units: null, carrier: null, to: null, sentTurn: null, arrivesTurn: null, days: null, lost: null, damaged: null,
});
const RECEIVABLE = shape<Receivable>({ currency: null, dueTurn: null, local: null, bookedHome: null });
const POOL = shape<CustomerPool>({ atRisk: null, growing: null, hibernating: null, lost: null, mature: null, new: null });
const PROMOTION = shape<Promotion>({
  before: shape<PromotionBefore>({ awareness: null, newCustomers: null, satisfaction: null }), depth: null, from: null, kind: null, until: null,
});
const PRESENCE = shape<MarketPresence>({
  awareness: null, rating: null, reviews: null, customers: null, satisfaction: null, adBudget: null, fulfilFrom: null,
  parcelCarrier: null, payments: null, fraudControl: null, searchBudget: null, buzz: null, localisation: null,
  backlashUntil: null, promotion: PROMOTION, baselineOrders: null, baselineAov: null, pool: POOL, loyalty: null,
  complaintHandling: null, agents: null, localLanguage: null, localHours: null, returnDays: null, freeReturns: null, community: null,
});
const FLOWS = shape<StockFlows>({ ordered: null, sold: null, returned: null, lost: null, damaged: null });
const CRISIS = shape<CrisisState>({
  answerBy: null, answeredTurn: null, chosen: null, endsTurn: null, event: null, frozen: null, hit: null, id: null,
  severity: null, startedTurn: null, worked: null,
});
const FORWARD = shape<Forward>({ currency: null, fromTurn: null, id: null, rate: null, share: null, untilTurn: null });
type Registration = ComplianceState['trademarks'][number];
const REGISTRATION = shape<Registration>({ effectiveTurn: null, market: null });
const COMPLIANCE = shape<ComplianceState>({
  certificates: list(shape<ComplianceState['certificates'][number]>({ effectiveTurn: null, market: null, product: null })),
  insured: null,
  insuredShipments: null,
  removed: list(shape<ComplianceState['removed'][number]>({ listing: LISTING, reason: null, untilTurn: null })),
  securityWeekly: null,
  strikes: list(shape<ComplianceState['strikes'][number]>({ channel: null, suspendedUntil: null, value: null })),
  taxIds: list(REGISTRATION),
  trademarks: list(REGISTRATION),
  backupSupplier: null,
});
const TEAM = shape<TeamState>({ data: null, execution: null, marketing: null, operations: null, service: null });
const KPIS = numbersUnder(KPI_KEYS);

const COMPANY = shape<Company>({
  id: null, name: null, controller: null, strategy: null, priceIndex: null, cash: null, bankrupt: null,
  stock: null, sourcing: list(SOURCING), shipments: list(SHIPMENT), listings: list(LISTING), markets: record(PRESENCE),
  receivables: list(RECEIVABLE), ledger: numbersUnder(ACCOUNTS), flows: record(FLOWS), crises: list(CRISIS),
  forwards: list(FORWARD), compliance: COMPLIANCE, research: null, team: TEAM, lastKpis: KPIS, lastMarketKpis: record(KPIS),
});

/** Everything in a state but the static scenario, which its hash (scenarioHash) stands for. */
export const STATE: Shape = shape<Omit<GameState, 'scenario'>>({
  rulesVersion: null, scenarioId: null, scenarioHash: null, seed: null, turn: null, finished: null, endReason: null,
  rng: null, fx: null, growthIndex: null, params: null, events: list(shape<ActiveEvent>({ id: null, startedTurn: null, endsTurn: null })),
  objectives: null, script: null, messages: null, companies: record(COMPANY), companyOrder: null, nextId: null,
});

/** Feeds `value` as hashCanonical would, walking it as `walk` says it is built. */
export function feedWalk(h: Hasher, value: unknown, walk: Walk): void {
  if (walk === null || value === null || typeof value !== 'object') { feedValue(h, value); return; }
  if (Array.isArray(value)) {
    if (walk.kind !== 'list') { feedValue(h, value); return; }
    h.word(Tag.Array);
    h.word(value.length);
    for (let i = 0; i < value.length; i += 1) feedWalk(h, value[i], walk.item);
    return;
  }
  if (walk.kind === 'shape') feedShape(h, value as Record<string, unknown>, walk);
  // A record's keys are ids, read from the object itself as hashCanonical reads them.
  else if (walk.kind === 'record') feedEntries(h, value as Record<string, unknown>, walk.item, feedWalk);
  else feedValue(h, value);
}

function feedShape(h: Hasher, obj: Record<string, unknown>, s: Shape): void {
  const { keys, words, kids } = s;
  h.word(Tag.Object);
  for (let i = 0; i < keys.length; i += 1) {
    const v = obj[keys[i]!];
    if (v === undefined) continue; // as JSON would drop it
    h.word(words[i * 3]!);
    h.word(words[i * 3 + 1]!);
    h.word(words[i * 3 + 2]!);
    // Most values are whole numbers (money, counts, turns): fed here as feedValue would, without the call.
    if (typeof v === 'number' && (v | 0) === v) { h.word(Tag.Int); h.word(v); continue; }
    if (typeof v === 'string' && v.length <= 40) { feedText(h, v, s, i); continue; }
    feedWalk(h, v, kids[i]!);
  }
  h.word(END_OBJECT);
}

/** A short string under key `i` of a shape, fed as feedValue feeds it. */
function feedText(h: Hasher, v: string, s: Shape, i: number): void {
  const { lastText, lastWords } = s;
  if (lastText[i] !== v) {
    const w = shortStringWords(v);
    lastText[i] = v;
    lastWords[i * 2] = w[0];
    lastWords[i * 2 + 1] = w[1];
  }
  h.word(Tag.String);
  h.word(0x80000000 | v.length);
  h.word(lastWords[i * 2]!);
  h.word(lastWords[i * 2 + 1]!);
}
