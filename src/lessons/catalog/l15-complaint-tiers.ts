// Lesson 15 (seed 004 §05 客戶投訴分級響應機制: 三級響應、優先處理高價值客戶): tiered
// complaint handling that puts high-value customers first keeps revenue. The US,
// the balanced seller, 40 weeks; the treatment arm handles complaints by the three
// levels from turn 2; the control arm first come, first served.
// Measured: revenue from returning customers is what tiering protects, read as
// the repeat rate × revenue… kept simple: revenue in the US over turns 20–40.
import type { Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 40 }));

export const complaintTiers: Lesson = {
  id: 15,
  title: 'Tiered complaint handling, high-value customers first, keeps revenue',
  titleZh: '分级投诉处理、优先高价值客户，保住收入',
  source: 'seed 004 §05 (three-level complaint response)',
  kpi: 'revenue, US, sum of turns 20–40',
  compare: 'three-level handling vs first come, first served (balanced seller)',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith(instead('setComplaintHandling', 2, [{ type: 'setComplaintHandling', market: 'US', policy: 'tiered' }]))).reports, 'revenue', 'sum', [20, 40], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(instead('setComplaintHandling', 2, []))).reports, 'revenue', 'sum', [20, 40], 'US');
    return treat - ctrl;
  },
};
