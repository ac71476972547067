import { z } from 'zod';
import { DayRange, Fraction, Id, Localised, Money, Source } from './common';

/**
 * A carrier service. `parcel` services carry each order from China to the buyer
 * (postal, express); `freight` services carry stock to an overseas warehouse
 * (air, sea). Transit and customs days are drawn when a shipment is sent.
 */
export const Carrier = z.strictObject({
  id: Id.describe('Id of the carrier, used by fulfilment, shipments, events and scripts.'),
  name: Localised.describe('Name of the carrier service shown to players.'),
  mode: z.enum(['postal', 'express', 'air', 'sea']).describe('Transport mode, drawn on the map; prices and days come from the fields below.'),
  service: z.enum(['parcel', 'freight']).describe('"parcel" carries each order from China to the buyer (fulfilment from home); "freight" carries stock to an overseas warehouse.'),
  markets: z.array(Id).min(1).max(50).describe('Ids of the markets it delivers to (for freight: to their warehouses).'),
  perShipment: Money.describe('Fixed charge per parcel or per freight shipment (home minor units).'),
  perKg: Money.describe('Charge per kilogram (home minor units).'),
  perCbm: Money.default(0).describe('Charge per cubic metre, for sea freight (home minor units).'),
  transitDays: DayRange.describe('Days on the way, [fewest, most]: drawn for each shipment when sent and for each week’s parcels; for parcels the mean, plus customs, is the delivery promise buyers see.'),
  customsDays: DayRange.describe('Days in customs, [fewest, most], drawn and added to the transit days.'),
  lossRate: Fraction.describe('Share of parcels, or of a shipment’s units, lost on the way and written off at factory cost.'),
  damageRate: Fraction.describe('Share damaged on the way: for parcels it adds to the return rate; a shipment’s damaged units are written off on arrival (cal. §3: 0.5–2%, unsourced estimate).'),
  maxWeightGrams: z.number().int().min(1).max(1e9).optional().describe('Heaviest parcel it takes, in grams; the engine does not enforce it yet, the bots’ planner respects it (README §11).'),
  source: Source,
});
export type Carrier = z.infer<typeof Carrier>;

export const PAYMENT_KINDS = ['card', 'paypal', 'ewallet', 'bankTransfer', 'cod', 'instantTransfer', 'bnpl'] as const;

export const PaymentMethod = z.strictObject({
  id: Id.describe('Id of the payment method, used by `paymentMix` and a company’s `payments`.'),
  name: Localised.describe('Name of the method shown to players.'),
  kind: z.enum(PAYMENT_KINDS).describe('Kind of method: sets the default `fraudExposure`, and `cod` parcels can be refused at the door (`markets[].codRefusalRate`).'),
  feeRate: Fraction.describe('Fee on the order value, as a fraction (0.029 = 2.9%); a market’s `paymentMix` entry may set its own.'),
  fixedFee: Money.default(0).describe('Per order (home minor units).'),
  setupCost: Money.default(0).describe('One-off cost to offer it in a market (home minor units).'),
  fraudExposure: z.number().min(0).max(3).optional().describe('Exposure to fraud chargebacks relative to a card (1). Default by kind: card 1, paypal 0.7, bnpl 0.5, ewallet 0.3, bankTransfer 0.1, instantTransfer 0.05, cod 0 (model assumption: card-not-present fraud is where disputes are).'),
  chargebackFee: Money.default(0).describe('Fee per chargeback (home minor units): PayPal $20 (calibration.md §2, PayPal row), Stripe dispute $15 (calibration.md raw notes, Stripe US).'),
  source: Source,
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;
