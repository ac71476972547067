import { z } from 'zod';
import { Fraction, Id, Localised, Money } from './common';
import { LOCALISATION_LEVELS } from './buyers';

export const StockLine = z.strictObject({
  product: Id.describe('Id of the product.'),
  location: z.union([z.literal('home'), Id]).describe('"home" (the China warehouse) or a warehouse id.'),
  units: z.number().int().min(0).max(1e8).describe('Units there at turn 1, valued at the product’s unitCost.'),
});

export const Listing = z.strictObject({
  market: Id.describe('The market it sells in.'),
  channel: Id.describe('The channel it is listed on; the channel must serve the market.'),
  product: Id.describe('The product listed; it must have demand in the market.'),
  price: Money.describe('Shelf price in the market’s minor units, VAT included where the market has VAT.'),
});

export const Fulfilment = z.strictObject({
  market: Id.describe('The market whose orders this delivers.'),
  from: z.union([z.literal('home'), Id]).describe('"home" ships each order by parcel; a warehouse id fulfils locally.'),
  carrier: Id.optional().describe('The parcel carrier used when shipping from home.'),
});

/** What a company holds at turn 1: the student's company and each AI rival. */
export const CompanyStart = z.strictObject({
  cash: Money.describe('Cash at turn 1, home minor units.'),
  stock: z.array(StockLine).max(2000).default([]).describe('Stock at turn 1, at home or in overseas warehouses.'),
  listings: z.array(Listing).max(2000).default([]).describe('Products on sale at turn 1, with their shelf prices.'),
  fulfilment: z.array(Fulfilment).max(50).default([]).describe('How each market’s orders are delivered at turn 1: from home with a parcel carrier, or from a warehouse in the market.'),
  payments: z.array(z.strictObject({
    market: Id.describe('The market.'),
    methods: z.array(Id).max(12).describe('Ids of the payment methods offered there.'),
  })).max(50).default([]).describe('Payment methods offered in each market at turn 1.'),
  awareness: z.array(z.strictObject({
    market: Id.describe('The market.'),
    value: Fraction.describe('Brand awareness there, 0–1: it weights the company’s share of each channel’s shoppers (README §2).'),
  })).max(50).default([]).describe('Brand awareness per market at turn 1 (default 0).'),
  service: z.array(z.strictObject({
    market: Id.describe('The market.'),
    agents: z.number().int().min(0).max(500).describe('Service agents employed there.'),
    localLanguage: z.boolean().default(false).describe('The agents speak the buyers’ language (wage × service.localLanguageFactor).'),
    localHours: z.boolean().default(false).describe('The agents cover the buyers’ time zone (wage × service.localHoursFactor).'),
  })).max(50).default([]).describe('Customer service teams per market at turn 1 (README §12.4).'),
  localisation: z.array(z.strictObject({
    market: Id.describe('The market.'),
    level: z.enum(LOCALISATION_LEVELS).describe('machine translation, human translation or native transcreation (`marketing.localisation`).'),
  })).max(50).default([]).describe('Localisation of listings and ads per market at turn 1 (default: machine translation).'),
  rating: z.number().min(1).max(5).default(4).describe('Star rating (1–5) the company starts with in each market it is in.'),
});

/** An AI rival: a company with a strategy, played by the engine. */
export const Competitor = z.strictObject({
  id: Id.describe('Id of the rival.'),
  name: Localised.describe('Name of the rival shown to players.'),
  strategy: z.enum(['follow', 'undercut', 'premium', 'niche']).describe('How it prices from its base (reference price × priceIndex): follow moves halfway to the leader’s price, undercut goes 3% below the cheapest, premium holds the base, niche holds it and defends share with ads (README §7, §16).'),
  priceIndex: z.number().min(0.3).max(3).describe('Its price relative to the market’s reference price.'),
  start: CompanyStart.describe('Its position at turn 1, written as for `player`.'),
});

export type CompanyStart = z.infer<typeof CompanyStart>;
export type Competitor = z.infer<typeof Competitor>;
