// A lesson's laboratory: the campaign cut down to the markets an experiment is
// about, so a paired run isolates one decision (issue 6 item 4). Everything that
// refers to a dropped market goes with it; the script, objectives and case blocks
// are dropped (an experiment adds its own script when it needs one); the result
// is checked by the scenario loader like any instructor's file.
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../engine';

type Json = Record<string, unknown>;

export interface SliceOptions {
  markets: readonly string[];
  /** Turns to play (default: the scenario's). */
  turns?: number;
  /** Week of the year of turn 1 (default: the scenario's). */
  startWeek?: number;
  /** Products to keep (default: every product with demand in a kept market). */
  products?: readonly string[];
  /** Keep the AI rivals (default true). */
  rivals?: boolean;
  /** Edits to apply to the cut scenario before it is loaded. */
  edit?: (s: Json) => void;
}

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

function keepStart(start: Json, markets: Set<string>, warehouses: Set<string>, products: Set<string>): Json {
  const byMarket = (list: unknown) => arr(list).filter((x) => markets.has(String(x.market)));
  return {
    ...start,
    stock: arr(start.stock).filter((s) => products.has(String(s.product)) && (s.location === 'home' || warehouses.has(String(s.location)))),
    listings: byMarket(start.listings).filter((l) => products.has(String(l.product))),
    fulfilment: byMarket(start.fulfilment),
    payments: byMarket(start.payments),
    awareness: byMarket(start.awareness),
    ...(start.localisation === undefined ? {} : { localisation: byMarket(start.localisation) }),
    ...(start.service === undefined ? {} : { service: byMarket(start.service) }),
  };
}

function refersToCut(x: Json, kept: Record<string, Set<string>>): boolean {
  for (const key of Object.keys(kept)) {
    const v = x[key];
    if (typeof v === 'string' && !kept[key]!.has(v)) return true;
  }
  return false;
}

/** Removes, at any depth, array items that name a market, product, channel, carrier or currency that was cut. */
function prune(node: unknown, kept: Record<string, Set<string>>): void {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i -= 1) {
      const item: unknown = node[i];
      if (item && typeof item === 'object' && !Array.isArray(item) && refersToCut(item as Json, kept)) node.splice(i, 1);
      else prune(item, kept);
    }
    return;
  }
  if (node && typeof node === 'object') for (const v of Object.values(node as Json)) prune(v, kept);
}

/** The scenario text cut to `markets`; throws with the loader's problems if the cut is not a valid scenario. */
export function sliceScenario(text: string, opts: SliceOptions): Scenario {
  const src = JSON.parse(text) as Json;
  const markets = new Set(opts.markets);
  const s: Json = structuredClone(src);
  s.markets = arr(src.markets).filter((m) => markets.has(String(m.id)));
  const currencies = new Set([String(src.homeCurrency), ...arr(s.markets).map((m) => String(m.currency))]);
  s.currencies = arr(src.currencies).filter((c) => currencies.has(String(c.code)));
  s.products = arr(src.products)
    .filter((p) => (opts.products ? opts.products.includes(String(p.id)) : true))
    .map((p) => ({ ...p, demand: arr(p.demand).filter((d) => markets.has(String(d.market))) }))
    .filter((p) => (p.demand as Json[]).length > 0);
  const products = new Set(arr(s.products).map((p) => String(p.id)));
  const inMarkets = (x: Json) => ({ ...x, markets: (x.markets as string[]).filter((m) => markets.has(m)) });
  s.channels = arr(src.channels).map(inMarkets).filter((c) => (c.markets as string[]).length > 0);
  s.carriers = arr(src.carriers).map(inMarkets).filter((c) => (c.markets as string[]).length > 0);
  s.warehouses = arr(src.warehouses).filter((w) => markets.has(String(w.market)));
  const warehouses = new Set(arr(s.warehouses).map((w) => String(w.id)));
  const channels = new Set(arr(s.channels).map((c) => String(c.id)));
  const carriers = new Set(arr(s.carriers).map((c) => String(c.id)));
  const keepRefs = (x: Json) => (x.market === undefined || markets.has(String(x.market)))
    && (x.channel === undefined || channels.has(String(x.channel)))
    && (x.carrier === undefined || carriers.has(String(x.carrier)))
    && (x.currency === undefined || currencies.has(String(x.currency)));
  // Crisis blocks go too (issue 3): a company's crises would add noise to the paired arms; an experiment adds its own.
  // A crisis keeps its impacts on kept markets; an event with neither effects nor a crisis left goes.
  s.events = arr(src.events).map((e) => {
    const out: Json = { ...e, effects: arr(e.effects).filter(keepRefs) };
    if (e.crisis) out.crisis = { ...(e.crisis as Json), impacts: arr((e.crisis as Json).impacts).filter(keepRefs) };
    return out;
  }).filter((e) => (e.effects as Json[]).length > 0 || e.crisis !== undefined);
  s.player = keepStart(src.player as Json, markets, warehouses, products);
  s.competitors = opts.rivals === false ? [] : arr(src.competitors).map((c) => ({ ...c, start: keepStart(c.start as Json, markets, warehouses, products) }));
  s.objectives = [];
  delete s.script;
  delete s.case;
  delete s.asHappened;
  // Sections the engine gains over time (compliance rules, service, research…)
  // name markets, products, channels and carriers too: drop what names a cut one.
  const kept: Record<string, Set<string>> = { market: markets, product: products, channel: channels, carrier: carriers, currency: currencies };
  prune(s, kept);
  if (opts.turns !== undefined) s.turns = opts.turns;
  if (opts.startWeek !== undefined) s.startWeek = opts.startWeek;
  s.id = `${String(src.id)}-lab-${opts.markets.join('-').toLowerCase()}`;
  opts.edit?.(s);
  const loaded = loadScenario(JSON.stringify(s));
  if (!loaded.ok) throw new Error(`the lesson's scenario is invalid: ${loaded.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.scenario;
}

/** A script that starts the scenario's event `event` at turn `turn` (for a lesson's laboratory). */
export function triggerAt(turn: number, event: string): Record<string, unknown> {
  return {
    initial: 'waiting',
    states: {
      waiting: { on: { TURN: [{ target: 'done', guard: { type: 'turnIs', params: { turn } }, actions: [{ type: 'triggerEvent', params: { event } }] }] } },
      done: {},
    },
  };
}
