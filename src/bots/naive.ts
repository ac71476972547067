// naive: the seed-004 failure cases in one seller. It ships everything by the
// cheapest parcel service from China (no overseas warehouse), prices just above
// the factory cost converted at today's rate (unitCost × 1.15, with no thought for
// freight, duty, VAT or fees: "ignored hidden logistics costs, low-price
// strategy"), lists every product in every market on every channel, takes cards
// only ("cards only, no e-wallets"), and spends nothing on ads or research.
import type { Action } from '../engine';
import type { Bot } from './types';
import { cheapestParcel } from './costs';
import { movedEnough } from './pricing';
import { presenceOf } from './seller';
import { Budget } from './stock';
import { channelsOf, listingOf, lookup, productsIn, stockAt, toLocal } from './world';
import { onOrder } from './pipeline';

export const naive: Bot = {
  name: 'naive',
  description: 'Cheapest parcels, factory cost + 15% as the price, every product in every market and channel, cards only, no ads.',
  decide(view, scenario): Action[] {
    if (view.company.bankrupt || view.turnsLeft <= 0) return [];
    const lk = lookup(scenario);
    const out: Action[] = [];
    const budget = new Budget(view.company.cash, 0);
    const grams = scenario.products.reduce((a, p) => a + p.weightGrams, 0) / Math.max(1, scenario.products.length);
    const card = scenario.paymentMethods.find((m) => m.kind === 'card') ?? scenario.paymentMethods[0];
    for (const m of scenario.markets) {
      const presence = presenceOf(view, m.id);
      const carrier = cheapestParcel(lk, m.id, grams);
      if (!carrier) continue;
      if (!presence || presence.fulfilFrom !== 'home' || presence.parcelCarrier !== carrier.id) {
        out.push({ type: 'setFulfilment', market: m.id, from: 'home', carrier: carrier.id });
      }
      if (card && (presence?.payments.length !== 1 || presence.payments[0] !== card.id) && budget.spend(card.setupCost)) {
        out.push({ type: 'setPayments', market: m.id, methods: [card.id] });
      }
      for (const p of productsIn(lk, m.id)) {
        const price = Math.max(1, toLocal(lk, view.fx, m, p.unitCost * 1.15));
        for (const ch of channelsOf(lk, m.id)) {
          const current = listingOf(lk, view, m.id, ch.id, p.id);
          if (!current || movedEnough(current.price, price)) out.push({ type: 'setPrice', market: m.id, channel: ch.id, product: p.id, price });
        }
      }
    }
    // Keep a factory order's worth of everything in stock, while cash lasts.
    for (const p of scenario.products) {
      if (view.turn + 1 + p.leadTimeWeeks > scenario.turns) continue;
      if (stockAt(view, 'home', p.id) + onOrder(view, p.id) >= p.moq) continue;
      if (budget.spend(p.unitCost * p.moq)) out.push({ type: 'orderStock', product: p.id, units: p.moq });
    }
    return out;
  },
};
