// Lesson 11 (seed 004 §05 政策法規風險; seed 000 风险管理: 商标注册、产品认证): trademark
// registration and compliance certificates reduce takedowns and seizures. The US
// and Germany, the balanced seller, 30 weeks; the treatment arm registers its
// trademarks and certifies its products as the bot does; the control arm never
// does. Measured: listing-weeks off the shelf (taken down after an IP or
// certificate complaint, or frozen by an account suspension), turns 1–30.
import type { Scenario } from '../../engine';
import { PLAYER_ID } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, play } from '../lab';
import { without } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US', 'DE'], turns: 30 }));

function weeksOffShelf(decide: Parameters<typeof play>[2], seed: number): number {
  let weeks = 0;
  play(scenario(), seed, decide, (state) => { weeks += state.companies[PLAYER_ID]?.compliance.removed.length ?? 0; });
  return weeks;
}

export const trademarks: Lesson = {
  id: 11,
  title: 'Trademark registration and certificates reduce takedowns and seizures',
  titleZh: '商标注册与认证减少下架和扣货',
  source: 'seed 004 §05 (policy and IP risk); seed 000 (risk management)',
  kpi: 'listing-weeks off the shelf (takedowns, suspensions), US and DE, turns 1–30',
  compare: 'register trademarks and certify products (balanced seller) vs never',
  expect: 'down',
  sample(seed) {
    return weeksOffShelf(balancedWith(), seed) - weeksOffShelf(balancedWith(without('registerTrademark', 'certifyProduct')), seed);
  },
};
