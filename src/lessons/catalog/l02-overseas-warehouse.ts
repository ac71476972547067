// Lesson 2 (seed 000 ch. 5 物流; seed 004 §06 success 4): an overseas warehouse
// cuts delivery days (and with them returns), at a storage and capital cost. The
// US, the balanced seller, which stocks a US warehouse by sea; the control arm
// never ships stock there and sends every order by parcel from China.
// Measured: delivery days in the US, turns 13–26 (after the first sea freight lands).
import type { Action } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

const parcelsOnly = (actions: Action[]): Action[] =>
  actions.filter((a) => a.type !== 'ship' && !(a.type === 'setFulfilment' && a.from !== 'home'));

let cached: ReturnType<typeof sliceScenario> | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 26 }));

export const overseasWarehouse: Lesson = {
  id: 2,
  title: 'An overseas warehouse cuts delivery days and returns',
  titleZh: '海外仓缩短配送时效、降低退货率',
  source: 'seed 000 ch. 5 (logistics); seed 004 §06 success 4',
  kpi: 'deliveryDays, US, mean of turns 13–26',
  compare: 'sea freight to a US warehouse vs parcels from China (balanced seller)',
  expect: 'down',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'deliveryDays', 'mean', [13, 26], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(parcelsOnly)).reports, 'deliveryDays', 'mean', [13, 26], 'US');
    return treat - ctrl;
  },
};
