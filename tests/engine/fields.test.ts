// The plain checks beside each action field (src/engine/actions/fields.ts) let the
// engine skip zod for ordinary actions. They must never accept what zod refuses,
// and the action they return must be the one zod would return.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Action, ACTION_FIELDS, plainAction } from '../../src/engine/actions/schema';
import type { Field } from '../../src/engine/actions/fields';

/** Values around every bound and shape the fields use. */
const VALUES: unknown[] = [
  -1, -0, 0, 0.04, 0.05, 0.5, 0.7, 0.71, 0.9, 0.91, 1, 1.5, 4, 5, 12, 13, 14, 20, 21, 30, 52, 53, 60, 500, 501, 1e7, 1e7 + 1, 1e12, 1e12 + 1,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53,
  '', 'a', 'US', 'home', 'serum', 'x-1_y', '1abc', 'a b', '__proto__', 'constructor', 'prototype', 'k'.repeat(40), 'k'.repeat(41), 'k'.repeat(100), 'k'.repeat(101),
  'USD', 'usd', 'USDX', 'social', 'search', 'tv', 'top', 'mid', 'micro', 'seeding', 'machine', 'human', 'native', 'none', 'points', 'tiered', 'fifo',
  'flashSale', 'coupon', 'bundle', 'memberPrice', 'festival', 'desk', 'field', 'experiment', 'expert', 'visitors', 'fit', 'priceSensitivity',
  'operations', 'marketing', 'service', 'data', 'ceo',
  true, false, null, undefined, {}, [], ['US'], ['US', 'bad id'], new Array(13).fill('card'), [undefined], Array(2),
];

describe('plain checks of action fields', () => {
  it('accept no value their zod schema refuses', () => {
    let accepted = 0;
    for (const fields of Object.values(ACTION_FIELDS) as Record<string, Field>[]) {
      for (const f of Object.values(fields)) {
        for (const v of VALUES) {
          if (!f.ok(v)) continue;
          accepted += 1;
          expect(f.zod.safeParse(v).success, `accepted ${String(v)}`).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('plainAction returns only what zod accepts, equal to what zod returns', () => {
    const types = Object.keys(ACTION_FIELDS);
    const keys = [...new Set(Object.values(ACTION_FIELDS).flatMap((f) => Object.keys(f))), 'extra'];
    let plain = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...types, 'launchRocket'),
        fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(...VALUES), { maxKeys: 6 }),
        fc.boolean(),
        (type, rest, complete) => {
          // Half the time, start from every field of the type with a random value, so whole actions come up.
          const base: Record<string, unknown> = {};
          if (complete && Object.hasOwn(ACTION_FIELDS, type)) {
            for (const [k, f] of Object.entries((ACTION_FIELDS as Record<string, Record<string, Field>>)[type]!)) {
              const ok = VALUES.filter((v) => f.ok(v));
              if (ok.length > 0) base[k] = ok[(k.length * 7 + type.length) % ok.length];
            }
          }
          const raw = { ...base, ...rest, type };
          const fast = plainAction(raw);
          if (fast === null) return;
          plain += 1;
          const zod = Action.safeParse(raw);
          expect(zod.success).toBe(true);
          if (zod.success) expect(fast).toEqual(zod.data);
        },
      ),
      { numRuns: 20000, seed: 20261207 },
    );
    expect(plain).toBeGreaterThan(500);
  });

  it('takes every ordinary action of every type, and leaves odd objects to zod', () => {
    const examples: Record<string, unknown>[] = [
      { type: 'setPrice', market: 'US', channel: 'amazon', product: 'serum', price: 2999 },
      { type: 'delist', market: 'US', channel: 'amazon', product: 'serum' },
      { type: 'setDiscount', market: 'US', channel: 'amazon', product: 'serum', discount: 0.2, turns: 2 },
      { type: 'orderStock', product: 'serum', units: 400 },
      { type: 'ship', product: 'serum', units: 100, to: 'us-west', carrier: 'ocean' },
      { type: 'setFulfilment', market: 'US', from: 'home', carrier: 'epacket' },
      { type: 'setPayments', market: 'US', methods: ['card', 'paypal'] },
      { type: 'setAdBudget', market: 'US', weekly: 50000, kind: 'search' },
      { type: 'respondCrisis', crisis: 'port-strike-t40', option: 1 },
      { type: 'hedgeFx', currency: 'USD', share: 0.5, turns: 13 },
      { type: 'setFraudControl', market: 'US', weekly: 1000 },
      { type: 'runKolCampaign', market: 'US', tier: 'micro' },
      { type: 'setLocalisation', market: 'JP', level: 'native' },
      { type: 'setLoyalty', market: 'US', programme: 'points' },
      { type: 'setComplaintHandling', market: 'US', policy: 'tiered' },
      { type: 'setService', market: 'US', agents: 2, localLanguage: true, localHours: false },
      { type: 'setReturnPolicy', market: 'US', days: 60, freeReturns: true },
      { type: 'runPromotion', market: 'US', kind: 'coupon', depth: 0.1, turns: 2 },
      { type: 'registerTrademark', market: 'US' },
      { type: 'certifyProduct', market: 'US', product: 'serum' },
      { type: 'registerTax', market: 'DE' },
      { type: 'setSecuritySpend', weekly: 200000 },
      { type: 'setCargoInsurance', on: true },
      { type: 'commissionResearch', kind: 'expert', measure: 'priceSensitivity', market: 'US' },
      { type: 'setStaff', role: 'service', count: 1 },
      { type: 'qualifyBackupSupplier' },
      { type: 'setCommunity', market: 'ID', weekly: 300000 },
    ];
    expect(examples.map((e) => e.type).sort()).toEqual(Object.keys(ACTION_FIELDS).sort());
    for (const e of examples) {
      expect(Action.safeParse(e).success).toBe(true);
      expect(plainAction(e), e.type as string).toEqual(Action.parse(e));
    }
    class Custom { type = 'registerTax'; market = 'DE'; }
    expect(plainAction(new Custom())).toBeNull();
    expect(plainAction(Object.defineProperty({ type: 'registerTax' }, 'market', { value: 'DE', enumerable: false }))).toBeNull();
    expect(plainAction({ type: 'registerTax', market: 'DE', extra: 1 })).toBeNull();
    expect(plainAction({ type: 'setAdBudget', market: 'US', weekly: 1, kind: undefined })).toBeNull();
  });
});
