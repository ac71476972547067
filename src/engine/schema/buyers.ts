// The buyer side of the scenario format: ad prices per market, KOL/KOC tiers,
// localisation levels and promotions (seed 000 ch. 6–7; seed 004 §03; lessons 3,
// 10). Every block is optional: a scenario without it gets the defaults below,
// documented with their sources in src/engine/README.md §12.
import { z } from 'zod';
import { Fraction, Money, Source } from './common';

/** Advertising prices in one market (calibration.md §6 Amazon CPC, Social/search ads). */
export const MarketAds = z.strictObject({
  cpc: Money.min(1).optional().describe('Cost per click of search ads, local minor units. Default: 4% of the mean reference price of the market’s products.'),
  cpm: Money.min(1).optional().describe('Cost per thousand impressions of social ads, local minor units. Without it, social ads keep the response of scenarios written before CPM pricing (README §12.2).'),
  searchShare: Fraction.default(0.3).describe('Share of the week’s shoppers for a product who can be reached by bidding on searches (model assumption).'),
  audience: z.number().int().min(1).max(1e10).optional().describe('People in the market who could notice a brand through social ads and creators. Default: twice the weekly shoppers of all products there.'),
  source: Source,
});
export type MarketAds = z.infer<typeof MarketAds>;

export const KOL_TIERS = ['top', 'mid', 'micro', 'seeding'] as const;
export type KolTier = (typeof KOL_TIERS)[number];

/** One creator tier (头部/腰部/尾部 KOL, 素人 KOC seeding): its price and what it buys. */
export const KolTierSpec = z.strictObject({
  cost: Money.describe('Price of one campaign, home minor units.'),
  reach: z.number().int().min(0).max(1e10).describe('People who see it.'),
  engagement: Fraction.describe('Share of them who engage and remember the brand (credibility: higher for small creators and ordinary users).'),
  source: Source,
});

export const LOCALISATION_LEVELS = ['machine', 'human', 'native'] as const;
export type LocalisationLevel = (typeof LOCALISATION_LEVELS)[number];

/** One level of localisation: machine translation, human translation, native transcreation. */
export const LocalisationSpec = z.strictObject({
  cost: Money.describe('One-off cost to bring a market’s listings and ads to this level, home minor units.'),
  conversion: z.number().min(0.2).max(2).describe('Multiplies the cart rate.'),
  backlashChance: Fraction.describe('Chance per turn of advertising that a cultural blunder turns into a backlash.'),
  source: Source,
});

