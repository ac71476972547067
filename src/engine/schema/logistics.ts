import { z } from 'zod';
import { DayRange, Fraction, Id, Localised, Money, Source } from './common';

/**
 * A carrier service. `parcel` services carry each order from China to the buyer
 * (postal, express); `freight` services carry stock to an overseas warehouse
 * (air, sea). Transit and customs days are drawn when a shipment is sent.
 */
export const Carrier = z.strictObject({
  id: Id,
  name: Localised,
  mode: z.enum(['postal', 'express', 'air', 'sea']),
  service: z.enum(['parcel', 'freight']),
  markets: z.array(Id).min(1).max(50),
  perShipment: Money.describe('Fixed charge per parcel or per freight shipment (home minor units).'),
  perKg: Money.describe('Charge per kilogram (home minor units).'),
  perCbm: Money.default(0).describe('Charge per cubic metre, for sea freight (home minor units).'),
  transitDays: DayRange,
  customsDays: DayRange,
  lossRate: Fraction,
  damageRate: Fraction,
  maxWeightGrams: z.number().int().min(1).max(1e9).optional(),
  source: Source,
});
export type Carrier = z.infer<typeof Carrier>;

export const PAYMENT_KINDS = ['card', 'paypal', 'ewallet', 'bankTransfer', 'cod', 'instantTransfer', 'bnpl'] as const;

export const PaymentMethod = z.strictObject({
  id: Id,
  name: Localised,
  kind: z.enum(PAYMENT_KINDS),
  feeRate: Fraction,
  fixedFee: Money.default(0).describe('Per order (home minor units).'),
  setupCost: Money.default(0).describe('One-off cost to offer it in a market (home minor units).'),
  fraudExposure: z.number().min(0).max(3).optional().describe('Exposure to fraud chargebacks relative to a card (1). Default by kind: card 1, paypal 0.7, bnpl 0.5, ewallet 0.3, bankTransfer 0.1, instantTransfer 0.05, cod 0 (model assumption: card-not-present fraud is where disputes are).'),
  chargebackFee: Money.default(0).describe('Fee per chargeback (home minor units): PayPal $20 (calibration.md §2, PayPal row), Stripe dispute $15 (calibration.md raw notes, Stripe US).'),
  source: Source,
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;
