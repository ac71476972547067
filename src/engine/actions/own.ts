// Copy-on-write inside one company's actions. The working copy a company acts on
// (companyCopy.ts workingCopy) shares its markets, listings, stock and flows with
// the state it came from; a handler about to change one of them takes it through
// these helpers, which copy that record, and only it, the first time in the turn
// (`ctx.owned` remembers what is already the working copy's own). A rival that
// reprices two listings thus copies two listings, not all of them with every market
// presence: those copies are kept in the next state, and what a state keeps is
// what the garbage collector pays for.
import type { Listing, MarketPresence, StockFlows } from '../state';
import type { ActionContext } from './context';
import { copyPresence, newPresence } from '../company';
import { copyFlows, copyListing } from '../companyCopy';

function markets(ctx: ActionContext): Record<string, MarketPresence> {
  const c = ctx.company;
  if (!ctx.owned.has(c.markets)) { c.markets = { ...c.markets }; ctx.owned.add(c.markets); }
  return c.markets;
}

/** Opens a presence in the market if there is none (listing or shipping there does). */
export function openPresence(ctx: ActionContext, market: string): void {
  if (!Object.hasOwn(ctx.company.markets, market)) presence(ctx, market);
}

/** The company's presence in a market, its own to change (a new one if it had none). */
export function presence(ctx: ActionContext, market: string): MarketPresence {
  const all = markets(ctx);
  const p = Object.hasOwn(all, market) ? all[market]! : undefined;
  if (p !== undefined && ctx.owned.has(p)) return p;
  const mine = p === undefined ? newPresence() : copyPresence(p);
  all[market] = mine;
  ctx.owned.add(mine);
  return mine;
}

/** The listings array, the working copy's own to add to or reorder. */
export function listings(ctx: ActionContext): Listing[] {
  const c = ctx.company;
  if (!ctx.owned.has(c.listings)) { c.listings = [...c.listings]; ctx.owned.add(c.listings); }
  return c.listings;
}

/** One of the company's listings, its own to change, in the same place in the list. */
export function listing(ctx: ActionContext, l: Listing): Listing {
  if (ctx.owned.has(l)) return l;
  const all = listings(ctx);
  const mine = copyListing(l);
  all[all.indexOf(l)] = mine;
  ctx.owned.add(mine);
  return mine;
}

/** Units per product at one location, the working copy's own to change. */
export function stockAt(ctx: ActionContext, location: string): Record<string, number> {
  const c = ctx.company;
  if (!ctx.owned.has(c.stock)) { c.stock = { ...c.stock }; ctx.owned.add(c.stock); }
  const at = c.stock[location];
  if (at !== undefined && ctx.owned.has(at)) return at;
  const mine = { ...at };
  c.stock[location] = mine;
  ctx.owned.add(mine);
  return mine;
}

/** A product's stock flows, the working copy's own to change (zeros if it had none). */
export function flowsOf(ctx: ActionContext, product: string): StockFlows {
  const c = ctx.company;
  if (!ctx.owned.has(c.flows)) { c.flows = { ...c.flows }; ctx.owned.add(c.flows); }
  const f = Object.hasOwn(c.flows, product) ? c.flows[product]! : undefined;
  if (f !== undefined && ctx.owned.has(f)) return f;
  const mine = f === undefined ? { damaged: 0, lost: 0, ordered: 0, returned: 0, sold: 0 } : copyFlows(f);
  c.flows[product] = mine;
  ctx.owned.add(mine);
  return mine;
}
