// Lesson 18 (seed 004 §03 多語言溝通策略、注意時區差異和響應時效): customer service in
// the buyer's language and time zone raises satisfaction. Japan, the balanced
// seller; from turn 2 both arms keep two service agents, who answer in Japanese in
// Japanese hours (treatment) or in English from China (control).
// Measured: satisfaction in JP, mean of turns 4–20.
import type { Action, Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['JP'], turns: 20 }));

const staff = (local: boolean): Action[] => [{ type: 'setService', market: 'JP', agents: 2, localLanguage: local, localHours: local }];

export const serviceLanguage: Lesson = {
  id: 18,
  title: 'Service in the buyer’s language and time zone raises satisfaction',
  titleZh: '买家语言与时区的客服提高满意度',
  source: 'seed 004 §03 (multilingual communication, time zones, response time)',
  kpi: 'satisfaction, JP, mean of turns 4–20',
  compare: 'two agents in Japanese and Japanese hours vs two agents in English from China',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith(instead('setService', 2, staff(true)))).reports, 'satisfaction', 'mean', [4, 20], 'JP');
    const ctrl = kpi(play(s, seed, balancedWith(instead('setService', 2, staff(false)))).reports, 'satisfaction', 'mean', [4, 20], 'JP');
    return treat - ctrl;
  },
};
