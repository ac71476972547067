// Which markets and carriers an active event touches, read from its effects (the
// scenario's fixed registry), and the crisis markers of the map: every active
// event, merged with the company's open crisis cases (the engine opens one per
// crisis event; read defensively, so a state without them still draws).
import type { EventType, GameState, Localised, Scenario } from '../../engine';
import type { CrisisMarker, MapPoint } from './types';

export interface EventScope { markets: string[]; carriers: string[]; delays: boolean }

const DELAY_KINDS = new Set(['transitDays', 'customsDays']);
const CARRIER_KINDS = new Set(['transitDays', 'customsDays', 'freightCost', 'lossRate']);

/** Does the company send goods to this market with this carrier (a route of its own)? */
export type Uses = (carrier: string, market: string) => boolean;

/**
 * Markets (scenario order) and carriers an event's effects reach; `delays` when
 * one lengthens transit or customs. A market reached only through a carrier
 * counts when `uses` says the company ships there with it: a parcel crunch on the
 * postal line is no warning for a market served from a warehouse.
 */
export function eventScope(scenario: Scenario, ev: EventType, uses: Uses = () => true): EventScope {
  const markets = new Set<string>();
  const carriers = new Set<string>();
  let delays = false;
  for (const e of ev.effects) {
    if (DELAY_KINDS.has(e.kind) && (e.add > 0 || e.multiply > 1)) delays = true;
    if (e.market !== undefined) markets.add(e.market);
    if (e.carrier !== undefined) {
      carriers.add(e.carrier);
      if (e.market === undefined) {
        for (const m of scenario.carriers.find((c) => c.id === e.carrier)?.markets ?? []) if (uses(e.carrier, m)) markets.add(m);
      }
    } else if (CARRIER_KINDS.has(e.kind)) {
      for (const c of scenario.carriers) if (e.market === undefined || c.markets.includes(e.market)) carriers.add(c.id);
    }
    if (e.channel !== undefined && e.market === undefined) for (const m of scenario.channels.find((c) => c.id === e.channel)?.markets ?? []) markets.add(m);
    if (e.currency !== undefined) for (const m of scenario.markets) if (m.currency === e.currency) markets.add(m.id);
    if (e.market === undefined && e.carrier === undefined && e.channel === undefined && e.currency === undefined) {
      for (const m of scenario.markets) markets.add(m.id);
    }
  }
  for (const m of crisisImpactMarkets(ev)) markets.add(m);
  return { markets: scenario.markets.map((m) => m.id).filter((id) => markets.has(id)), carriers: [...carriers].sort(), delays };
}

/** Markets named by the crisis impacts of an event, when the engine's schema has them. */
function crisisImpactMarkets(ev: EventType): string[] {
  const crisis = (ev as { crisis?: { impacts?: unknown } }).crisis;
  const impacts = crisis?.impacts;
  if (!Array.isArray(impacts)) return [];
  const out: string[] = [];
  for (const i of impacts) {
    const m = (i as { market?: unknown } | null)?.market;
    if (typeof m === 'string') out.push(m);
  }
  return out;
}

/** Does an event slow shipments on this carrier to this market? */
export function slows(ev: EventType, carrier: string, market: string): boolean {
  return ev.effects.some((e) => DELAY_KINDS.has(e.kind) && (e.add > 0 || e.multiply > 1)
    && (e.carrier === undefined || e.carrier === carrier) && (e.market === undefined || e.market === market));
}

interface OpenCase { event: string; startedTurn: number; endsTurn: number; answered: boolean }

/** The company's crisis cases, if its state has them (engine issue 3): `{ event, startedTurn, endsTurn, chosen }`. */
export function openCases(state: GameState, companyId: string): OpenCase[] {
  const list = (state.companies[companyId] as { crises?: unknown } | undefined)?.crises;
  if (!Array.isArray(list)) return [];
  const out: OpenCase[] = [];
  for (const c of list) {
    if (c === null || typeof c !== 'object') continue;
    const r = c as Record<string, unknown>;
    if (typeof r.event !== 'string') continue;
    out.push({
      event: r.event,
      startedTurn: typeof r.startedTurn === 'number' ? r.startedTurn : 0,
      endsTurn: typeof r.endsTurn === 'number' ? r.endsTurn : 0,
      answered: typeof r.chosen === 'number' || typeof r.answeredTurn === 'number',
    });
  }
  return out;
}

/**
 * One marker per active event or open crisis case: midway along the company's
 * route of a carrier it disrupts (the Red Sea on the Suez lane), else at the
 * first market it names, else at the first market it touches. One that names
 * neither market nor carrier (a crisis whose impacts hit "every market the
 * company is in") touches the company's markets.
 */
export function crisisMarkers(
  scenario: Scenario, state: GameState, companyId: string,
  marketAt: (id: string) => MapPoint | undefined, carrierAt: (id: string) => MapPoint | undefined,
  uses: Uses, homeAt: MapPoint,
): CrisisMarker[] {
  const company = state.companies[companyId];
  const ownMarkets = scenario.markets.map((m) => m.id).filter((id) => company !== undefined && Object.hasOwn(company.markets, id));
  const byId = new Map<string, CrisisMarker>();
  const add = (eventId: string, started: number | null, ends: number | null, needsAnswer: boolean): void => {
    const have = byId.get(eventId);
    if (have) { have.needsAnswer = have.needsAnswer || needsAnswer; return; }
    const ev = scenario.events.find((e) => e.id === eventId);
    const name: Localised = ev?.name ?? { zh: eventId, en: eventId };
    const found = ev ? eventScope(scenario, ev, uses) : { markets: [], carriers: [], delays: false };
    const scope = found.markets.length === 0 && found.carriers.length === 0 ? { ...found, markets: ownMarkets } : found;
    const ownMarket = ev?.effects.find((e) => e.market !== undefined)?.market ?? crisisImpactMarkets(ev ?? { effects: [] } as unknown as EventType)[0];
    let onRoute: MapPoint | undefined;
    for (const c of scope.carriers) onRoute ??= carrierAt(c);
    const at = onRoute
      ?? (ownMarket !== undefined ? marketAt(ownMarket) : undefined)
      ?? (scope.markets[0] !== undefined ? marketAt(scope.markets[0]) : undefined)
      ?? homeAt;
    byId.set(eventId, {
      id: eventId, name, description: ev?.description ?? null, startedTurn: started, endsTurn: ends,
      markets: scope.markets, carriers: scope.carriers, at, needsAnswer,
    });
  };
  for (const e of state.events) add(e.id, e.startedTurn, e.endsTurn, false);
  for (const c of openCases(state, companyId)) {
    if (c.endsTurn >= state.turn || c.endsTurn === 0) add(c.event, c.startedTurn, c.endsTurn || null, !c.answered);
  }
  return [...byId.values()];
}
