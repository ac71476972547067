import { z } from 'zod';
import { Fraction, Id, Localised, Money, Source } from './common';
import { Category } from './market';

/** The true demand for one product in one market. Hidden from the student (seed 000 §2.1). */
export const ProductDemand = z.strictObject({
  market: Id.describe('The market this demand is in; a product can be listed only where it has demand.'),
  weeklyVisitors: z.number().int().min(0).max(1e8).describe('Shoppers looking at this kind of product each week in the whole market.'),
  referencePrice: Money.describe('The price (local minor units) shoppers expect for it.'),
  fit: z.number().min(0).max(2).default(1).describe('How well the product suits the market (1 = as expected, 0.3 = wrong positioning).'),
});

export const Product = z.strictObject({
  id: Id.describe('Id of the product, used by stock, listings, shipments and research.'),
  name: Localised.describe('Name of the product shown to players.'),
  category: Category.describe('Product category: selects its duty rate (`tax.dutyByCategory`) and whether it needs a certificate (`compliance.markets[].certifiedCategories`).'),
  tier: z.enum(['budget', 'mid', 'premium']).describe('Positioning of the product (budget, mid, premium): a label; no engine rule reads it.'),
  unitCost: Money.describe('Factory price per unit (home minor units).'),
  weightGrams: z.number().int().min(1).max(1e6).describe('Weight of one unit in grams: postage and freight are charged per kilogram.'),
  volumeCm3: z.number().int().min(1).max(1e8).describe('Volume of one unit in cubic centimetres: freight per cubic metre (sea) and warehouse storage are charged on it.'),
  moq: z.number().int().min(1).max(1e6).describe('Minimum order quantity: the fewest units one factory order may have.'),
  leadTimeWeeks: z.number().int().min(0).max(26).describe('Turns (weeks) from a factory order to the goods arriving at the China warehouse; 0 = the same turn.'),
  baseReturnRate: Fraction.describe('Share of units returned when delivery is on time (calibration.md §6).'),
  demand: z.array(ProductDemand).max(50).describe('The true demand in each market where the product can sell; hidden from the student.'),
  source: Source,
});
export type Product = z.infer<typeof Product>;
export type ProductDemand = z.infer<typeof ProductDemand>;
