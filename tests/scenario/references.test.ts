// The cross-reference rules of src/scenario/references*.ts, one case each:
// an edit to the valid fixture, the path it must be reported at, and words the
// message must contain.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { minimalScenario } from './fixture';
import { problemAt, problemsAfter } from './helpers';

type S = ReturnType<typeof minimalScenario>;
type Case = [name: string, edit: (s: S) => void, path: string, words: string];

const cases: Case[] = [
  ['duplicate market', (s) => { s.markets[1]!.id = 'US'; }, 'markets[1].id', 'duplicate id "US"'],
  ['duplicate currency code', (s) => { s.currencies[2]!.code = 'USD'; }, 'currencies[2].code', 'duplicate code "USD"'],
  ['duplicate season in a market', (s) => { s.markets[0]!.seasons!.push({ ...s.markets[0]!.seasons![0]! }); }, 'markets[0].seasons[1].id', 'duplicate id "bf"'],
  ['duplicate event', (s) => { s.events!.push({ ...s.events![0]! }); }, 'events[1].id', 'duplicate id "portStrike"'],
  ['duplicate objective', (s) => { s.objectives!.push({ ...s.objectives![0]! }); }, 'objectives[1].id', 'duplicate id'],
  ['duplicate competitor', (s) => { s.competitors!.push({ ...s.competitors![0]! }); }, 'competitors[1].id', 'duplicate id "rival"'],
  ['home currency not listed', (s) => { s.homeCurrency = 'JPY'; }, 'homeCurrency', '"JPY" must also be listed'],
  ['home currency rate', (s) => { s.currencies[0]!.rate = 7; }, 'currencies[0].rate', 'must be 1 (it is 7)'],
  ['home currency volatility', (s) => { s.currencies[0]!.volatility = 0.1; }, 'currencies[0].volatility', 'volatility must be 0'],
  ['market currency', (s) => { s.markets[1]!.currency = 'GBP'; }, 'markets[1].currency', 'unknown currency "GBP" (known: CNY, USD, EUR)'],
  ['payment mix method', (s) => { s.markets[0]!.paymentMix[1]!.method = 'alipay'; }, 'markets[0].paymentMix[1].method', 'unknown payment method "alipay"'],
  ['payment mix sum', (s) => { s.markets[0]!.paymentMix[0]!.share = 0.9; }, 'markets[0].paymentMix', 'add up to 1.2'],
  ['payment mix duplicate', (s) => { s.markets[0]!.paymentMix[1]!.method = 'card'; }, 'markets[0].paymentMix[1].method', 'duplicate method "card"'],
  ['reach over 1', (s) => { s.channels[1]!.reach = 0.5; }, 'markets[0]', 'reach 1.1 of its shoppers in total (amazon 0.6, site 0.5)'],
  ['product demand market', (s) => { s.products[1]!.demand[0]!.market = 'FR'; }, 'products[1].demand[0].market', 'unknown market "FR"'],
  ['product demand duplicate', (s) => { s.products[0]!.demand[1]!.market = 'US'; }, 'products[0].demand[1].market', 'duplicate market "US"'],
  ['warehouse market', (s) => { s.warehouses![0]!.market = 'FR'; }, 'warehouses[0].market', 'unknown market "FR"'],
  ['carrier market', (s) => { s.carriers[0]!.markets.push('FR'); }, 'carriers[0].markets[2]', 'unknown market "FR"'],
  ['stock product', (s) => { s.player.stock![1]!.product = 'ghost'; }, 'player.stock[1].product', 'unknown product "ghost" (known: lamp, serum)'],
  ['stock location', (s) => { s.player.stock![0]!.location = 'euHub'; }, 'player.stock[0].location', 'use "home" or a warehouse id (warehouses: usWest)'],
  ['listing market', (s) => { s.player.listings![0]!.market = 'FR'; }, 'player.listings[0].market', 'unknown market "FR"'],
  ['listing channel unknown', (s) => { s.player.listings![0]!.channel = 'ebay'; }, 'player.listings[0].channel', 'unknown channel "ebay"'],
  ['listing channel not serving', (s) => { s.player.listings![2]!.channel = 'site'; }, 'player.listings[2].channel', 'channel "site" does not serve market "DE"'],
  ['listing product without demand', (s) => { s.player.listings![2]!.product = 'serum'; }, 'player.listings[2].product', 'product "serum" has no demand in market "DE"'],
  ['fulfilment warehouse unknown', (s) => { s.player.fulfilment![0] = { market: 'US', from: 'euHub' }; }, 'player.fulfilment[0].from', 'unknown warehouse "euHub"'],
  ['fulfilment warehouse elsewhere', (s) => { s.player.fulfilment![1] = { market: 'DE', from: 'usWest' }; }, 'player.fulfilment[1].from', 'warehouse "usWest" is in market "US"'],
  ['fulfilment from home needs a carrier', (s) => { delete s.player.fulfilment![0]!.carrier; }, 'player.fulfilment[0].carrier', 'required field "carrier" is missing'],
  ['fulfilment carrier is freight', (s) => { s.player.fulfilment![0]!.carrier = 'sea'; }, 'player.fulfilment[0].carrier', 'a freight service'],
  ['fulfilment carrier not serving', (s) => { s.carriers[0]!.markets = ['US']; }, 'player.fulfilment[1].carrier', 'does not deliver to market "DE"'],
  ['fulfilment carrier unknown', (s) => { s.player.fulfilment![1]!.carrier = 'dhl'; }, 'player.fulfilment[1].carrier', 'unknown carrier "dhl"'],
  ['payments market', (s) => { s.player.payments![1]!.market = 'FR'; }, 'player.payments[1].market', 'unknown market "FR"'],
  ['payments method', (s) => { s.player.payments![0]!.methods.push('alipay'); }, 'player.payments[0].methods[2]', 'unknown payment method "alipay"'],
  ['awareness market', (s) => { s.player.awareness![0]!.market = 'FR'; }, 'player.awareness[0].market', 'unknown market "FR"'],
  ['competitor start', (s) => { s.competitors![0]!.start.listings![0]!.product = 'ghost'; }, 'competitors[0].start.listings[0].product', 'unknown product "ghost"'],
  ['objective market', (s) => { s.objectives![0]!.market = 'FR'; }, 'objectives[0].market', 'unknown market "FR"'],
  ['objective turn', (s) => { s.objectives![0]!.byTurn = 13; }, 'objectives[0].byTurn', 'turn 13 is outside the scenario, which has turns 1–12'],
  ['event market', (s) => { s.events![0]!.effects[1]!.market = 'FR'; }, 'events[0].effects[1].market', 'unknown market "FR"'],
  ['event carrier', (s) => { s.events![0]!.effects[0]!.carrier = 'ship'; }, 'events[0].effects[0].carrier', 'unknown carrier "ship"'],
  ['event channel', (s) => { s.events![0]!.effects.push({ kind: 'commission', channel: 'ebay' }); }, 'events[0].effects[2].channel', 'unknown channel "ebay"'],
  ['event currency', (s) => { s.events![0]!.effects.push({ kind: 'fxRate', currency: 'GBP' }); }, 'events[0].effects[2].currency', 'unknown currency "GBP"'],
  ['crisis impact market', (s) => { s.events![0]!.crisis = { kind: 'prBacklash', impacts: [{ kind: 'demand', market: 'FR', multiply: 0.5 }], options: [{ label: { zh: '声明', en: 'Statement' }, text: { zh: '声明', en: 'Statement' }, cost: 0, odds: 1 }] }; }, 'events[0].crisis.impacts[0].market', 'unknown market "FR"'],
  ['case figure market', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'revenue', market: 'FR', measure: 'sum', turns: [1, 12], op: '>=', target: 1 }] }; }, 'case.figures[0].market', 'unknown market "FR"'],
  ['case figure turns', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'revenue', measure: 'sum', turns: [1, 20], op: '>=', target: 1 }] }; }, 'case.figures[0].turns[1]', 'turn 20 is outside'],
  ['case figure reversed range', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'revenue', measure: 'sum', turns: [8, 2], op: '>=', target: 1 }] }; }, 'case.figures[0].turns', 'starts after it ends'],
  ['case ratio without base', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'returnRate', measure: 'ratio', turns: [6, 12], op: '<=', target: 0.4 }] }; }, 'case.figures[0].measure', 'needs "baseTurns" or "plan"'],
  ['case window missing', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'gmv', measure: 'maxWindowSum', turns: [1, 12], op: '>=', target: 1 }] }; }, 'case.figures[0].window', '"window" is missing'],
  ['as-happened market', (s) => { s.asHappened = { turns: [{ turn: 1, actions: [{ type: 'setAdBudget', market: 'FR', weekly: 1000 }] }] }; }, 'asHappened.turns[0].actions[0].market', 'unknown market "FR" (known: US, DE)'],
  ['as-happened channel and product', (s) => { s.asHappened = { turns: [{ turn: 2, actions: [{ type: 'setPrice', market: 'US', channel: 'ebay', product: 'serum', price: 999 }, { type: 'orderStock', product: 'mug', units: 10 }] }] }; }, 'asHappened.turns[0].actions[1].product', 'unknown product "mug"'],
  ['as-happened channel', (s) => { s.asHappened = { turns: [{ turn: 2, actions: [{ type: 'setPrice', market: 'US', channel: 'ebay', product: 'serum', price: 999 }] }] }; }, 'asHappened.turns[0].actions[0].channel', 'unknown channel "ebay"'],
  ['as-happened warehouse and carrier', (s) => { s.asHappened = { turns: [{ turn: 1, actions: [{ type: 'ship', product: 'lamp', units: 10, to: 'deEast', carrier: 'sea' }] }] }; }, 'asHappened.turns[0].actions[0].to', 'unknown warehouse "deEast" (known: usWest)'],
  ['as-happened fulfilment', (s) => { s.asHappened = { turns: [{ turn: 1, actions: [{ type: 'setFulfilment', market: 'US', from: 'home', carrier: 'dhl' }] }] }; }, 'asHappened.turns[0].actions[0].carrier', 'unknown carrier "dhl"'],
  ['as-happened payment method', (s) => { s.asHappened = { turns: [{ turn: 1, actions: [{ type: 'setPayments', market: 'US', methods: ['card', 'alipay'] }] }] }; }, 'asHappened.turns[0].actions[0].methods[1]', 'unknown payment method "alipay"'],
  ['as-happened currency', (s) => { s.asHappened = { turns: [{ turn: 1, actions: [{ type: 'hedgeFx', currency: 'JPY', share: 0.5, turns: 4 }] }] }; }, 'asHappened.turns[0].actions[0].currency', 'unknown currency "JPY"'],
  ['as-happened turn after the last', (s) => { s.asHappened = { turns: [{ turn: 13, actions: [] }] }; }, 'asHappened.turns[0].turn', 'turn 13 is outside'],
  ['case tolerance missing', (s) => { s.case = { source: 'seed', figures: [{ kpi: 'gmv', measure: 'sum', turns: [1, 12], op: '~', target: 1 }] }; }, 'case.figures[0].tolerance', '"tolerance" is missing'],
];

