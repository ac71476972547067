import { z } from 'zod';
import { CurrencyCode, Fraction, Source } from './common';

/**
 * A currency and its exchange-rate process. `rate` is how many home-currency units
 * one unit of this currency buys at the start (e.g. 7.2 CNY per USD). Each week the
 * rate takes a mean-reverting random step (volatility is annualised, as in
 * calibration.md §5) and, with `shockChance`, a jump of up to `shockSize`.
 */
export const Currency = z.strictObject({
  code: CurrencyCode.describe('ISO code of the currency, such as USD; markets and `homeCurrency` name it.'),
  decimals: z.number().int().min(0).max(3).describe('Digits of the minor unit: 2 for USD cents, 0 for JPY.'),
  rate: z.number().gt(0).max(1e6).describe('Home-currency units per one unit of this currency at turn 1.'),
  volatility: Fraction.default(0).describe('Annualised volatility of the rate (0.05 = 5%).'),
  meanReversion: Fraction.default(0.05).describe('Share of the gap to the starting rate closed each week.'),
  shockChance: Fraction.default(0).describe('Chance per turn of a sudden jump.'),
  shockSize: z.number().min(0).max(0.5).default(0).describe('Largest jump, as a fraction of the rate.'),
  source: Source,
});
export type Currency = z.infer<typeof Currency>;
