// Copy-on-write inside one company's actions. The working copy a company acts on
// (companyCopy.ts workingCopy) shares its markets, listings, stock and flows with
// the company it was made from (`ctx.base`, the state's, never changed); a handler
// about to change one of them takes it through these helpers, which copy that
// record, and only it, the first time in the turn. A record the working copy holds
// that is not the base's own is already the working copy's: the identity check
// needs no set of copies, which cost a Set and its growth per company a turn. A
// rival that reprices two listings thus copies two listings, not all of them with
// every market presence: those copies are kept in the next state, and what a state
// keeps is what the garbage collector pays for.
import type { Listing, MarketPresence, StockFlows } from '../state';
import { own, type ActionContext } from './context';
import { copyPresence, newPresence } from '../company';
import { copyFlows, copyListing } from '../companyCopy';

function markets(ctx: ActionContext): Record<string, MarketPresence> {
  const c = ctx.company;
  if (c.markets === ctx.base.markets) c.markets = { ...c.markets };
  return c.markets;
}

/** Opens a presence in the market if there is none (listing or shipping there does). */
export function openPresence(ctx: ActionContext, market: string): void {
  if (!Object.hasOwn(ctx.company.markets, market)) presence(ctx, market);
}

/** The company's presence in a market, its own to change (a new one if it had none). */
export function presence(ctx: ActionContext, market: string): MarketPresence {
  const all = markets(ctx);
  const p = own(all, market);
  if (p !== undefined && p !== own(ctx.base.markets, market)) return p;
  const mine = p === undefined ? newPresence() : copyPresence(p);
  all[market] = mine;
  return mine;
}

/** The listings array, the working copy's own to add to or reorder. */
export function listings(ctx: ActionContext): Listing[] {
  const c = ctx.company;
  if (c.listings === ctx.base.listings) c.listings = [...c.listings];
  return c.listings;
}

/** One of the company's listings, its own to change, in the same place in the list. */
export function listing(ctx: ActionContext, l: Listing): Listing {
  if (!ctx.base.listings.includes(l)) return l;
  const all = listings(ctx);
  const mine = copyListing(l);
  all[all.indexOf(l)] = mine;
  return mine;
}

/** Units per product at one location, the working copy's own to change. */
export function stockAt(ctx: ActionContext, location: string): Record<string, number> {
  const c = ctx.company;
  if (c.stock === ctx.base.stock) c.stock = { ...c.stock };
  const at = c.stock[location];
  if (at !== undefined && at !== ctx.base.stock[location]) return at;
  const mine = { ...at };
  c.stock[location] = mine;
  return mine;
}

/** A product's stock flows, the working copy's own to change (zeros if it had none). */
export function flowsOf(ctx: ActionContext, product: string): StockFlows {
  const c = ctx.company;
  if (c.flows === ctx.base.flows) c.flows = { ...c.flows };
  const f = own(c.flows, product);
  if (f !== undefined && f !== own(ctx.base.flows, product)) return f;
  const mine = f === undefined ? { damaged: 0, lost: 0, ordered: 0, returned: 0, sold: 0 } : copyFlows(f);
  c.flows[product] = mine;
  return mine;
}
