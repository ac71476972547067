// Lesson 10 (seed 004 §02 易受KOL推薦影響; seed 000 §7.2 (3) 与腰部和底部的专业KOL合作…同时发动大量素人试用): KOL/KOC campaigns
// raise awareness, and mid- and low-tier creators are more cost-effective. Germany,
// the balanced seller without its own creator campaigns; in turn 3 one arm books
// micro creators and the other a top creator. Measured: awareness gained in DE by
// turn 8 per ¥10,000 spent, micro minus top.
import type { Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['DE'], turns: 8 }));

function awarenessPer10k(seed: number, tier: 'micro' | 'top'): number {
  const s = scenario();
  const cost = s.marketing.kolTiers[tier]?.cost ?? 1;
  const withCampaign = play(s, seed, balancedWith(instead('runKolCampaign', 3, [{ type: 'runKolCampaign', market: 'DE', tier }]))).reports;
  const none = play(s, seed, balancedWith(instead('runKolCampaign', 3, []))).reports;
  const gain = kpi(withCampaign, 'awareness', 'last', [8, 8], 'DE') - kpi(none, 'awareness', 'last', [8, 8], 'DE');
  return (gain / cost) * 1_000_000;
}

export const kolTiers: Lesson = {
  id: 10,
  title: 'KOL/KOC campaigns raise awareness; smaller creators are more cost-effective',
  titleZh: 'KOL/KOC提升认知度，中小达人性价比更高',
  source: 'seed 004 §02 (KOL influence); seed 000 §7.2 (3) (mid- and low-tier KOLs, many ordinary users trying the product)',
  kpi: 'awareness gained by turn 8 per ¥10,000 (DE), micro minus top creators',
  compare: 'micro creators vs a top creator, booked in turn 3',
  expect: 'up',
  sample(seed) {
    return awarenessPer10k(seed, 'micro') - awarenessPer10k(seed, 'top');
  },
};
