// Lesson 4 (seed 000 ch. 4 定价; seed 004 §06 failure 2): landed cost — freight,
// duties, VAT, fees, returns — decides whether a low price makes money. Bulky
// home goods in the US: the balanced seller prices over landed cost; the control
// arm prices at twice the factory cost, which looks like a healthy markup but
// ignores freight and the 48% US duty on home goods. Measured: total profit.
import type { Action, Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

const PRODUCTS = ['led-lamp', 'veg-chopper', 'pet-fountain'];

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 20, products: PRODUCTS }));

function twiceFactoryCost(s: Scenario) {
  return (actions: Action[], view: { fx: Record<string, number> }): Action[] => actions.map((a) => {
    if (a.type !== 'setPrice') return a;
    const p = s.products.find((x) => x.id === a.product)!;
    // home minor units → USD cents at the week's rate (the student sees it)
    const price = Math.round((2 * p.unitCost) / (view.fx.USD ?? 7.2));
    return { ...a, price };
  });
}

export const landedCost: Lesson = {
  id: 4,
  title: 'Landed cost decides whether a low price makes money',
  titleZh: '到岸成本决定低价能否赚钱',
  source: 'seed 000 ch. 4 (pricing); seed 004 §06 failure 2',
  kpi: 'profit, all turns (sum)',
  compare: 'price over landed cost (balanced) vs twice the factory cost',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'profit', 'sum', [1, 20]);
    const ctrl = kpi(play(s, seed, balancedWith(twiceFactoryCost(s))).reports, 'profit', 'sum', [1, 20]);
    return treat - ctrl;
  },
};
