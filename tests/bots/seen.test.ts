// What a bot reads off a view (src/bots/world.ts): own listings found by market,
// channel and product, the rivals' going price and last week's orders, from tables
// indexed by the scenario's positions, as a plain search of the view finds them.
import { describe, expect, it } from 'vitest';
import { publicScenario, type StudentView } from '../../src/engine';
import { goingPrice, lastDemand, listedMarkets, listingOf, lookup, referencePrice, sellingPairs } from '../../src/bots/world';
import { shippedScenario } from '../support/scenarios';

const pub = publicScenario(shippedScenario('campaign-global'));
const lk = lookup(pub);

type Shelf = { market: string; channel: string; product: string; price: number };

function viewOf(listings: Shelf[], prices: (Shelf & { company: string })[], sales: { market: string; product: string; orders: number }[]): StudentView {
  return { company: { id: 'player', listings }, prices, lastReport: { sales } } as unknown as StudentView;
}

describe('a view read through the bots’ tables', () => {
  const markets = pub.markets.map((m) => m.id);
  const channels = pub.channels.map((c) => c.id);
  const products = pub.products.map((p) => p.id);
  // Every channel of a slot listed, some slots twice over, in no particular order.
  const listings: Shelf[] = [];
  let price = 1000;
  for (const p of [...products].reverse()) for (const m of markets.slice(0, 3)) for (const c of channels.slice(0, 3)) listings.push({ market: m, channel: c, product: p, price: price++ });
  listings.push({ ...listings[4]!, price: 1 }); // the same listing again: the last one counts
  const rivals = [
    { company: 'r1', market: 'US', channel: channels[0]!, product: products[0]!, price: 1500 },
    { company: 'r2', market: 'US', channel: channels[1]!, product: products[0]!, price: 2500 },
    { company: 'player', market: 'US', channel: channels[0]!, product: products[1]!, price: 9999 },
  ];
  const sales = [{ market: 'US', product: products[2]!, orders: 3.5 }, { market: 'US', product: products[2]!, orders: 1 }, { market: 'JP', product: products[0]!, orders: 0 }];
  const view = viewOf(listings, rivals, sales);

  it('finds each own listing by market, channel and product, and none elsewhere', () => {
    for (const m of markets) for (const c of channels) for (const p of products) {
      const all = listings.filter((l) => l.market === m && l.channel === c && l.product === p);
      expect(listingOf(lk, view, m, c, p)).toBe(all.at(-1));
    }
    expect(listingOf(lk, view, 'nowhere', channels[0]!, products[0]!)).toBeUndefined();
  });

  it('gives the going price from the other sellers only, and last week’s orders by market and product', () => {
    const ref = referencePrice(lk, 'US', products[0]!) ?? 0;
    expect(goingPrice(lk, view, 'US', products[0]!)).toBe((ref + 2000) / 2);
    expect(goingPrice(lk, view, 'US', products[1]!)).toBe(referencePrice(lk, 'US', products[1]!) ?? 0);
    expect(lastDemand(lk, view, 'US', products[2]!)).toBe(4.5);
    expect(lastDemand(lk, view, 'JP', products[0]!)).toBe(0);
    expect(lastDemand(lk, view, 'JP', products[2]!)).toBeNull();
  });

  it('reads each view asked about, back and forth, not the one read before', () => {
    const other = viewOf([{ market: 'JP', channel: channels[0]!, product: products[0]!, price: 5 }], [], []);
    for (const v of [view, other, view, other]) {
      const own = (v.company.listings as Shelf[])[0]!;
      expect(listingOf(lk, v, own.market, own.channel, own.product)).toBe(own);
      expect(listedMarkets(v)).toEqual([...new Set((v.company.listings as Shelf[]).map((l) => l.market))].sort());
      expect(lastDemand(lk, v, 'US', products[2]!)).toBe(v === view ? 4.5 : null);
    }
  });

  it('lists the markets sold in, sorted, and counts the market-channel pairs', () => {
    expect(listedMarkets(view)).toEqual([...new Set(listings.map((l) => l.market))].sort());
    expect(sellingPairs(lk, view)).toBe(new Set(listings.map((l) => `${l.market}|${l.channel}`)).size);
  });
});