export const PROMOTION_KINDS = ['flashSale', 'coupon', 'bundle', 'memberPrice', 'festival'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export const Marketing = z.strictObject({
  kolTiers: z.strictObject({
    top: KolTierSpec.optional().describe('Top creators (头部 KOL): default ¥200,000 for a reach of 2,000,000 at 1% engagement (model assumption).'),
    mid: KolTierSpec.optional().describe('Mid-tier creators (腰部 KOL): default ¥30,000 for 300,000 at 3% (model assumption).'),
    micro: KolTierSpec.optional().describe('Micro creators (底部 KOL): default ¥8,000 for 60,000 at 6% (model assumption).'),
    seeding: KolTierSpec.optional().describe('Seeding to ordinary users (素人 KOC): default ¥5,000 for 20,000 at 12% (model assumption).'),
  }).default({}).describe('Creator tiers; a tier left out takes its default (README §12.2).'),
  localisation: z.strictObject({
    machine: LocalisationSpec.optional().describe('Machine translation: default free, conversion 0.85, backlash chance 4% (model assumption).'),
    human: LocalisationSpec.optional().describe('Human translation: default ¥8,000, conversion 1.00, backlash chance 1% (model assumption).'),
    native: LocalisationSpec.optional().describe('Native transcreation: default ¥30,000, conversion 1.10, backlash chance 0.2% (model assumption).'),
  }).default({}).describe('Localisation levels; a level left out takes its default (README §12.2).'),
  backlashTurns: z.number().int().min(1).max(52).default(12).describe('How long a cultural backlash lasts (seed 004 §06 failure 3: sales −60% within three months).'),
  festivalFee: Money.default(500_000).describe('Cost of staging a festival campaign in a market, home minor units (model assumption: ¥5,000).'),
  source: Source,
});
export type Marketing = z.infer<typeof Marketing>;

export const LOYALTY_PROGRAMMES = ['none', 'points', 'tiered'] as const;
export type LoyaltyProgramme = (typeof LOYALTY_PROGRAMMES)[number];
export const COMPLAINT_POLICIES = ['fifo', 'tiered'] as const;
export type ComplaintPolicy = (typeof COMPLAINT_POLICIES)[number];

/** A loyalty programme (seed 004 §03 會員等級體系: 積分兌換、專屬客服; lesson 7). */
export const LoyaltySpec = z.strictObject({
  setupCost: Money.describe('One-off cost to start it in a market, home minor units.'),
  weeklyCost: Money.describe('Running cost a week (software, perks), home minor units.'),
  pointsRate: Fraction.describe('Points given back on repeat purchases, as a share of their value (booked as marketing).'),
  repeatBoost: z.number().min(1).max(5).describe('Multiplies how often past customers come back to look.'),
  churnCut: Fraction.describe('Multiplies the weekly rates at which customers lapse and are lost.'),
  referralBoost: z.number().min(1).max(5).describe('Multiplies the shoppers that loyal customers refer (cuts acquisition cost).'),
  source: Source,
});

/** Defaults of `customers.community` (model assumptions; community.ts says why). */
export const COMMUNITY_DEFAULTS = { halfCost: 10, referralRate: 0.25, repeatBoost: 0.5 } as const;

/** Community operations (seed 004 §03 社群運營; §06 success 3 WhatsApp社群; community.ts). */
export const CommunitySpec = z.strictObject({
  halfCost: z.number().min(0.01).max(1e6).default(COMMUNITY_DEFAULTS.halfCost).describe('Weekly budget per active customer (home minor units) that engages half of them; more engages more, with diminishing returns.'),
  referralRate: z.number().min(0).max(5).default(COMMUNITY_DEFAULTS.referralRate).describe('Friends an engaged customer invites a week (× 0.5 + satisfaction); they shop with a friend’s trust and count as new customers.'),
  repeatBoost: z.number().min(0).max(5).default(COMMUNITY_DEFAULTS.repeatBoost).describe('Past customers come back to look (1 + repeatBoost × engaged share) as often: the group’s posts reach its lapsed members too.'),
  source: Source,
});
export type CommunitySpec = z.infer<typeof CommunitySpec>;

/** Customer base and after-sales rules (seed 004 §03 RFM, lifecycle, loyalty; §05 complaint tiers). */
export const CustomerRules = z.strictObject({
  loyalty: z.strictObject({
    points: LoyaltySpec.optional().describe('Points programme (积分): default ¥5,000 setup, ¥200 a week, 2% points, repeatBoost 1.25, churnCut 0.8, referralBoost 2 (model assumption).'),
    tiered: LoyaltySpec.optional().describe('Membership tiers (会员等级): default ¥20,000 setup, ¥800 a week, 4% points, repeatBoost 1.5, churnCut 0.6, referralBoost 3 (model assumption).'),
  }).default({})
    .describe('Loyalty programmes; one left out takes its default (README §12.3).'),
  complaintCapacity: z.number().int().min(0).max(1e6).default(10).describe('Complaints the owner can settle a week in a market without service staff (model assumption).'),
  tieredHandlingFee: Money.default(30_000).describe('Weekly cost of running three-level complaint handling in a market, home minor units (model assumption: ¥300).'),
  community: CommunitySpec.optional().describe('Community operations (setCommunity): default halfCost 10 (¥0.10 a customer a week), referralRate 0.25, repeatBoost 0.5; a field left out takes its default (model assumptions; README §12.3).'),
  source: Source,
});
export type CustomerRules = z.infer<typeof CustomerRules>;

export const RETURN_WINDOWS = [14, 30, 60] as const;

/** Customer service and after-sales (seed 000 ch. 8; seed 004 §03 跨境溝通: 多語言, 時區; lesson 18). */
export const ServiceRules = z.strictObject({
  agentWeeklyCost: Money.default(100_000).describe('Wage of one service agent a week, home minor units (model assumption: ≈ ¥4,300 a month).'),
  localLanguageFactor: z.number().min(1).max(5).default(1.5).describe('Agents who speak the buyers’ language cost this many times as much.'),
  localHoursFactor: z.number().min(1).max(5).default(1.3).describe('Cover in the buyers’ time zone (night shifts) costs this many times as much.'),
  ticketsPerAgent: z.number().int().min(1).max(10_000).default(250).describe('Contacts one agent answers in a week.'),
  contactRate: Fraction.default(0.15).describe('Share of orders whose buyer contacts the shop (model assumption).'),
  source: Source,
});
export type ServiceRules = z.infer<typeof ServiceRules>;
