// The bots' arithmetic: powers from square roots only, and landed cost worked out
// the way the engine charges it (src/engine/freight.ts, duties.ts, payments.ts).
import { describe, expect, it } from 'vitest';
import { publicScenario } from '../../src/engine';
import { freightFor, orderEconomics } from '../../src/bots/costs';
import { powEighths, priceResponse } from '../../src/bots/pricing';
import { lookup, openingRates } from '../../src/bots/world';
import { shippedScenario } from '../support/scenarios';

const lk = lookup(publicScenario(shippedScenario('campaign-global')));
const fx = openingRates(lk);
const us = lk.markets.get('US')!;
const jp = lk.markets.get('JP')!;
const serum = lk.products.get('serum')!;
const marketplace = lk.channels.get('marketplace')!;

describe('powEighths', () => {
  it('is exact for exponents in eighths and close otherwise', () => {
    expect(powEighths(1.2, -1.5)).toBeCloseTo(Math.pow(1.2, -1.5), 12);
    expect(powEighths(0.8, 3)).toBeCloseTo(0.512, 12);
    expect(powEighths(1.1, -2.6) / Math.pow(1.1, -2.6)).toBeCloseTo(1, 2);
    expect(powEighths(0, 2)).toBe(0);
  });

  it('gives the funnel’s price response: dearer sells less, more so in sensitive markets', () => {
    expect(priceResponse(us, 1)).toBeCloseTo(1 - us.abandonment.price, 12);
    expect(priceResponse(us, 1.2)).toBeLessThan(priceResponse(us, 1));
    const id = lk.markets.get('ID')!;
    expect(priceResponse(id, 1.2) / priceResponse(id, 1)).toBeLessThan(priceResponse(us, 1.2) / priceResponse(us, 1));
  });
});

describe('landed cost', () => {
  it('charges parcel postage as the engine does: per parcel + per kg', () => {
    const epacket = lk.carriers.get('epacket')!;
    expect(freightFor(epacket, serum, 1)).toBe(1800 + 7500 * 0.09);
  });

  it('works out a US serum parcel from the published rates', () => {
    const epacket = lk.carriers.get('epacket')!;
    const e = orderEconomics(lk, fx, us, serum, marketplace, 1999, { kind: 'parcel', carrier: epacket }, ['card']);
    const price = 1999 * 7.2; // fen
    const duty = price * 0.2; // beauty, no de minimis
    const fees = price * (0.15 + 0.044) + 216;
    expect(e.priceHome).toBeCloseTo(price, 6);
    expect(e.landed).toBeCloseTo(fees + 2475 + duty, 6);
    expect(e.cashOut).toBeCloseTo(2475 + duty + 216, 6);
    expect(e.profit).toBeLessThan(price - e.landed - serum.unitCost); // returns and losses cost too
  });

  it('knows low-value parcels to Japan pay no duty or consumption tax', () => {
    const line = lk.carriers.get('asia-line')!;
    const cheap = orderEconomics(lk, fx, jp, serum, marketplace, 2480, { kind: 'parcel', carrier: line }, ['card']);
    const dear = orderEconomics(lk, fx, jp, serum, marketplace, 24_800, { kind: 'parcel', carrier: line }, ['card']);
    expect(cheap.landed - cheap.priceHome * (0.15 + 0.044)).toBeCloseTo(freightFor(line, serum, 1) + 216, 6);
    expect(dear.profit / dear.priceHome).toBeLessThan(1 - 0.1 / 1.1); // VAT now taken out
  });
});
