// Lesson 9 (seed 004 §05 供應鏈中斷應急方案: 突發斷供時48小時內啟動替代方案): a
// backup supplier shortens stock-outs after a supplier outage. The US, the
// balanced seller; the campaign's supplier outage stops the factory in turn 6.
// The outage is made eight weeks long here (the campaign's is four) so that it
// outlasts the seller's safety stock. The treatment arm switches to the backup
// supplier at once (the balanced bot's answer); the control arm waits the outage
// out. Measured: units sold in the US over turns 6–20 (the bot takes sold-out
// listings down, so lost sales show as units not sold rather than stock-outs).
import type { Action, Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario, triggerAt } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US'], turns: 20, startWeek: 10,
  edit(s) {
    s.script = triggerAt(6, 'supplier-outage');
    for (const e of s.events as { id: string; durationTurns: number }[]) if (e.id === 'supplier-outage') e.durationTurns = 8;
  },
}));

const wait = (actions: Action[]): Action[] => actions.filter((a) => a.type !== 'respondCrisis');

export const backupSupplier: Lesson = {
  id: 9,
  title: 'A backup supplier shortens stock-outs after a supplier outage',
  titleZh: '备选供应商缩短断供后的缺货',
  source: 'seed 004 §05 (supply-chain contingency: switch within 48 hours)',
  kpi: 'unitsSold, US, sum of turns 6–20',
  compare: 'switch to the backup supplier at once vs wait (balanced seller)',
  expect: 'up',
  testSeeds: 40,
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'unitsSold', 'sum', [6, 20], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(wait)).reports, 'unitsSold', 'sum', [6, 20], 'US');
    return treat - ctrl;
  },
};
