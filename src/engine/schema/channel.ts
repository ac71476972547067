import { z } from 'zod';
import { Fraction, Id, Localised, Money, Source } from './common';

export const CHANNEL_KINDS = ['marketplace', 'socialShop', 'independentSite', 'b2bPortal'] as const;

/** A sales channel: a marketplace, a social video shop, an independent site or a B2B portal. */
export const Channel = z.strictObject({
  id: Id.describe('Id of the channel, used by listings and scripts.'),
  name: Localised.describe('Name of the channel shown to players.'),
  kind: z.enum(CHANNEL_KINDS).describe('Kind of channel: a label, since reach, fees and conversion are set below; the bots do not sell on a b2bPortal.'),
  markets: z.array(Id).min(1).max(50).describe('Ids of the markets the channel serves; a listing on it must be in one of them.'),
  reach: Fraction.describe('Share of a market’s shoppers who shop through this channel.'),
  conversionFactor: z.number().min(0.05).max(5).default(1).describe('Multiplies the cart rate (marketplaces convert better than a new site).'),
  commission: Fraction.describe('Referral fee on the sale price.'),
  feePerOrder: Money.default(0).describe('Fixed fee per order (home minor units).'),
  weeklyFee: Money.default(0).describe('Subscription per week while listed (home minor units).'),
  payoutDelayTurns: z.number().int().min(0).max(8).default(0).describe('Weeks before sales money reaches the seller (FX risk meanwhile).'),
  unitsPerOrder: z.number().int().min(1).max(10000).default(1).describe('Units in each order (50 for a B2B portal in the campaign): stock, postage, revenue and units sold scale with it.'),
  source: Source,
});
export type Channel = z.infer<typeof Channel>;
