// Lesson 8 (seed 004 §05 危機處理: 负面舆情出现后2小时内发布官方声明控制事态扩散):
// a fast public statement limits a PR crisis; silence prolongs it. The US, the
// balanced seller; the campaign's PR backlash (a viral complaint video) breaks in
// turn 4. The treatment arm answers at once (the balanced bot's choice: the
// likeliest response it can afford); the control arm stays silent. Measured:
// revenue in the US over turns 4–16.
import type { Action, Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario, triggerAt } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US'], turns: 16, startWeek: 10,
  edit(s) { s.script = triggerAt(4, 'pr-backlash'); },
}));

const silence = (actions: Action[]): Action[] => actions.filter((a) => a.type !== 'respondCrisis');

export const prStatement: Lesson = {
  id: 8,
  title: 'A fast public statement limits a PR crisis; silence prolongs it',
  titleZh: '2小时内公开声明控制舆情，沉默使其延长',
  source: 'seed 004 §05 (crisis handling: a statement within two hours)',
  kpi: 'revenue, US, sum of turns 4–16',
  compare: 'answer the backlash at once vs stay silent (balanced seller)',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'revenue', 'sum', [4, 16], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(silence)).reports, 'revenue', 'sum', [4, 16], 'US');
    return treat - ctrl;
  },
};
