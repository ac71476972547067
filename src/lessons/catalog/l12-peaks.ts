// Lesson 12 (seed 000 ch. 6 促销 and ch. 5 备货; calibration.md §6 BFCM): peaks
// multiply demand, and the stock must be there in time. Serum in the US from week
// 42 through Black Friday/Cyber Monday and into Christmas; both arms restock to
// cover the three weeks of factory lead time from last week's demand (orders plus
// stock-outs, which a seller sees). The treatment arm scales that forecast by the
// published season calendar; the control arm does not. Measured: units sold in
// turns 6–8 (weeks 47–49: early Black Friday, BFCM, Christmas).
import type { Decide } from '../lab';
import type { Lesson } from '../lesson';
import { PLAYER_ID, type Scenario } from '../../engine';
import { lookup, seasonAt } from '../../bots/world';
import { sliceScenario } from '../slice';
import { campaignText, kpi, play } from '../lab';

const PRODUCT = 'serum';
const LEAD = 3;

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US'], turns: 8, startWeek: 42, products: [PRODUCT], rivals: false,
  edit(s) {
    s.player = {
      cash: 30_000_000,
      stock: [{ product: PRODUCT, location: 'home', units: 900 }],
      listings: [{ market: 'US', channel: 'marketplace', product: PRODUCT, price: 1999 }],
      fulfilment: [{ market: 'US', from: 'home', carrier: 'express' }],
      payments: [{ market: 'US', methods: ['card', 'paypal'] }],
      awareness: [{ market: 'US', value: 0.15 }],
      // Human translation: conversion as written (the campaign models culture, README §12.2).
      localisation: [{ market: 'US', level: 'human' }],
      rating: 4.4,
    };
  },
}));

function restock(seasonal: boolean): Decide {
  return (state, last) => {
    const s = state.scenario;
    const lk = lookup(s);
    const us = s.markets.find((m) => m.id === 'US')!;
    const c = state.companies[PLAYER_ID]!;
    const k = last?.companies[PLAYER_ID]?.markets.US;
    if (!k) return [];
    const now = state.turn;
    const demand = k.orders + k.stockouts;
    let need = 0;
    for (let t = now + 1; t <= now + LEAD + 1; t += 1) need += demand * (seasonal ? seasonAt(lk, us, t) / seasonAt(lk, us, now) : 1);
    let position = c.stock.home?.[PRODUCT] ?? 0;
    for (const o of c.sourcing) position += o.units;
    const units = Math.ceil(need - position);
    const moq = s.products.find((p) => p.id === PRODUCT)!.moq;
    return units > 0 ? [{ type: 'orderStock', product: PRODUCT, units: Math.max(moq, units) }] : [];
  };
}

export const peaks: Lesson = {
  id: 12,
  title: 'Peaks multiply demand; stock must be there in time',
  titleZh: '大促旺季成倍放大需求，库存必须及时到位',
  source: 'seed 000 ch. 5–6 (stocking, promotion calendar); calibration.md §6 (BFCM)',
  kpi: 'unitsSold, US, sum of turns 6–8 (weeks 47–49)',
  compare: 'restock by the season calendar vs by last week’s demand',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, restock(true)).reports, 'unitsSold', 'sum', [6, 8], 'US');
    const ctrl = kpi(play(s, seed, restock(false)).reports, 'unitsSold', 'sum', [6, 8], 'US');
    return treat - ctrl;
  },
};
