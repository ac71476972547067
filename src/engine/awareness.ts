// Phase 7, marketing part: awareness from social ads, creator buzz, festival
// campaigns and word of mouth; the fading of buzz; the odds of a cultural
// backlash in a week the shop advertises; the baseline week a promotion is
// judged against (seed 000 ch. 6–7; seed 004 §06 failure 3; lessons 3, 10).
import type { MarketPresence } from './state';
import type { Market } from './schema';
import type { World } from './world';
import type { TurnLog } from './log';
import { clamp } from './math';
import { next, type StreamState } from './rng';
import { toLocal } from './fx';
import { adPrices, BACKLASH_AWARENESS, BUZZ_DECAY, BUZZ_TO_AWARENESS, legacySocialLift, localisationLevel, socialLift } from './marketing';
import { promoAwareness, running } from './promotions';

/** Weekly fading of awareness without fresh advertising or sales (model assumption). */
export const AWARENESS_DECAY = 0.03;
/** Smoothing of the normal week a promotion is judged against. */
const BASELINE_WEIGHT = 0.3;

export interface MarketingWeek {
  /** Home minor units spent this turn on social ads, and on any marketing at all. */
  social: number;
  marketing: number;
  served: number;
  /** Sum of price × units of the served orders, local minor units (for the baseline AOV). */
  valueLocal: number;
}

function socialAds(world: World, market: Market, spend: number, rate: number): number {
  const prices = adPrices(world.scenario, market);
  if (prices.cpm === null) return legacySocialLift(spend);
  const cur = world.currencies.get(market.currency)!;
  return socialLift(toLocal(spend, rate, cur.decimals, world.homeDecimals), prices.cpm, prices.audience);
}

/** Updates awareness, buzz, backlash and the baseline of `target` (a copy of `p`). */
export function updateMarketing(
  world: World, market: Market, p: MarketPresence, target: MarketPresence, week: MarketingWeek,
  rate: number, turn: number, inSeason: boolean, rng: StreamState, log: TurnLog, companyName: { en: string; zh: string },
): void {
  const social = week.social <= 0 ? 0 : socialAds(world, market, week.social, rate);
  const wordOfMouth = Math.min(0.02, week.served / 20000);
  const lift = social + wordOfMouth + BUZZ_TO_AWARENESS * p.buzz + promoAwareness(p.promotion, turn, inSeason);
  target.awareness = clamp(p.awareness * (1 - AWARENESS_DECAY) + (1 - p.awareness) * lift, 0, 1);
  target.buzz = p.buzz * (1 - BUZZ_DECAY);
  // A week of advertising in a badly localised market may go wrong (one draw, only then).
  const exposed = week.marketing > 0 || p.buzz > 0.01;
  if (exposed && p.backlashUntil < turn) {
    const chance = localisationLevel(world.scenario, p.localisation).backlashChance * market.culturalDistance;
    if (chance > 0 && next(rng) < chance) {
      target.backlashUntil = turn + world.scenario.marketing.backlashTurns;
      target.awareness *= BACKLASH_AWARENESS;
      log.news.push({
        en: `${companyName.en}'s ads in ${market.name.en} caused a cultural backlash: shoppers stay away.`,
        zh: `${companyName.zh}在${market.name.zh}的广告引发文化争议，消费者纷纷回避。`,
      });
    }
  }
  // The normal week: smoothed over turns without a promotion.
  if (!running(p.promotion, turn) && week.served > 0) {
    const aov = week.valueLocal / week.served;
    target.baselineOrders = p.baselineOrders === 0 ? week.served : p.baselineOrders + BASELINE_WEIGHT * (week.served - p.baselineOrders);
    target.baselineAov = p.baselineAov === 0 ? aov : p.baselineAov + BASELINE_WEIGHT * (aov - p.baselineAov);
  }
}
