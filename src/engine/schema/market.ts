import { z } from 'zod';
import { CurrencyCode, DayRange, Fraction, Id, Localised, Money, Source } from './common';
import { MarketAds } from './buyers';

export const REGIONS = ['NA', 'EU', 'UK', 'JP', 'SEA', 'ME', 'LATAM', 'other'] as const;
export const CATEGORIES = ['beauty', 'apparel', 'electronics', 'home', 'toys', 'sports', 'health', 'industrial', 'food'] as const;
export const Category = z.enum(CATEGORIES);

/** A demand peak (Black Friday, 11.11, Ramadan…): weeks of the year and a multiplier. */
export const Season = z.strictObject({
  id: Id.describe('Id of the season, unique in its market.'),
  name: Localised.describe('Name of the peak shown to players (Black Friday, 11.11, Ramadan…).'),
  fromWeek: z.number().int().min(1).max(53).describe('First week of the year it covers.'),
  toWeek: z.number().int().min(1).max(53).describe('Last week of the year it covers (included); may be below fromWeek for a peak that wraps the new year.'),
  multiplier: z.number().min(0.1).max(10).describe('Multiplies the market’s shoppers in those weeks (below 1: a quiet spell). Overlapping seasons do not stack: the largest multiplier applies.'),
  source: Source,
});

/**
 * Import rules for parcels and freight entering the market (calibration.md §4):
 * duty by category, VAT, the low-value (de minimis) thresholds and per-item duties.
 */
export const TaxRules = z.strictObject({
  vatRate: Fraction.describe('VAT / GST / consumption tax included in consumer prices.'),
  vatCollectedAtSale: z.boolean().default(true).describe('VAT on low-value parcels is charged at sale by the seller or marketplace (IOSS, UK ≤£135).'),
  dutyRate: Fraction.describe('Import duty on the customs value when no category rate applies.'),
  dutyByCategory: z.partialRecord(Category, Fraction).default({}).describe('Import duty rate by product category, as fractions; a category listed here pays its rate instead of dutyRate.'),
  dutyFreeThreshold: Money.nullable().describe('Parcels at or below this value (local minor units) pay no duty; null = no de minimis.'),
  vatFreeThreshold: Money.nullable().describe('Parcels at or below this value pay no import VAT; null = none.'),
  perItemDuty: Money.default(0).describe('A flat duty per parcel (local minor units) on parcels at or below dutyFreeThreshold, or on every parcel when there is none: e.g. the EU €3 from July 2026.'),
  source: Source,
});

export const PaymentShare = z.strictObject({
  method: Id.describe('Id of a payment method in `paymentMethods`.'),
  share: Fraction.describe('Share of buyers who prefer this method.'),
  feeRate: Fraction.optional().describe('This market’s fee rate for the method, when it differs from the method’s own (a local acquirer).'),
  fixedFee: Money.optional().describe('This market’s fee per order (home minor units), when it differs from the method’s own.'),
  setupCost: Money.optional().describe('This market’s one-off setup cost (home minor units), when it differs from the method’s own.'),
  source: Source,
});

export const Market = z.strictObject({
  id: Id.describe('Id of the market (such as US), used by listings, demand, carriers, channels and scripts.'),
  name: Localised.describe('Name of the market shown to players.'),
  region: z.enum(REGIONS).describe('Region of the market: places it on the map and sets the price sensitivity students are shown before they research it (README §15).'),
  currency: CurrencyCode.describe('ISO code of the currency buyers pay in, listed in `currencies`: the market’s prices, thresholds and ad prices are in its minor units.'),
  growth: z.number().min(-0.05).max(0.05).describe('Weekly growth of demand (0.002 ≈ 11% a year).'),
  priceSensitivity: z.number().min(0.1).max(6).describe('Price elasticity of demand (1.5 means 10% dearer sells ~15% less).'),
  baseCartRate: Fraction.describe('Share of visitors who add to cart at the reference price.'),
  abandonment: z.strictObject({
    price: Fraction.describe('Share of carts abandoned over extra costs at the reference price (Baymard: 48%).'),
    trust: Fraction.describe('Share of carts abandoned for lack of trust by a new, unrated seller.'),
    perSlowDay: Fraction.describe('Extra share abandoned for each day of delivery beyond the tolerance.'),
    missingPayment: Fraction.describe('Share of buyers whose preferred method is missing who give up (ACI: 61%).'),
  }).describe('Why carts are abandoned, as shares, applied in the order price, delivery, trust, payment (cal. §2 Baymard; README §2).'),
  deliveryToleranceDays: z.number().int().min(1).max(60).describe('Delivery days buyers accept: each day beyond adds `abandonment.perSlowDay`, and later delivery raises returns and lowers satisfaction.'),
  paymentMix: z.array(PaymentShare).min(1).max(12).describe('The payment methods buyers in the market prefer, with their shares (at most 1 in total; the other buyers accept any method).'),
  fraudRate: Fraction.default(0.006).describe('Share of prepaid card orders that come back as fraud chargebacks before any risk control (calibration.md §7 Chargebacks: average 0.5–1%). Other methods scale it by their fraudExposure.'),
  ads: MarketAds.prefault({}).describe('Search and social ad prices and reach (README §12.2).'),
  culturalDistance: z.number().min(0).max(3).default(0).describe('How far the market’s culture is from the seller’s: scales the conversion gap between localisation levels and the odds of a backlash (seed 004 §06 failure 3; model assumption). 0 (the default) leaves culture out: localisation then changes nothing; 1 takes the levels as written.'),
  codRefusalRate: Fraction.default(0.11).describe('Share of cash-on-delivery parcels refused at the door: no revenue, freight both ways (calibration.md §2 COD: return rate 19% for COD vs 8% for cards).'),
  seasons: z.array(Season).max(20).default([]).describe('Demand peaks and quiet spells by week of the year.'),
  tax: TaxRules.describe('Import duty, VAT and the low-value (de minimis) thresholds of goods entering the market (cal. §4).'),
  source: Source,
});
export type Market = z.infer<typeof Market>;
export type Category = z.infer<typeof Category>;

export const Warehouse = z.strictObject({
  id: Id.describe('Id of the warehouse, used for stock locations, shipments and fulfilment.'),
  name: Localised.describe('Name of the warehouse shown to players.'),
  market: Id.describe('The market it serves: it fulfils orders there only, and freight carriers serving that market bring stock to it.'),
  storagePerCbmWeek: Money.describe('Storage cost per cubic metre per week (home minor units).'),
  lastMileCost: Money.describe('Pick, pack and local delivery per order (home minor units).'),
  lastMileDays: DayRange.describe('Days from the warehouse to the buyer, [fewest, most]: drawn each week for its orders; their mean is the delivery promise buyers see.'),
  capacityCbm: z.number().min(0.1).max(1e6).describe('Storage space in cubic metres; no engine rule reads it yet (README §11).'),
  source: Source,
});
export type Warehouse = z.infer<typeof Warehouse>;
