// What a company's marketing does to its buyers in one market this turn, worked
// out once per company × market for the demand phase (not per listing): search
// clicks bought, localisation and backlash, and the running promotion.
import type { Company, GameState } from './state';
import type { Market } from './schema';
import type { World } from './world';
import { adPrices, BACKLASH_CART, BACKLASH_VISITORS, localisationConversion, searchClicks } from './marketing';
import { memberPriceFactor, promoCartFactor, promoPriceAbandonFactor, promoUnits } from './promotions';
import { toLocal } from './fx';
import { loyaltySpec, referredVisitors, returningVisitors } from './customerBase';
import { activeCustomers, communityReferrals, communitySpec, engagedShare } from './community';
import { returnPolicyTrust } from './service';
import { demandIn } from './world';

export interface BuyerMods {
  /** Multiplies the visitors a listing draws (a backlash halves them). */
  visitors: number;
  /** Multiplies the cart rate: localisation, backlash, promotion. */
  cart: number;
  /** Multiplies the share of carts abandoned over price (a coupon). */
  priceAbandon: number;
  /** Multiplies the share abandoned for lack of trust (the return policy: service.ts). */
  trust: number;
  /** Price returning customers pay relative to others (member price). */
  member: number;
  /** Units in one order (a bundle of two). */
  units: number;
  /** Search-ad clicks landing on each of the company's listings in the market. */
  paidPerListing: number;
  /** Shoppers referred by loyal customers and by an engaged community, per listing (new visitors; customerBase.ts, community.ts). */
  referralPerListing: number;
  /** Past customers looking again this week, per listing, before the season (customerBase.ts). */
  returningPerListing: number;
  /** Share of the active customers a community engages this week (community.ts; 0 without one). */
  engaged: number;
}

export function isBacklash(company: Company, market: string, turn: number): boolean {
  const p = company.markets[market];
  return p !== undefined && p.backlashUntil >= turn;
}

export function buyerMods(state: GameState, world: World, company: Company, market: Market, turn: number, scale: number, inSeason: boolean): BuyerMods {
  const p = company.markets[market.id]!;
  const backlash = p.backlashUntil >= turn;
  const listings = listingsIn(company, market.id);
  const loyalty = loyaltySpec(world.scenario, p.loyalty);
  const promo = p.promotion;
  const culture = market.culturalDistance === 0 ? 1 : localisationConversion(world.scenario, market, p.localisation);
  // A community engages customers from the budget the cash can pay (phase 6 pays it last: community.ts).
  let communityReferred = 0, communityRepeat = 1, engaged = 0;
  if (p.community !== undefined && p.community > 0) {
    const spec = communitySpec(world.scenario);
    engaged = engagedShare(Math.min(p.community, Math.max(0, company.cash)), activeCustomers(p.pool), spec.halfCost);
    communityReferred = communityReferrals(p.pool, p.satisfaction, engaged, spec.referralRate);
    communityRepeat = 1 + spec.repeatBoost * engaged;
  }
  return {
    visitors: backlash ? BACKLASH_VISITORS : 1,
    cart: culture * (backlash ? BACKLASH_CART : 1) * (promo === null ? 1 : promoCartFactor(promo, turn, inSeason)),
    priceAbandon: promo === null ? 1 : promoPriceAbandonFactor(promo, turn),
    trust: returnPolicyTrust(p.returnDays, p.freeReturns),
    member: promo === null ? 1 : memberPriceFactor(promo, turn),
    units: promo === null ? 1 : promoUnits(promo, turn),
    paidPerListing: paidClicksPerListing(state, world, company, p.searchBudget, market, scale),
    referralPerListing: (referredVisitors(p.pool, loyalty.referralBoost) + communityReferred) / listings,
    returningPerListing: returningVisitors(p.pool, p.satisfaction, loyalty.repeatBoost * communityRepeat) / listings,
    engaged,
  };
}

function listingsIn(company: Company, market: string): number {
  let n = 0;
  for (const l of company.listings) if (l.market === market) n += 1;
  return n || 1;
}

/**
 * Clicks bought this week (marketing.ts `searchClicks`), spread evenly over the
 * company's listings in the market. The searchers one can bid for are `searchShare`
 * of the week's shoppers for the products it lists there. Spend is the budget, at
 * most the cash on hand (phase 6 pays it while cash lasts).
 */
function paidClicksPerListing(state: GameState, world: World, company: Company, searchBudget: number, market: Market, scale: number): number {
  const budget = Math.min(searchBudget, Math.max(0, company.cash));
  if (budget <= 0) return 0;
  let shoppers = 0;
  let listings = 0;
  const seen: string[] = [];
  for (const l of company.listings) {
    if (l.market !== market.id) continue;
    listings += 1;
    if (seen.includes(l.product)) continue;
    seen.push(l.product);
    shoppers += demandIn(world, market.id, l.product)?.weeklyVisitors ?? 0;
  }
  if (listings === 0) return 0;
  const prices = adPrices(world.scenario, market);
  const cur = world.currencies.get(market.currency)!;
  const spendLocal = toLocal(budget, state.fx[market.currency]!, cur.decimals, world.homeDecimals);
  return searchClicks(spendLocal, prices.cpc, prices.searchShare * shoppers * scale) / listings;
}
