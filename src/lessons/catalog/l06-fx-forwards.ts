// Lesson 6 (seed 004 §05 貨幣匯率波動風險: 通過金融工具對沖; calibration.md §5):
// FX forwards reduce the spread of results across seeds, at a cost. Japan (yen
// volatility ≈ 10% a year), the balanced seller, 26 weeks. The treatment arm
// sells 80% of its expected yen sales forward in turn 2 for the rest of the run
// (the longest forward the scenario's bank sells); the control arm never hedges
// (the balanced bot's own rolling hedges are taken out of both arms). Measured per
// seed: how far exchange rates moved the half-year's yen income — its home value
// (sales at each week's rate, plus FX gains and losses, forward settlements
// included) minus the same sales at the starting rate — as a size, hedged minus
// unhedged. The forward points are the cost.
import type { Action, Scenario, StudentView } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, play } from '../lab';
import { PLAYER_ID, type TurnReport } from '../../engine';

const TURNS = 26;
let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, { markets: ['JP'], turns: TURNS }));

const unhedged = (actions: Action[]): Action[] => actions.filter((a) => a.type !== 'hedgeFx');
const forwardAtTurn2 = (actions: Action[], view: StudentView): Action[] =>
  view.turn + 1 === 2 ? [...unhedged(actions), { type: 'hedgeFx', currency: 'JPY', share: 0.8, turns: TURNS - 1 }] : unhedged(actions);

/** Home value of the yen income minus its value at the starting rate. */
function fxEffect(reports: readonly TurnReport[], startRate: number): number {
  let d = 0;
  for (const r of reports) {
    const c = r.companies[PLAYER_ID];
    const k = c?.markets.JP;
    const rate = r.fx.JPY;
    if (!c || !k || !rate) continue;
    // FX gains and losses are the company's (Japan is its only foreign market here).
    d += k.revenue + c.kpis.fxGainLoss - (k.revenue / rate) * startRate;
  }
  return d;
}

function fxResults(seed: number): { treat: number; ctrl: number } {
  const s = scenario();
  const start = s.currencies.find((c) => c.code === 'JPY')!.rate;
  return {
    treat: fxEffect(play(s, seed, balancedWith(forwardAtTurn2)).reports, start),
    ctrl: fxEffect(play(s, seed, balancedWith(unhedged)).reports, start),
  };
}

export const fxForwards: Lesson = {
  id: 6,
  title: 'FX forwards reduce the spread of results, at a cost',
  titleZh: '远期结汇降低经营结果的波动，但有成本',
  source: 'seed 004 §05 (currency risk: hedge with financial tools); calibration.md §5',
  kpi: 'size of the FX effect on the yen income of turns 1–26 (JP), hedged minus unhedged',
  compare: 'sell 80% of yen sales forward for 25 weeks vs never',
  expect: 'down',
  sample(seed) {
    const p = fxResults(seed);
    return Math.abs(p.treat) - Math.abs(p.ctrl);
  },
};