describe('cross-reference checks', () => {
  it.each(cases)('%s', (_name, edit, path, words) => {
    const problem = problemAt(problemsAfter(edit), path);
    expect(problem.message).toContain(words);
  });

  it('accepts a valid as-happened script, home fulfilment and a crisis it cannot know yet', () => {
    const s = minimalScenario();
    s.asHappened = { turns: [{ turn: 1, actions: [
      { type: 'ship', product: 'lamp', units: 10, to: 'usWest', carrier: 'sea' },
      { type: 'setFulfilment', market: 'US', from: 'home', carrier: 'postal' },
      { type: 'setPayments', market: 'US', methods: ['card', 'paypal'] },
      { type: 'hedgeFx', currency: 'USD', share: 0.5, turns: 4 },
      { type: 'respondCrisis', crisis: 'c-1', option: 0 },
    ] }, { turn: 12, actions: [{ type: 'setPrice', market: 'DE', channel: 'amazon', product: 'serum', price: 2999 }] }] };
    const r = loadScenario(JSON.stringify(s));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('accepts a valid case block', () => {
    const s = minimalScenario();
    s.case = {
      source: '004_b8004b958003678c.txt, 06, success 4',
      figures: [{ kpi: 'returnRate', market: 'US', measure: 'ratio', turns: [7, 12], baseTurns: [1, 6], op: '<=', target: 0.4 }],
    };
    expect(loadScenario(JSON.stringify(s)).ok).toBe(true);
  });
});

describe('event effect scopes', () => {
  it('refuses a scope field the effect kind ignores, and an fxRate without a currency', () => {
    const s = minimalScenario() as unknown as { events: { effects: Record<string, unknown>[] }[] };
    s.events[0]!.effects = [{ kind: 'demand', channel: s.events[0]!.effects[0]?.channel ?? 'x', multiply: 1.2 }, { kind: 'fxRate', multiply: 0.9 }];
    const r = loadScenario(JSON.stringify(s));
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toContain('events[0].effects[0].channel');
    expect(paths).toContain('events[0].effects[1].currency');
  });
});
