// AI rivals (DESIGN.md §2; seed 004 §2 价格竞争策略): an `undercut` rival prices
// just under the cheapest other seller but never below 1.3 × factory cost in
// local money, and every rival keeps its stock flowing. Rivals decide from the
// state at the start of a turn, so they answer the student's price a turn later.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine';
import { toHome, toLocal } from '../../../src/engine/fx';
import { NICHE_AD_CEILING, NICHE_AD_STEP } from '../../../src/engine/nicheAds';
import { play, scenarioFrom, startOf, type Draft, type Turn } from './build';

function rivalScenario(edit: (s: Draft) => void = () => {}): Scenario {
  return scenarioFrom((s) => {
    delete s.script;
    s.objectives = [];
    for (const m of s.markets) m.seasons = [];
    edit(s);
  });
}
const rivalPrice = (t: Turn) => t.state.companies.rival!.listings.find((l) => l.market === 'US' && l.product === 'lamp')!.price;
const setLamp = (price: number) => ({ type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price });

describe('an undercut rival', () => {
  const scenario = rivalScenario(); // rival: undercut, price index 0.9, lamp reference $29.99, player at $29.99

  it('prices below the others: its index under the reference, or 3% under the cheapest rival', () => {
    const turns = play(startOf(scenario, 2), [[setLamp(2800)], [setLamp(2500)], [setLamp(2000)], []]);
    // Turn 1 sees the player at 2999: min(0.9 × 2999, 0.97 × 2999) = 2699.
    // Turn 2 sees 2800 → min(2699, 2716) = 2699; turn 3 sees 2500 → 2425; turn 4 sees 2000 → 1940.
    expect(turns.map(rivalPrice)).toEqual([2699, 2699, 2425, 1940]);
    turns.slice(1).forEach((t, i) => expect(rivalPrice(t)).toBeLessThan(turns[i]!.state.companies.player!.listings[0]!.price));
  });

  it('never goes below 1.3 × factory cost in local money', () => {
    const turns = play(startOf(scenario, 2), [[setLamp(500)], [setLamp(1)], [], [], []]);
    const floorIn = (i: number) => toLocal(4500 * 1.3, turns[i - 1]!.state.fx.USD!, 2, 2); // at the rate it decided on: ¥58.50 ≈ $8.13
    expect(rivalPrice(turns[1]!)).toBe(floorIn(1));
    expect(Math.abs(toHome(rivalPrice(turns[1]!), turns[0]!.state.fx.USD!, 2, 2) - 5850)).toBeLessThanOrEqual(5);
    for (let i = 1; i < turns.length; i += 1) {
      // Rivals leave a price alone when it is within 1% of their target, so as the
      // rate drifts the price may sit up to 1% off the floor (see the report).
      expect(rivalPrice(turns[i]!)).toBeGreaterThanOrEqual(floorIn(i) * 0.99);
      expect(rivalPrice(turns[i]!)).toBeGreaterThan(turns[i]!.state.companies.player!.listings[0]!.price);
    }
  });

  it('answers a discount: the buyer’s price counts, not the shelf price', () => {
    const turns = play(startOf(scenario, 2), [[{ type: 'setDiscount', market: 'US', channel: 'amazon', product: 'lamp', discount: 0.2, turns: 4 }], []]);
    expect(rivalPrice(turns[1]!)).toBe(Math.round(Math.round(2999 * 0.8) * 0.97));
  });

  it('acts through the same rules as the student: nothing it does is refused here', () => {
    for (const t of play(startOf(scenario, 2), 6)) expect(t.report.companies.rival!.refused).toEqual([]);
  });
});

describe('other strategies', () => {
  it('a premium rival holds its index over the reference price whatever the others do', () => {
    const premium = rivalScenario((s) => { s.competitors[0]!.strategy = 'premium'; s.competitors[0]!.priceIndex = 1.4; });
    const turns = play(startOf(premium, 2), [[setLamp(1500)], [], []]);
    expect(turns.map(rivalPrice)).toEqual([4199, 4199, 4199]);
  });

  it('a follower moves halfway from its index to the others’ average', () => {
    const follow = rivalScenario((s) => { s.competitors[0]!.strategy = 'follow'; s.competitors[0]!.priceIndex = 1; });
    const turns = play(startOf(follow, 2), [[setLamp(2000)], []]);
    expect(rivalPrice(turns[1]!)).toBe(Math.round((2999 + 2000) / 2));
  });
});

