// A niche rival's defence (seed 000 §3 市场定位 — 服务定位: 根据消费者需求和竞争对手状况,
// 提供差异化的服务): it does not chase price like `follow` and `undercut`, and unlike
// `premium` it does not sit still. In each market it sells in, when it sold less than
// `losing` of its fair share last turn (rivals.ts LOSING_SHARE) it raises its weekly social
// ads there by a step, up to a ceiling it can afford; once it holds its fair share
// again it steps them back down. Its buyers are found by awareness (demand.ts), so a
// student entering a specialist's market meets a rival that spends to keep its
// customers. Step and ceiling are model assumptions, near the campaign's ad budgets.
import type { Action } from './actions';
import type { Company } from './state';
import type { World } from './world';
import { shareIn, unitsSold, type ShareBoard } from './rivals';

/** One step of weekly ads, home minor units (¥1,000). Model assumption. */
export const NICHE_AD_STEP = 100_000;
/** The most a niche rival spends a week in one market (¥4,000). Model assumption. */
export const NICHE_AD_CEILING = 4 * NICHE_AD_STEP;
/** It keeps at least this many weeks of every market's ads in cash. Model assumption. */
const RUNWAY_WEEKS = 26;

export function nicheAds(world: World, company: Company, shares: ShareBoard, losing: number, actions: Action[]): void {
  let markets = 0;
  for (const m of world.marketIds) if (company.markets[m]) markets += 1;
  if (markets === 0) return;
  // What it can afford in each market: the ceiling, or less when cash runs low.
  const affordable = Math.min(NICHE_AD_CEILING, Math.floor(company.cash / (RUNWAY_WEEKS * markets)));
  for (const m of world.marketIds) {
    const presence = company.markets[m];
    const share = shareIn(world, shares, m);
    if (!presence || !share || share.total <= 0) continue;
    const mine = unitsSold(company, m) / share.total;
    const fair = 1 / share.sellers;
    let weekly = presence.adBudget;
    if (mine < losing * fair) weekly += NICHE_AD_STEP;
    else if (mine >= fair) weekly -= NICHE_AD_STEP;
    weekly = Math.max(0, Math.min(weekly, affordable));
    if (weekly !== presence.adBudget) actions.push({ type: 'setAdBudget', market: m, weekly });
  }
}
