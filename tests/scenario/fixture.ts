// A small, valid scenario for tests, as the plain object an instructor would
// write. Each call returns a fresh copy, so a test may mutate it freely.
// Shared with other test suites: keep it valid and keep its ids stable.
import type { ScenarioInput } from '../../src/engine/schema';

const text = (zh: string, en: string) => ({ zh, en });

export function minimalScenario(): ScenarioInput {
  return {
    $schema: './scenario.schema.json',
    id: 'fixture',
    version: '1.0.0',
    title: text('测试场景', 'Test scenario'),
    briefing: text('卖两种产品到美国和德国。', 'Sell two products in the US and Germany.'),
    difficulty: 1,
    turns: 12,
    startWeek: 40,
    homeCurrency: 'CNY',
    seedPolicy: { kind: 'fixed', seed: 42 },
    currencies: [
      { code: 'CNY', decimals: 2, rate: 1 },
      { code: 'USD', decimals: 2, rate: 7.2, volatility: 0.05 },
      { code: 'EUR', decimals: 2, rate: 7.8, volatility: 0.06 },
    ],
    markets: [
      {
        id: 'US', name: text('美国', 'United States'), region: 'NA', currency: 'USD',
        growth: 0.002, priceSensitivity: 1.5, baseCartRate: 0.08,
        abandonment: { price: 0.48, trust: 0.2, perSlowDay: 0.02, missingPayment: 0.61 },
        deliveryToleranceDays: 10,
        paymentMix: [{ method: 'card', share: 0.7 }, { method: 'paypal', share: 0.3 }],
        seasons: [{ id: 'bf', name: text('黑五', 'Black Friday'), fromWeek: 47, toWeek: 48, multiplier: 2.5 }],
        tax: { vatRate: 0, dutyRate: 0.05, dutyFreeThreshold: null, vatFreeThreshold: null },
      },
      {
        id: 'DE', name: text('德国', 'Germany'), region: 'EU', currency: 'EUR',
        growth: 0.001, priceSensitivity: 1.8, baseCartRate: 0.06,
        abandonment: { price: 0.45, trust: 0.25, perSlowDay: 0.03, missingPayment: 0.6 },
        deliveryToleranceDays: 7,
        paymentMix: [{ method: 'paypal', share: 0.6 }, { method: 'card', share: 0.4 }],
        tax: { vatRate: 0.19, dutyRate: 0.04, dutyByCategory: { home: 0.03 }, dutyFreeThreshold: 15000, vatFreeThreshold: 0, perItemDuty: 300 },
      },
    ],
    products: [
      {
        id: 'lamp', name: text('台灯', 'Desk lamp'), category: 'home', tier: 'mid',
        unitCost: 4500, weightGrams: 900, volumeCm3: 6000, moq: 100, leadTimeWeeks: 2, baseReturnRate: 0.05,
        demand: [
          { market: 'US', weeklyVisitors: 20000, referencePrice: 2999 },
          { market: 'DE', weeklyVisitors: 8000, referencePrice: 2799, fit: 0.9 },
        ],
      },
      {
        id: 'serum', name: text('精华液', 'Face serum'), category: 'beauty', tier: 'premium',
        unitCost: 2000, weightGrams: 120, volumeCm3: 300, moq: 200, leadTimeWeeks: 3, baseReturnRate: 0.03,
        demand: [{ market: 'US', weeklyVisitors: 30000, referencePrice: 3499 }],
      },
    ],
    channels: [
      { id: 'amazon', name: text('亚马逊', 'Amazon'), kind: 'marketplace', markets: ['US', 'DE'], reach: 0.6, commission: 0.15, conversionFactor: 1.2 },
      { id: 'site', name: text('独立站', 'Own site'), kind: 'independentSite', markets: ['US'], reach: 0.2, commission: 0, weeklyFee: 20000 },
    ],
    warehouses: [
      {
        id: 'usWest', name: text('美西仓', 'US West warehouse'), market: 'US',
        storagePerCbmWeek: 8000, lastMileCost: 3500, lastMileDays: [2, 5], capacityCbm: 200,
      },
    ],
    carriers: [
      {
        id: 'postal', name: text('国际小包', 'Postal parcel'), mode: 'postal', service: 'parcel', markets: ['US', 'DE'],
        perShipment: 1500, perKg: 6000, transitDays: [10, 20], customsDays: [1, 4], lossRate: 0.01, damageRate: 0.01,
      },
      {
        id: 'sea', name: text('海运', 'Sea freight'), mode: 'sea', service: 'freight', markets: ['US'],
        perShipment: 300000, perKg: 0, perCbm: 90000, transitDays: [25, 35], customsDays: [2, 6], lossRate: 0.001, damageRate: 0.005,
      },
    ],
    paymentMethods: [
      { id: 'card', name: text('信用卡', 'Card'), kind: 'card', feeRate: 0.029, fixedFee: 200 },
      { id: 'paypal', name: text('贝宝', 'PayPal'), kind: 'paypal', feeRate: 0.044, setupCost: 0 },
    ],
    competitors: [
      {
        id: 'rival', name: text('对手', 'Rival Co'), strategy: 'undercut', priceIndex: 0.9,
        start: {
          cash: 50000000,
          stock: [{ product: 'lamp', location: 'usWest', units: 500 }],
          listings: [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2599 }],
          fulfilment: [{ market: 'US', from: 'usWest' }],
          payments: [{ market: 'US', methods: ['card'] }],
          awareness: [{ market: 'US', value: 0.1 }],
        },
      },
    ],
    events: [
      {
        id: 'portStrike', name: text('港口罢工', 'Port strike'), description: text('海运延误。', 'Sea freight is delayed.'),
        durationTurns: 3, chancePerTurn: 0,
        effects: [{ kind: 'transitDays', carrier: 'sea', add: 10 }, { kind: 'demand', market: 'US', multiply: 0.9 }],
      },
    ],
    objectives: [
      { id: 'firstSales', text: text('卖出 100 件', 'Sell 100 units'), kpi: 'unitsSold', op: '>=', target: 100, byTurn: 12, market: 'US' },
    ],
    player: {
      cash: 20000000,
      stock: [{ product: 'lamp', location: 'home', units: 200 }, { product: 'serum', location: 'home', units: 300 }],
      listings: [
        { market: 'US', channel: 'amazon', product: 'lamp', price: 2999 },
        { market: 'US', channel: 'site', product: 'serum', price: 3499 },
        { market: 'DE', channel: 'amazon', product: 'lamp', price: 2899 },
      ],
      fulfilment: [{ market: 'US', from: 'home', carrier: 'postal' }, { market: 'DE', from: 'home', carrier: 'postal' }],
      payments: [{ market: 'US', methods: ['card', 'paypal'] }, { market: 'DE', methods: ['paypal'] }],
      awareness: [{ market: 'US', value: 0.02 }],
    },
    scoring: { profit: 0.4, growth: 0.2, satisfaction: 0.2, risk: 0.1, compliance: 0, objectives: 0.1 },
    script: {
      id: 'fixtureScript',
      initial: 'early',
      states: {
        early: {
          entry: { type: 'showMessage', params: { text: text('欢迎！', 'Welcome!') } },
          on: { TURN: { target: 'peak', guard: { type: 'turnAtLeast', params: { turn: 6 } } } },
        },
        peak: {
          entry: [
            { type: 'showMessage', params: { text: text('旺季来了。', 'Peak season is here.') } },
            { type: 'triggerEvent', params: { event: 'portStrike' } },
          ],
          on: {
            TURN: [
              { target: 'done', guard: { type: 'turnAtLeast', params: { turn: 10 } }, actions: { type: 'showMessage', params: { text: text('快结束了。', 'Almost over.') } } },
            ],
          },
        },
        done: { type: 'final' },
      },
    },
  };
}

/** The fixture as the JSON text of a scenario file. */
export function minimalScenarioJson(): string {
  return `${JSON.stringify(minimalScenario(), null, 2)}\n`;
}
