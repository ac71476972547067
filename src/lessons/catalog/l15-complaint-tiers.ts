// Lesson 15 (seed 004 §05 客戶投訴分級響應機制: 三級響應、優先處理高價值客戶): tiered
// complaint handling that puts high-value customers first keeps customers — and
// with them revenue. It matters when complaints outrun the people who answer them:
// the US, the balanced seller, 40 weeks, with no service agents hired (the owner
// answers what she can, as in a small shop; the bot's own staffing is taken out of
// both arms). The treatment arm settles complaints by the three levels, severe
// cases and repeat buyers first, from turn 2; the control arm first come, first
// served. Measured: customers lost over complaints (src/engine/complaints.ts),
// turns 1–40. The revenue those customers would have brought is too small within
// 40 weeks to rise above the noise of a run (revenue over turns 20–40: +¥2,555
// [−¥54,240, +¥59,350] over 100 seeds, measured 22 Nov 2026), so the lesson is
// measured where the model puts its cause.
import { PLAYER_ID, type Scenario, type TurnReport } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, play } from '../lab';
import { instead, without } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 40 }));

function customersLost(reports: readonly TurnReport[]): number {
  let lost = 0;
  for (const r of reports) lost += r.companies[PLAYER_ID]?.buyers.US?.customers.complaints.customersLost ?? 0;
  return lost;
}

const noAgents = without('setService');
const tiered = instead('setComplaintHandling', 2, [{ type: 'setComplaintHandling', market: 'US', policy: 'tiered' }]);
const fifo = instead('setComplaintHandling', 2, []);

export const complaintTiers: Lesson = {
  id: 15,
  title: 'Tiered complaint handling, high-value customers first, keeps customers',
  titleZh: '分级投诉处理、优先高价值客户，留住客户',
  source: 'seed 004 §05 (three-level complaint response)',
  kpi: 'customers lost over complaints, US, turns 1–40',
  compare: 'three-level handling vs first come, first served, no agents hired (balanced seller)',
  expect: 'down',
  testSeeds: 20,
  sample(seed) {
    const s = scenario();
    const treat = customersLost(play(s, seed, balancedWith((a, v) => tiered(noAgents(a), v))).reports);
    const ctrl = customersLost(play(s, seed, balancedWith((a, v) => fifo(noAgents(a), v))).reports);
    return treat - ctrl;
  },
};
