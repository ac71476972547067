// Lesson 19 (seed 004 §02 价格竞争策略: 动态定价模型需平衡成本、利润与消费者价格
// 敏感度): dynamic pricing that weighs cost, competitors and price sensitivity beats
// a fixed markup. The US and Germany; the balanced seller prices each listing from
// landed cost, the going price and the market's sensitivity, week by week; the
// control arm makes the same decisions but prices every listing at a fixed six
// times the factory cost (the median markup of the campaign's going prices).
// Measured: total profit.
import type { Action, Scenario, StudentView } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

const MARKUP = 6;

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US', 'DE'], turns: 26 }));

function fixedMarkup(s: Scenario) {
  const start = new Map(s.currencies.map((c) => [c.code, c.rate]));
  return (actions: Action[], _view: StudentView): Action[] => actions.map((a) => {
    if (a.type !== 'setPrice') return a;
    const p = s.products.find((x) => x.id === a.product)!;
    const m = s.markets.find((x) => x.id === a.market)!;
    const rate = start.get(m.currency) ?? 1;
    return { ...a, price: Math.round((MARKUP * p.unitCost) / rate) };
  });
}

export const dynamicPricing: Lesson = {
  id: 19,
  title: 'Dynamic pricing beats a fixed markup',
  titleZh: '兼顾成本、对手与价格敏感度的动态定价胜过固定加价',
  source: 'seed 004 §02 (price competition); seed 000 ch. 4 (pricing)',
  kpi: 'profit, all turns (sum)',
  compare: 'balanced pricing vs six times factory cost, same other decisions',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'profit', 'sum', [1, 26]);
    const ctrl = kpi(play(s, seed, balancedWith(fixedMarkup(s))).reports, 'profit', 'sum', [1, 26]);
    return treat - ctrl;
  },
};
