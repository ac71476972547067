// Lesson 20 (seed 004 §05 風險預警機制: 設定匯率波動、客戶投訴率等關鍵指標，實時觸發不同
// 級別的風險預警信號): early-warning indicators crossing thresholds give time to
// act. A big spender — the aggressive bot (¥4,000 of ads a week in each market,
// a flash sale every other month) — in the US and Germany with ¥150,000, 30
// weeks. The treatment arm reads the report's alerts: while the cash-runway alert
// (weeks of cash at this week's outflow, src/engine/alerts.ts) is at warning or
// critical it stops all advertising; the control arm plays on regardless.
// Measured: the lowest cash of the run (a company that runs dry goes bankrupt).
import { PLAYER_ID, type Action, type Scenario, type StudentView } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { campaignText, play, type Decide } from '../lab';
import { botActions, getBot } from '../../bots';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US', 'DE'], turns: 30,
  edit(s) { (s.player as { cash: number }).cash = 15_000_000; },
}));

function runwayAlarm(view: Pick<StudentView, 'lastReport'>): boolean {
  return (view.lastReport?.alerts ?? []).some((a) => a.indicator === 'cashRunwayWeeks' && a.level !== 'watch');
}

function spender(heedAlerts: boolean): Decide {
  const bot = getBot('aggressive')!;
  return (state, last) => {
    const actions = botActions(bot, state, last);
    if (!heedAlerts || !runwayAlarm({ lastReport: last?.companies[PLAYER_ID] ?? null })) return actions;
    const c = state.companies[PLAYER_ID]!;
    const out: Action[] = actions.filter((a) => a.type !== 'setAdBudget' && a.type !== 'runKolCampaign' && a.type !== 'runPromotion');
    for (const m of Object.keys(c.markets).sort()) if ((c.markets[m]?.adBudget ?? 0) > 0) out.push({ type: 'setAdBudget', market: m, weekly: 0 });
    return out;
  };
}

export const earlyWarning: Lesson = {
  id: 20,
  title: 'Early-warning indicators crossing thresholds give time to act',
  titleZh: '预警指标越过阈值，留出应对时间',
  source: 'seed 004 §05 (risk early warning: indicators, thresholds, graded signals)',
  kpi: 'lowest cash of the run (US and DE, 30 weeks)',
  compare: 'stop advertising while the cash-runway alert is at warning or worse vs ignore the alerts (aggressive spender)',
  expect: 'up',
  // One seed's low point swings by ±¥20,000 as the two arms' restocking drifts apart,
  // so the quick check needs 40 seeds to see the mean (200 in `npm run lessons`).
  testSeeds: 40,
  sample(seed) {
    const s = scenario();
    const low = (d: Decide) => {
      const r = play(s, seed, d).reports;
      let min = Infinity;
      for (const x of r) min = Math.min(min, x.companies[PLAYER_ID]!.kpis.cash);
      return min;
    };
    return low(spender(true)) - low(spender(false));
  },
};

