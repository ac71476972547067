// Drops the actions that would change nothing (a price already set, a budget
// already running): they cost nothing in play, but every action is written to
// the run file, and a bot that repeats its whole plan each week would make files
// of hundreds of kilobytes (issue 4: under 100 KB for the 52-turn campaign).
import type { Action, Company } from '../engine';

export function onlyChanges(company: Company, turn: number, actions: readonly Action[]): Action[] {
  return actions.filter((a) => !isNoOp(company, turn, a));
}

function isNoOp(c: Company, turn: number, a: Action): boolean {
  switch (a.type) {
    case 'setPrice':
      // A listing taken down or on a suspended account cannot be put back before its time (README §14).
      return c.listings.some((l) => l.market === a.market && l.channel === a.channel && l.product === a.product && l.price === a.price) || isDown(c, turn, a);
    case 'setDiscount':
      if (isDown(c, turn, a)) return true;
      // Still running at the same rate for at least as long as asked.
      return c.listings.some((l) => l.market === a.market && l.channel === a.channel && l.product === a.product
        && l.discount === a.discount && l.discountUntil >= turn + a.turns - 1);
    case 'delist':
      return !c.listings.some((l) => l.market === a.market && l.channel === a.channel && l.product === a.product);
    case 'setAdBudget':
      return c.markets[a.market]?.adBudget === a.weekly;
    case 'setFulfilment': {
      const p = c.markets[a.market];
      return p !== undefined && p.fulfilFrom === a.from && (a.from !== 'home' || p.parcelCarrier === (a.carrier ?? null));
    }
    case 'setPayments': {
      const now = c.markets[a.market]?.payments;
      return now !== undefined && now.length === a.methods.length && a.methods.every((m) => now.includes(m));
    }
    default:
      return false;
  }
}

/** Taken down, or on a suspended account (README §14): the engine would refuse it. */
function isDown(c: Company, turn: number, a: { market: string; channel: string; product: string }): boolean {
  return c.compliance.removed.some((r) => r.listing.market === a.market && r.listing.channel === a.channel && r.listing.product === a.product && r.untilTurn >= turn)
    || c.compliance.strikes.some((s) => s.channel === a.channel && s.suspendedUntil >= turn);
}
