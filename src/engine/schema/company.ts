import { z } from 'zod';
import { Fraction, Id, Localised, Money } from './common';
import { LOCALISATION_LEVELS } from './buyers';

export const StockLine = z.strictObject({
  product: Id,
  location: z.union([z.literal('home'), Id]).describe('"home" (the China warehouse) or a warehouse id.'),
  units: z.number().int().min(0).max(1e8),
});

export const Listing = z.strictObject({
  market: Id,
  channel: Id,
  product: Id,
  price: Money.describe('Shelf price in the market’s minor units, VAT included where the market has VAT.'),
});

export const Fulfilment = z.strictObject({
  market: Id,
  from: z.union([z.literal('home'), Id]).describe('"home" ships each order by parcel; a warehouse id fulfils locally.'),
  carrier: Id.optional().describe('The parcel carrier used when shipping from home.'),
});

/** What a company holds at turn 1: the student's company and each AI rival. */
export const CompanyStart = z.strictObject({
  cash: Money.describe('Home minor units.'),
  stock: z.array(StockLine).max(2000).default([]),
  listings: z.array(Listing).max(2000).default([]),
  fulfilment: z.array(Fulfilment).max(50).default([]),
  payments: z.array(z.strictObject({ market: Id, methods: z.array(Id).max(12) })).max(50).default([]),
  awareness: z.array(z.strictObject({ market: Id, value: Fraction })).max(50).default([]),
  service: z.array(z.strictObject({
    market: Id, agents: z.number().int().min(0).max(500), localLanguage: z.boolean().default(false), localHours: z.boolean().default(false),
  })).max(50).default([]).describe('Customer service teams per market at turn 1 (README §12.4).'),
  localisation: z.array(z.strictObject({ market: Id, level: z.enum(LOCALISATION_LEVELS) })).max(50).default([]).describe('Localisation of listings and ads per market at turn 1 (default: machine translation).'),
  rating: z.number().min(1).max(5).default(4),
});

/** An AI rival: a company with a strategy, played by the engine. */
export const Competitor = z.strictObject({
  id: Id,
  name: Localised,
  strategy: z.enum(['follow', 'undercut', 'premium', 'niche']),
  priceIndex: z.number().min(0.3).max(3).describe('Its price relative to the market’s reference price.'),
  start: CompanyStart,
});

export type CompanyStart = z.infer<typeof CompanyStart>;
export type Competitor = z.infer<typeof Competitor>;
