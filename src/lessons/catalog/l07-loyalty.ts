// Lesson 7 (seed 004 §03 忠誠度提升: 會員等級體系、積分兌換; RFM): loyalty tiers raise
// the repeat rate and cut acquisition cost. The US, the balanced seller, 40 weeks;
// the treatment arm starts a tiered membership programme in turn 2; the control
// arm never runs one (the bot's own points programme is taken out of both).
// Measured: repeat rate (orders from returning customers) in the US, turns 20–40.
import type { Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead, without } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 40 }));

export const loyalty: Lesson = {
  id: 7,
  title: 'Loyalty tiers and RFM retention raise the repeat rate',
  titleZh: '会员等级与RFM维护提高复购率',
  source: 'seed 004 §03 (loyalty, RFM, membership tiers)',
  kpi: 'repeatRate, US, mean of turns 20–40',
  compare: 'a tiered membership programme from turn 2 vs none (balanced seller)',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith(instead('setLoyalty', 2, [{ type: 'setLoyalty', market: 'US', programme: 'tiered' }]))).reports, 'repeatRate', 'mean', [20, 40], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(without('setLoyalty'))).reports, 'repeatRate', 'mean', [20, 40], 'US');
    return treat - ctrl;
  },
};
