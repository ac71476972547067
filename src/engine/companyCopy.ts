// Copy-on-write for a company: a working copy whose parts can be changed freely,
// sharing nothing mutable with the state it came from. The per-company phases
// (decisions, goods, customers, closing) edit such copies and put them in a new
// state, instead of going through immer drafts: measured on the campaign, 20
// listing price changes cost 25.9 us through a draft and 0.8 us as copies
// (.scratch numbers quoted in src/engine/README.md), and the turn budget is 150 us.
import type { Company, GameState } from './state';

export function workingCopy(c: Company): Company {
  const stock: Company['stock'] = {};
  for (const loc of Object.keys(c.stock)) stock[loc] = { ...c.stock[loc] };
  const markets: Company['markets'] = {};
  for (const m of Object.keys(c.markets)) {
    const p = c.markets[m]!;
    markets[m] = { ...p, payments: [...p.payments] };
  }
  const flows: Company['flows'] = {};
  for (const p of Object.keys(c.flows)) flows[p] = { ...c.flows[p]! };
  return {
    ...c,
    stock,
    markets,
    flows,
    ledger: { ...c.ledger },
    listings: c.listings.map((l) => ({ ...l })),
    // Orders, shipments and receivables are never edited in place, only added or dropped.
    sourcing: [...c.sourcing],
    shipments: [...c.shipments],
    receivables: [...c.receivables],
  };
}

/** A new state with some companies replaced. */
export function withCompanies(state: GameState, changed: ReadonlyMap<string, Company>, extra: Partial<GameState> = {}): GameState {
  if (changed.size === 0) return { ...state, ...extra };
  const companies = { ...state.companies };
  for (const [id, c] of changed) companies[id] = c;
  return { ...state, ...extra, companies };
}
