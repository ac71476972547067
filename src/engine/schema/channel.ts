import { z } from 'zod';
import { Fraction, Id, Localised, Money, Source } from './common';

export const CHANNEL_KINDS = ['marketplace', 'socialShop', 'independentSite', 'b2bPortal'] as const;

/** A sales channel: a marketplace, a social video shop, an independent site or a B2B portal. */
export const Channel = z.strictObject({
  id: Id,
  name: Localised,
  kind: z.enum(CHANNEL_KINDS),
  markets: z.array(Id).min(1).max(50),
  reach: Fraction.describe('Share of a market’s shoppers who shop through this channel.'),
  conversionFactor: z.number().min(0.05).max(5).default(1).describe('Multiplies the cart rate (marketplaces convert better than a new site).'),
  commission: Fraction.describe('Referral fee on the sale price.'),
  feePerOrder: Money.default(0).describe('Fixed fee per order (home minor units).'),
  weeklyFee: Money.default(0).describe('Subscription per week while listed (home minor units).'),
  payoutDelayTurns: z.number().int().min(0).max(8).default(0).describe('Weeks before sales money reaches the seller (FX risk meanwhile).'),
  unitsPerOrder: z.number().int().min(1).max(10000).default(1),
  source: Source,
});
export type Channel = z.infer<typeof Channel>;
