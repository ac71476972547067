// A plain, deterministic way to play any scenario, for the benchmark and the golden
// runs: keep each listed product in stock at the China warehouse, refill an overseas
// warehouse by the cheapest freight when one is used, advertise a little (translated
// by a person), hire a local-language agent when buyers' contacts pile up, and answer
// crises at once.
// It decides only from the state a student can see (own stock, cash, listings).
import type { Action, GameState } from '../../src/engine';

export function simplePlayerActions(state: GameState, companyId = 'player'): Action[] {
  const c = state.companies[companyId];
  if (!c || c.bankrupt) return [];
  const actions: Action[] = [];
  let cash = c.cash;
  // Crises: answer at once with the likeliest response costing at most a tenth of the cash.
  for (const x of c.crises) {
    const options = state.scenario.events.find((e) => e.id === x.event)?.crisis?.options ?? [];
    if (x.chosen !== null || state.turn + 1 > x.answerBy) continue;
    let best = -1;
    options.forEach((o, i) => { if (o.cost <= cash / 10 && (best < 0 || o.odds > options[best]!.odds)) best = i; });
    if (best >= 0) { actions.push({ type: 'respondCrisis', crisis: x.id, option: best }); cash -= options[best]!.cost; }
  }
  const products = [...new Set(c.listings.map((l) => l.product))].sort();
  for (const id of products) {
    const p = state.scenario.products.find((x) => x.id === id);
    if (!p) continue;
    const held = Object.values(c.stock).reduce((a, at) => a + (at[id] ?? 0), 0);
    const pending = c.sourcing.filter((o) => o.product === id).reduce((a, o) => a + o.units, 0);
    if (held + pending < p.moq * 2 && cash > p.unitCost * p.moq * 3) {
      actions.push({ type: 'orderStock', product: id, units: p.moq * 2 });
      cash -= p.unitCost * p.moq * 2;
    }
  }
  for (const m of Object.keys(c.markets).sort()) {
    const presence = c.markets[m]!;
    if (presence.fulfilFrom !== 'home') {
      const wh = presence.fulfilFrom;
      const carrier = state.scenario.carriers.find((x) => x.service === 'freight' && x.markets.includes(m));
      for (const id of products) {
        const atHome = c.stock.home?.[id] ?? 0;
        const there = c.stock[wh]?.[id] ?? 0;
        if (carrier && there < 50 && atHome > 0 && cash > 1_000_000) {
          actions.push({ type: 'ship', product: id, units: Math.min(atHome, 200), to: wh, carrier: carrier.id });
          cash -= 500_000;
        }
      }
    }
    if (state.turn === 0) {
      actions.push({ type: 'setAdBudget', market: m, weekly: 50_000 });
      // Ads go out in a human translation where the scenario models culture (README §12.2).
      const market = state.scenario.markets.find((x) => x.id === m);
      if (market && market.culturalDistance > 0 && presence.localisation === 'machine') actions.push({ type: 'setLocalisation', market: m, level: 'human' });
    }
    // One local-language agent once buyers' contacts outgrow what the owner answers (README §12.4).
    const service = state.scenario.service;
    if (service && presence.agents === 0 && (c.lastMarketKpis[m]?.orders ?? 0) * service.contactRate > 60) {
      actions.push({ type: 'setService', market: m, agents: 1, localLanguage: true, localHours: false });
    }
  }
  return actions;
}
