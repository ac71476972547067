// Small scenarios for the system tests: the shared fixture, edited in place and
// loaded through the real loader (validated, then frozen), plus helpers to play
// turns. Each test states the few fields it relies on, so a change to the
// fixture's other numbers does not move its conclusion.
import { loadScenario } from '../../../src/scenario/load';
import { newGame, resolveTurn, type GameState, type Scenario, type ScenarioInput, type TurnReport } from '../../../src/engine';
import { minimalScenario } from '../../scenario/fixture';

type Player = ScenarioInput['player'];
type PlayerLists = 'stock' | 'listings' | 'fulfilment' | 'payments' | 'awareness';
type Lists = 'events' | 'warehouses' | 'competitors' | 'objectives';
/** The fixture as written: every list it fills in is present (the schema makes them optional). */
export type Draft = Omit<ScenarioInput, 'player' | Lists> & Required<Pick<ScenarioInput, Lists>> & {
  player: Omit<Player, PlayerLists> & Required<Pick<Player, PlayerLists>>;
};
type Item<K extends keyof Draft> = NonNullable<Draft[K]> extends readonly (infer T)[] ? T : never;

const text = (en: string) => ({ zh: `${en}（中文）`, en });
export { text };

/** The fixture with `edit` applied, validated and frozen by loadScenario; throws with the problems otherwise. */
export function scenarioFrom(edit: (s: Draft) => void = () => {}): Scenario {
  const draft = minimalScenario() as Draft;
  edit(draft);
  const loaded = loadScenario(JSON.stringify(draft));
  if (!loaded.ok) throw new Error(`invalid test scenario: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.scenario;
}

function byId<K extends 'markets' | 'products' | 'channels' | 'carriers' | 'warehouses' | 'competitors' | 'events'>(s: Draft, key: K, id: string): Item<K> {
  const found = (s[key] as readonly { id: string }[] | undefined)?.find((x) => x.id === id);
  if (!found) throw new Error(`no ${key} "${id}" in the test scenario`);
  return found as Item<K>;
}

export const market = (s: Draft, id: string) => byId(s, 'markets', id);
export const product = (s: Draft, id: string) => byId(s, 'products', id);
export const channel = (s: Draft, id: string) => byId(s, 'channels', id);
export const carrier = (s: Draft, id: string) => byId(s, 'carriers', id);

/** No rivals, no script, no Black Friday: only what a test adds moves the numbers. */
export function quiet(s: Draft): void {
  s.competitors = [];
  delete s.script;
  s.objectives = [];
  for (const m of s.markets) m.seasons = [];
}

/** A lot of shoppers, a known shop and deep pockets: enough orders every turn that noise cannot hide an effect. */
export function busy(s: Draft, visitors = 400_000): void {
  s.player.cash = 10_000_000_000;
  for (const p of s.products) for (const d of p.demand) d.weeklyVisitors = visitors;
  s.player.awareness = s.markets.map((m) => ({ market: m.id, value: 0.5 }));
}

/** A copy of the market `from` under a new id, currency and sensitivity (for side-by-side comparisons). */
export function cloneMarket(s: Draft, from: string, id: string, edit: (m: Item<'markets'>) => void = () => {}): void {
  const m = structuredClone(market(s, from));
  m.id = id;
  edit(m);
  s.markets.push(m);
  for (const c of s.channels) if (c.markets.includes(from)) c.markets.push(id);
  for (const c of s.carriers) if (c.markets.includes(from)) c.markets.push(id);
  for (const p of s.products) {
    const d = p.demand.find((x) => x.market === from);
    if (d) p.demand.push({ ...d, market: id });
  }
}

export interface Turn { state: GameState; report: TurnReport }

/** Plays `plan.length` turns (or `plan` empty ones) and returns every turn's result. */
export function play(start: GameState, plan: readonly (readonly unknown[])[] | number): Turn[] {
  const actions = typeof plan === 'number' ? Array.from({ length: plan }, () => []) : plan;
  const out: Turn[] = [];
  let state = start;
  for (const a of actions) {
    // A test that runs out of cash or turns would compare frozen states: fail loudly instead.
    if (state.finished) throw new Error(`the run ended at turn ${state.turn}: ${state.endReason?.en ?? ''}`);
    const r = resolveTurn(state, a);
    out.push(r);
    state = r.state;
  }
  return out;
}

export function startOf(scenario: Scenario, seed = 1): GameState {
  return newGame(scenario, seed);
}

/** Ledger entries of the student's company in a report, optionally by memo. */
export function entries(report: TurnReport, memo?: string, company = 'player') {
  const all = report.companies[company]!.ledger;
  return memo === undefined ? all : all.filter((e) => e.memo === memo);
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
