// Lesson 16 (seed 004 §05 支付安全風險: 強化交易風控系統; calibration.md §7): fraud
// and chargeback controls cut losses from payment disputes. The US, the balanced
// seller; the treatment arm spends ¥1,000 a week on fraud screening from turn 2;
// the control arm none (the bot's own screening is taken out of both).
// Measured: chargebacks (home minor units) in the US over turns 2–26.
import type { Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead, without } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['US'], turns: 26 }));

export const fraudControls: Lesson = {
  id: 16,
  title: 'Fraud and chargeback controls cut losses from payment disputes',
  titleZh: '反欺诈与拒付控制减少支付纠纷损失',
  source: 'seed 004 §05 (payment security); calibration.md §7 (chargebacks)',
  kpi: 'chargebacks, US, sum of turns 2–26',
  compare: 'fraud screening ¥1,000 a week vs none (balanced seller)',
  expect: 'down',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith(instead('setFraudControl', 2, [{ type: 'setFraudControl', market: 'US', weekly: 100_000 }]))).reports, 'chargebacks', 'sum', [2, 26], 'US');
    const ctrl = kpi(play(s, seed, balancedWith(without('setFraudControl'))).reports, 'chargebacks', 'sum', [2, 26], 'US');
    return treat - ctrl;
  },
};