describe('rival stock', () => {
  const withStock = (usWest: number, home: number) => rivalScenario((s) => {
    s.competitors[0]!.start.stock = [{ product: 'lamp', location: 'usWest', units: usWest }, { product: 'lamp', location: 'home', units: home }];
  });
  const orders = (t: Turn) => t.report.companies.rival!.ledger.filter((e) => e.memo === 'goods purchased').length;
  const shipsOut = (t: Turn) => t.report.companies.rival!.ledger.filter((e) => e.memo === 'freight to warehouse').length;

  it('a rival running low orders from the factory at once; one with plenty does not', () => {
    const [low] = play(startOf(withStock(10, 0), 3), 1);
    const [full] = play(startOf(withStock(5000, 5000), 3), 1);
    expect(orders(low!)).toBe(1);
    expect(low!.state.companies.rival!.sourcing).toEqual([expect.objectContaining({ product: 'lamp', units: expect.any(Number) })]);
    expect(low!.state.companies.rival!.sourcing[0]!.units).toBeGreaterThanOrEqual(100); // the MOQ
    expect(orders(full!)).toBe(0);
    expect(shipsOut(full!)).toBe(0);
  });

  it('does not order again while the order it placed is on its way', () => {
    const turns = play(startOf(withStock(0, 0), 3), 2); // nothing to sell, so its needs do not move
    expect(turns.map(orders)).toEqual([1, 0]);
  });

  it('ships the goods on to its warehouse once they reach China, by the cheapest freight', () => {
    const turns = play(startOf(withStock(10, 0), 3), 6);
    const first = turns.findIndex((t) => shipsOut(t) > 0);
    expect(first).toBeGreaterThanOrEqual(3); // ordered in turn 1, in China at the end of turn 3 (lead time 2)
    const shipment = turns[first]!.state.companies.rival!.shipments.at(-1)!;
    expect(shipment).toMatchObject({ product: 'lamp', to: 'usWest', carrier: 'sea' });
    for (const t of turns) {
      for (const n of Object.values(t.state.companies.rival!.stock)) for (const units of Object.values(n)) expect(units).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('rivals react to the market (share and the leader)', () => {
  /** A `follow` rival at the reference price, and a second rival `other` at `otherPrice`. */
  const twoRivals = (strategy: 'follow' | 'undercut' | 'premium' | 'niche', otherPrice: number, edit: (s: Draft) => void = () => {}) => rivalScenario((s) => {
    const r = s.competitors[0]!;
    r.strategy = strategy;
    r.priceIndex = 1;
    r.start.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    r.start.stock = [{ product: 'lamp', location: 'usWest', units: 100_000 }];
    s.competitors.push({ ...structuredClone(r), id: 'other', name: { zh: '他者', en: 'Other Co' }, strategy: 'premium', priceIndex: otherPrice / 2999 });
    s.player.stock = [{ product: 'lamp', location: 'home', units: 100_000 }];
    edit(s);
  });

  it('a follower follows the leader (the best seller last turn), not the mean', () => {
    // The player, cheap and well known, outsells everyone: the leader is the player at 2000, the other rival sits at 4000.
    const s = twoRivals('follow', 4000, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; });
    const turns = play(startOf(s, 2), [[setLamp(2000)], [], []]);
    expect(turns[0]!.state.companies.player!.lastMarketKpis.US!.unitsSold).toBeGreaterThan(turns[0]!.state.companies.other!.lastMarketKpis.US!.unitsSold);
    // Turn 2 sees the leader at 2000: (2999 + 2000) / 2, not (2999 + mean(2000, 4000)) / 2 = 2999.5; but it is also losing share, so at most 0.95 × its price.
    expect(rivalPrice(turns[1]!)).toBe(Math.min(Math.round((2999 + 2000) / 2), Math.round(rivalPrice(turns[0]!) * 0.95)));
    expect(rivalPrice(turns[1]!)).toBe(2500);
  });

  it('a rival losing share cuts 5% below its own price each turn, creeping back up once it sells; a premium brand holds', () => {
    // Same price as the player, but the player is far better known: the rival sells under half its fair share.
    const s = twoRivals('follow', 2999, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; });
    const turns = play(startOf(s, 3), [[setLamp(2999)], [], [], []]);
    const prices = turns.map(rivalPrice);
    expect(prices[0]).toBe(2999); // turn 1: no sales yet, nothing to react to
    const share = (i: number) => {
      const st = turns[i]!.state;
      const units = (id: string) => st.companies[id]!.lastMarketKpis.US!.unitsSold;
      return units('rival') / (units('rival') + units('other') + units('player'));
    };
    expect(share(0)).toBeLessThan(0.5 / 3);
    expect(prices[1]).toBe(Math.round(2999 * 0.95));
    // Still losing: another 5% off; won share back: creeps up at most 5% towards its target (2999).
    expect(prices[2]).toBe(share(1) < 0.5 / 3 ? Math.round(prices[1]! * 0.95) : Math.min(2999, Math.round(prices[1]! * 1.05)));
    const premium = play(startOf(twoRivals('premium', 2999, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; }), 3), [[setLamp(2999)], [], []]);
    expect(premium.map(rivalPrice)).toEqual([2999, 2999, 2999]);
  });

  it('its moves are market news, with the product and market names', () => {
    const s = twoRivals('follow', 2999, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; });
    const turns = play(startOf(s, 3), [[setLamp(2999)], []]);
    const lamp = s.products.find((p) => p.id === 'lamp')!.name;
    const us = s.markets.find((m) => m.id === 'US')!.name;
    expect(turns[1]!.report.news).toContainEqual({ en: `Rival Co cut its ${lamp.en} price in ${us.en} by 5%.`, zh: `对手将${us.zh}市场${lamp.zh}的价格下调了5%。` });
  });

  it('a niche rival holds its price and steps its ads up while it loses share, down once it holds its fair share; a premium brand spends nothing', () => {
    const outsold = (strategy: 'niche' | 'premium') => play(startOf(twoRivals(strategy, 2999, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; }), 3), [[setLamp(2999)], [], [], []]);
    const ads = (t: Turn) => t.state.companies.rival!.markets.US!.adBudget;
    const niche = outsold('niche');
    expect(niche.map(rivalPrice)).toEqual([2999, 2999, 2999, 2999]);
    expect(ads(niche[0]!)).toBe(0); // turn 1: no sales yet, nothing to react to
    const losing = (i: number) => {
      const k = (id: string) => niche[i]!.state.companies[id]!.lastMarketKpis.US!.unitsSold;
      return k('rival') / (k('rival') + k('other') + k('player')) < 0.5 / 3;
    };
    expect(losing(0)).toBe(true);
    expect(ads(niche[1]!)).toBe(NICHE_AD_STEP);
    for (let i = 2; i < niche.length; i += 1) {
      const before = ads(niche[i - 1]!);
      if (losing(i - 1)) expect(ads(niche[i]!)).toBe(Math.min(before + NICHE_AD_STEP, NICHE_AD_CEILING));
      else expect(ads(niche[i]!)).toBeLessThanOrEqual(before);
    }
    expect(niche[1]!.report.news.some((n) => n.en === 'Rival Co stepped up its advertising in ' + niche[1]!.state.scenario.markets.find((m) => m.id === 'US')!.name.en + '.')).toBe(true);
    // The same rival as a premium brand, outsold the same way, never advertises.
    expect(outsold('premium').map(ads)).toEqual([0, 0, 0, 0]);
  });

  it('a niche rival that holds its fair share again steps its ads back down', () => {
    // Outsold by the player in turn 1, it advertises; the player then prices itself out.
    const s = twoRivals('niche', 2999, (d) => { d.player.awareness = [{ market: 'US', value: 0.9 }]; });
    const turns = play(startOf(s, 3), [[setLamp(2999)], [setLamp(9999)], [], []]);
    const ads = (t: Turn) => t.state.companies.rival!.markets.US!.adBudget;
    const share = (i: number) => {
      const k = (id: string) => turns[i]!.state.companies[id]!.lastMarketKpis.US!.unitsSold;
      return k('rival') / (k('rival') + k('other') + k('player'));
    };
    expect(ads(turns[1]!)).toBe(NICHE_AD_STEP);
    expect(share(1)).toBeGreaterThanOrEqual(1 / 3); // three sellers: it holds its fair share
    expect(ads(turns[2]!)).toBe(0);
  });
});
