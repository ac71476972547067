// The bots' arithmetic: powers from square roots only, and landed cost worked out
// the way the engine charges it (src/engine/freight.ts, duties.ts, payments.ts).
import { describe, expect, it } from 'vitest';
import { publicScenario } from '../../src/engine';
import { Quote, freightFor, orderEconomics, paymentFee } from '../../src/bots/costs';
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

describe('remembered payment fees and reused quotes', () => {
  it('prices a list of methods by what it holds now, not when it was first asked', () => {
    const methods = ['card'];
    const card = paymentFee(lk, us, methods);
    expect(paymentFee(lk, us, methods)).toBe(card);
    methods.push('paypal');
    const both = paymentFee(lk, us, methods);
    expect(both).toEqual(paymentFee(lk, us, ['card', 'paypal']));
    expect(both).not.toEqual(card);
    expect(paymentFee(lk, jp, methods)).toEqual(paymentFee(lk, jp, ['card', 'paypal']));
  });

  it('gives a quote set up again the figures of a new one', () => {
    const epacket = lk.carriers.get('epacket')!;
    const line = lk.carriers.get('asia-line')!;
    const reused = new Quote().setUp(lk, fx, us, serum, marketplace, { kind: 'parcel', carrier: epacket }, ['card']);
    reused.at(2500);
    reused.setUp(lk, fx, jp, serum, marketplace, { kind: 'parcel', carrier: line }, ['card']);
    for (const price of [2480, 24_800]) {
      const fresh = orderEconomics(lk, fx, jp, serum, marketplace, price, { kind: 'parcel', carrier: line }, ['card']);
      const e = reused.at(price);
      expect([e.priceHome, e.profit, e.landed, e.cashOut]).toEqual([fresh.priceHome, fresh.profit, fresh.landed, fresh.cashOut]);
    }
  });
});
