import { z } from 'zod';
import { Fraction, Id, Localised, Money, Source } from './common';
import { Category } from './market';

/** The true demand for one product in one market. Hidden from the student (seed 000 §2.1). */
export const ProductDemand = z.strictObject({
  market: Id,
  weeklyVisitors: z.number().int().min(0).max(1e8).describe('Shoppers looking at this kind of product each week in the whole market.'),
  referencePrice: Money.describe('The price (local minor units) shoppers expect for it.'),
  fit: z.number().min(0).max(2).default(1).describe('How well the product suits the market (1 = as expected, 0.3 = wrong positioning).'),
});

export const Product = z.strictObject({
  id: Id,
  name: Localised,
  category: Category,
  tier: z.enum(['budget', 'mid', 'premium']),
  unitCost: Money.describe('Factory price per unit (home minor units).'),
  weightGrams: z.number().int().min(1).max(1e6),
  volumeCm3: z.number().int().min(1).max(1e8),
  moq: z.number().int().min(1).max(1e6).describe('Minimum order quantity.'),
  leadTimeWeeks: z.number().int().min(0).max(26),
  baseReturnRate: Fraction.describe('Share of units returned when delivery is on time (calibration.md §6).'),
  demand: z.array(ProductDemand).max(50),
  source: Source,
});
export type Product = z.infer<typeof Product>;
export type ProductDemand = z.infer<typeof ProductDemand>;
