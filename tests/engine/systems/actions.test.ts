// Step 1 of a turn (DESIGN.md §2): every illegal action is refused with a reason
// in both languages, and a refused action changes nothing — the turn hashes the
// same as one played without it.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../../src/engine';
import { scenarioFrom, startOf, text } from './build';

const scenario = scenarioFrom((s) => {
  // A freight carrier that serves Germany only, to ship to the US warehouse with.
  s.carriers.push({
    id: 'airDe', name: text('Air to DE'), mode: 'air', service: 'freight', markets: ['DE'],
    perShipment: 80000, perKg: 3600, transitDays: [4, 8], customsDays: [1, 3], lossRate: 0, damageRate: 0,
  });
});
const start = startOf(scenario, 3);
const baseline = stateHash(resolveTurn(start, []).state);
// Facts the cases below are built on (fixture: ¥200,000.00 cash, 200 lamps at home, MOQ 100, lamp US reference $29.99).
const cash = start.companies.player!.cash;

interface Case { name: string; action: unknown; reason: RegExp }

const cases: Case[] = [
  { name: 'unknown SKU (listing)', action: { type: 'setPrice', market: 'US', channel: 'amazon', product: 'nope', price: 1000 }, reason: /no product "nope"/ },
  { name: 'unknown SKU (sourcing)', action: { type: 'orderStock', product: 'nope', units: 100 }, reason: /no product "nope"/ },
  { name: 'unknown SKU (shipping)', action: { type: 'ship', product: 'nope', units: 1, to: 'usWest', carrier: 'sea' }, reason: /no product "nope"/ },
  { name: 'unknown market (price)', action: { type: 'setPrice', market: 'XX', channel: 'amazon', product: 'lamp', price: 1000 }, reason: /no market "XX"/ },
  { name: 'unknown market (payments)', action: { type: 'setPayments', market: 'XX', methods: ['card'] }, reason: /no market "XX"/ },
  { name: 'unknown market (ads)', action: { type: 'setAdBudget', market: 'XX', weekly: 100 }, reason: /no market "XX"/ },
  { name: 'unknown market (fulfilment)', action: { type: 'setFulfilment', market: 'XX', from: 'home', carrier: 'postal' }, reason: /no market "XX"/ },
  { name: 'unknown channel', action: { type: 'setPrice', market: 'US', channel: 'ebay', product: 'lamp', price: 1000 }, reason: /no channel "ebay"/ },
  { name: 'channel not serving the market', action: { type: 'setPrice', market: 'DE', channel: 'site', product: 'lamp', price: 1000 }, reason: /does not serve DE/ },
  { name: 'product not sold in the market', action: { type: 'setPrice', market: 'DE', channel: 'amazon', product: 'serum', price: 1000 }, reason: /serum is not sold in DE/ },
  { name: 'price of zero', action: { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 0 }, reason: /above zero/ },
  { name: 'negative price (schema)', action: { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: -5 }, reason: /Malformed action at price/ },
  { name: 'fractional price (schema)', action: { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 19.5 }, reason: /Malformed action at price/ },
  { name: 'price over 20× the reference', action: { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 2999 * 20 + 1 }, reason: /over 20 times/ },
  { name: 'below MOQ', action: { type: 'orderStock', product: 'lamp', units: 99 }, reason: /minimum order is 100/ },
  { name: 'not enough cash for stock', action: { type: 'orderStock', product: 'lamp', units: 4445 }, reason: /Not enough cash to pay the factory/ },
  { name: 'ship more than held at home', action: { type: 'ship', product: 'lamp', units: 201, to: 'usWest', carrier: 'sea' }, reason: /Only 200 units/ },
  { name: 'ship to an unknown warehouse', action: { type: 'ship', product: 'lamp', units: 10, to: 'nowhere', carrier: 'sea' }, reason: /no warehouse "nowhere"/ },
  { name: 'ship with an unknown carrier', action: { type: 'ship', product: 'lamp', units: 10, to: 'usWest', carrier: 'zeppelin' }, reason: /no carrier "zeppelin"/ },
  { name: 'ship with a parcel carrier', action: { type: 'ship', product: 'lamp', units: 10, to: 'usWest', carrier: 'postal' }, reason: /carries parcels to buyers/ },
  { name: 'carrier not serving the warehouse market', action: { type: 'ship', product: 'lamp', units: 10, to: 'usWest', carrier: 'airDe' }, reason: /does not serve that warehouse's market/ },
  { name: 'fulfilment from a warehouse in another market', action: { type: 'setFulfilment', market: 'DE', from: 'usWest' }, reason: /not in this market/ },
  { name: 'fulfilment from an unknown warehouse', action: { type: 'setFulfilment', market: 'US', from: 'nowhere' }, reason: /not in this market/ },
  { name: 'home fulfilment without a carrier', action: { type: 'setFulfilment', market: 'US', from: 'home' }, reason: /Choose a parcel carrier/ },
  { name: 'home fulfilment by a freight carrier', action: { type: 'setFulfilment', market: 'US', from: 'home', carrier: 'sea' }, reason: /does not deliver parcels/ },
  { name: 'unknown payment method', action: { type: 'setPayments', market: 'US', methods: ['card', 'cash'] }, reason: /no payment method "cash"/ },
  { name: 'duplicate payment method', action: { type: 'setPayments', market: 'US', methods: ['card', 'paypal', 'card'] }, reason: /listed twice/ },
  { name: 'ad budget over cash', action: { type: 'setAdBudget', market: 'US', weekly: cash + 1 }, reason: /more than the cash/ },
  { name: 'delist what is not listed', action: { type: 'delist', market: 'DE', channel: 'amazon', product: 'serum' }, reason: /not listed/ },
  { name: 'discount what is not listed', action: { type: 'setDiscount', market: 'DE', channel: 'amazon', product: 'serum', discount: 0.1, turns: 2 }, reason: /List the product/ },
  { name: 'malformed action (missing fields)', action: { type: 'setPrice', market: 'US' }, reason: /Malformed action at channel/ },
  { name: 'malformed action (extra field)', action: { type: 'orderStock', product: 'lamp', units: 100, note: 'rush' }, reason: /Malformed action/ },
  { name: 'malformed action (not an object)', action: 'orderStock lamp 100', reason: /Malformed action/ },
  { name: 'malformed action (null)', action: null, reason: /Malformed action/ },
  { name: 'unknown action type', action: { type: 'launchRocket' }, reason: /Malformed action at type/ },
  { name: 'inherited name as an action type', action: { type: 'constructor' }, reason: /Malformed action at type/ },
];

describe('refused actions', () => {
  it.each(cases)('$name: refused in zh and en, and the turn is as if it was never sent', ({ action, reason }) => {
    const { state, report } = resolveTurn(start, [action]);
    const refused = report.companies.player!.refused;
    expect(refused).toHaveLength(1);
    expect(refused[0]!.index).toBe(0);
    expect(refused[0]!.action).toEqual(action);
    expect(refused[0]!.reason.en).toMatch(reason);
    expect(refused[0]!.reason.zh.trim().length).toBeGreaterThan(0);
    expect(refused[0]!.reason.zh).not.toBe(refused[0]!.reason.en);
    expect(stateHash(state)).toBe(baseline);
  });

  it('leaves the state it was given unchanged', () => {
    const before = stateHash(start);
    for (const { action } of cases) resolveTurn(start, [action]);
    expect(stateHash(start)).toBe(before);
  });
});

describe('the limits are exact: one unit inside is accepted', () => {
  const accepted = [
    { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 2999 * 20 },
    { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 1 },
    { type: 'orderStock', product: 'lamp', units: 100 },
    { type: 'orderStock', product: 'lamp', units: Math.floor(cash / 4500) },
    { type: 'ship', product: 'lamp', units: 200, to: 'usWest', carrier: 'sea' },
    { type: 'setAdBudget', market: 'US', weekly: cash },
    { type: 'setFulfilment', market: 'US', from: 'usWest' },
    { type: 'setPayments', market: 'US', methods: [] },
  ];
  it.each(accepted)('$type is accepted at its limit', (action) => {
    const { state, report } = resolveTurn(start, [action]);
    expect(report.companies.player!.refused).toEqual([]);
    expect(stateHash(state)).not.toBe(baseline);
  });
});

describe('actions in a list', () => {
  it('are checked in order against what the earlier ones left', () => {
    // Two orders that each fit the cash, but not together.
    const units = Math.floor(cash / 4500 / 2) + 1;
    const order = { type: 'orderStock', product: 'lamp', units };
    const { report } = resolveTurn(start, [order, order]);
    expect(report.companies.player!.refused.map((r) => r.index)).toEqual([1]);
    expect(report.companies.player!.refused[0]!.reason.en).toMatch(/Not enough cash/);
  });

  it('a refused action between legal ones is skipped; the rest apply as if it was never there', () => {
    const legal1 = { type: 'orderStock', product: 'serum', units: 200 };
    const legal2 = { type: 'setPrice', market: 'US', channel: 'amazon', product: 'lamp', price: 2799 };
    const mixed = resolveTurn(start, [legal1, { type: 'orderStock', product: 'lamp', units: 1 }, legal2]);
    const clean = resolveTurn(start, [legal1, legal2]);
    expect(mixed.report.companies.player!.refused.map((r) => r.index)).toEqual([1]);
    expect(stateHash(mixed.state)).toBe(stateHash(clean.state));
  });

  it('a bankrupt company has every action refused', () => {
    const broke = { ...start, companies: { ...start.companies, player: { ...start.companies.player!, bankrupt: true } } };
    const { report } = resolveTurn(broke, [{ type: 'setAdBudget', market: 'US', weekly: 1 }]);
    expect(report.companies.player!.refused[0]!.reason.en).toMatch(/bankrupt/);
  });
});
