// Marketing (seed 000 ch. 6–7; seed 004 §03, §06 failure 3; lessons 3 and 10):
// search ads priced per click, social ads per thousand impressions, KOL/KOC
// creator campaigns with a lasting effect, and localisation quality. Every curve
// saturates (1 − e^(−x), with the engine's own exp), so each extra yuan buys less.
import type { KolTier, LocalisationLevel, Market, Scenario } from './schema';
import { exp } from './math';

/** Most awareness social ads alone add in a week (model assumption; README §12.2). */
export const SOCIAL_LIFT_MAX = 0.12;
/** Impressions per audience member that buy 1 − 1/e of that lift: 1/3 (model assumption). */
export const SOCIAL_SATURATION = 1 / 3;
/** Weekly fading of creator buzz: half-life ≈ 4 weeks, "a lasting effect" (model assumption). */
export const BUZZ_DECAY = 0.15;
/** Share of the buzz that turns into awareness each week (model assumption). */
export const BUZZ_TO_AWARENESS = 0.3;
/** A backlash cuts the visitors and the cart rate (seed 004 §06 failure 3: sales −60% in three months: 0.5 × 0.8). */
export const BACKLASH_VISITORS = 0.5;
export const BACKLASH_CART = 0.8;
/** Awareness kept when a backlash breaks out (the rest turns into notoriety). */
export const BACKLASH_AWARENESS = 0.7;

/** `cpm` is null when the market names none: social ads then follow the legacy response (`legacySocialLift`). */
export interface AdPrices { cpc: number; cpm: number | null; searchShare: number; audience: number }

/**
 * Creator tiers (seed 000 §7.2 (3): 与腰部和底部的专业KOL合作…同时发动大量素人试用; calibration.md §6
 * Influencer ROI $5.20–6.50 per $1): a top creator reaches most people but few engage;
 * mid-tier and micro creators and seeding to ordinary users reach fewer, engage
 * more and cost far less per engaged person. Home minor units for a CNY home (¥).
 * The figures are model assumptions; scenarios can set their own.
 */
export const DEFAULT_KOL_TIERS: Readonly<Record<KolTier, { cost: number; reach: number; engagement: number }>> = {
  top: { cost: 20_000_000, reach: 2_000_000, engagement: 0.01 },
  mid: { cost: 3_000_000, reach: 300_000, engagement: 0.03 },
  micro: { cost: 800_000, reach: 60_000, engagement: 0.06 },
  seeding: { cost: 500_000, reach: 20_000, engagement: 0.12 },
};

/**
 * Localisation levels (seed 004 §06 failure 3: 直接翻譯中文廣告…銷量下跌60%; lesson 3).
 * Machine translation is free but converts worse and risks a backlash whenever the
 * shop advertises; native transcreation costs most and converts best. Model assumptions.
 */
export const DEFAULT_LOCALISATION: Readonly<Record<LocalisationLevel, { cost: number; conversion: number; backlashChance: number }>> = {
  machine: { cost: 0, conversion: 0.85, backlashChance: 0.04 },
  human: { cost: 800_000, conversion: 1, backlashChance: 0.01 },
  native: { cost: 3_000_000, conversion: 1.1, backlashChance: 0.002 },
};

export function kolTier(scenario: Scenario, tier: KolTier) {
  return scenario.marketing.kolTiers[tier] ?? DEFAULT_KOL_TIERS[tier];
}

export function localisationLevel(scenario: Scenario, level: LocalisationLevel) {
  return scenario.marketing.localisation[level] ?? DEFAULT_LOCALISATION[level];
}

/** Conversion multiplier of a level in a market: the gap from 1 grows with cultural distance. */
export function localisationConversion(scenario: Scenario, market: Market, level: LocalisationLevel): number {
  return 1 + (localisationLevel(scenario, level).conversion - 1) * market.culturalDistance;
}

const pricesCache = new WeakMap<Scenario, Map<string, AdPrices>>();

/** A market's ad prices and audience, with defaults worked out once per scenario. */
export function adPrices(scenario: Scenario, market: Market): AdPrices {
  let table = pricesCache.get(scenario);
  if (!table) { table = new Map(); pricesCache.set(scenario, table); }
  const hit = table.get(market.id);
  if (hit) return hit;
  let refSum = 0, n = 0, shoppers = 0;
  for (const p of scenario.products) {
    for (const d of p.demand) if (d.market === market.id) { refSum += d.referencePrice; n += 1; shoppers += d.weeklyVisitors; }
  }
  const meanRef = n > 0 ? refSum / n : 100;
  const prices: AdPrices = {
    cpc: market.ads.cpc ?? Math.max(1, Math.round(0.04 * meanRef)),
    cpm: market.ads.cpm ?? null,
    searchShare: market.ads.searchShare,
    audience: market.ads.audience ?? Math.max(1000, 2 * shoppers),
  };
  table.set(market.id, prices);
  return prices;
}

/**
 * Paid clicks from a week's search budget (local minor units): the first clicks
 * cost the CPC, then bids rise as the budget reaches for the last searchers.
 * clicks = cap × (1 − e^(−spend / (cpc × cap))), cap = searchers one can bid for.
 */
export function searchClicks(spendLocal: number, cpc: number, cap: number): number {
  if (spendLocal <= 0 || cap <= 0) return 0;
  return cap * (1 - exp(-spendLocal / (cpc * cap)));
}

/** Awareness lift from a week of social ads: SOCIAL_LIFT_MAX × (1 − e^(−impressions / (SOCIAL_SATURATION × audience))). */
export function socialLift(spendLocal: number, cpm: number, audience: number): number {
  if (spendLocal <= 0) return 0;
  const impressions = (spendLocal * 1000) / cpm;
  return SOCIAL_LIFT_MAX * (1 - exp(-impressions / (SOCIAL_SATURATION * audience)));
}

/**
 * Social ads in a market without a CPM (scenarios written before ad pricing): the
 * response they were tuned with, 0.08 × s / (1 + s), s = √(spend / ¥2,000), home fen.
 */
export function legacySocialLift(spendHome: number): number {
  if (spendHome <= 0) return 0;
  const s = Math.sqrt(spendHome / 200_000);
  return (0.08 * s) / (1 + s);
}

/** Share of the audience a creator campaign engages: 1 − e^(−reach × engagement / audience). */
export function kolImpulse(reach: number, engagement: number, audience: number): number {
  return 1 - exp(-(reach * engagement) / audience);
}

/** Buzz after a campaign: it adds to what is left, saturating at 1. */
export function addBuzz(buzz: number, impulse: number): number {
  return buzz + (1 - buzz) * impulse;
}
