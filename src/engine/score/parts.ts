// The six parts of the scorecard, each 0–100 points before rounding. Formulas
// and the reasons for every constant are in README.md; the references are
// scenario-relative (opening capital, the run's own first weeks) so one scale
// fits a tutorial and a campaign.
import type { Scenario } from '../schema';
import type { Company } from '../state';
import { ramp, ratio } from './scale';
import { sum, type TurnFacts } from './series';
import type { CrisisTally } from './crises';

const WEEKS_PER_YEAR = 52;

/** The last turns, in which end-of-run moves act (ads cut, fire sales): at most 4, at most half the run. */
export function endWindow(turns: number): number {
  return Math.min(4, Math.floor(turns / 2));
}

/** The opening stock at factory cost, home minor units. */
export function openingStock(scenario: Scenario): number {
  let stock = 0;
  for (const line of scenario.player.stock) {
    const p = scenario.products.find((x) => x.id === line.product);
    if (p) stock += p.unitCost * line.units;
  }
  return stock;
}

/** Opening capital in home minor units: cash plus opening stock at factory cost. */
export function openingCapital(scenario: Scenario): number {
  return Math.max(1, scenario.player.cash + openingStock(scenario));
}

/**
 * Profit: accrual profit summed over every turn (goods count as cost only when
 * sold, so unsold stock stays at cost and buying or not buying it at the end
 * changes nothing), less (a) the ad-spend shortfall of the end window against
 * the 8 turns before it — ads cut at the end only borrow from weeks after the
 * run — and (b) goods already lost or damaged in transit but not yet written off.
 * Read as a return R on opening capital over the run: −20% → 0, 0 → 15; the
 * opening stock at cost (÷ capital) → 30, because selling the stock one was
 * given at the usual ~2× markup earns about its cost — what a passive player
 * gets; that plus 30% a year (pro rata) → 100.
 */
export function profitPart(scenario: Scenario, rows: readonly TurnFacts[], company: Company | undefined): { points: number; adjusted: number; runReturn: number } {
  const T = rows.length;
  const k = endWindow(T);
  const before = rows.slice(Math.max(0, T - k - 8), T - k).filter((r) => r.reached);
  const adRef = before.length > 0 ? sum(before, (r) => r.adSpend) / before.length : 0;
  let adShortfall = 0;
  for (const r of rows.slice(T - k)) if (r.reached) adShortfall += Math.max(0, adRef - r.adSpend);
  let pending = 0;
  for (const s of company?.shipments ?? []) {
    const p = scenario.products.find((x) => x.id === s.product);
    if (p) pending += (s.lost + s.damaged) * p.unitCost;
  }
  const adjusted = sum(rows, (r) => r.profit) - adShortfall - pending;
  const capital = openingCapital(scenario);
  const R = adjusted / capital;
  const passive = openingStock(scenario) / capital;
  const year = T / WEEKS_PER_YEAR;
  return { points: ramp(R, [[-0.2, 0], [0, 15], [passive, 30], [passive + 0.3 * year, 100]]), adjusted, runReturn: R };
}

/** Healthy revenue and orders, mean of the last third of the run ÷ mean of the first third. */
export function growthPart(scenario: Scenario, rows: readonly TurnFacts[]): { points: number; revenueRatio: number; ordersRatio: number } {
  const T = rows.length;
  if (T === 0) return { points: 0, revenueRatio: 0, ordersRatio: 0 };
  const n = Math.max(1, Math.floor(T / 3));
  const first = rows.slice(0, n);
  const last = rows.slice(T - n);
  // A first third with (almost) no sales must not make any later trickle look like
  // explosive growth: revenue is measured against at least 0.2% of opening capital
  // a week, orders against at least one a week.
  const revFloor = openingCapital(scenario) * 0.002;
  const revenueRatio = sum(last, (r) => r.healthyRevenue) / n / Math.max(revFloor, sum(first, (r) => r.healthyRevenue) / n);
  const ordersRatio = sum(last, (r) => r.healthyOrders) / n / Math.max(1, sum(first, (r) => r.healthyOrders) / n);
  const score = (r: number): number => ramp(r, [[0.5, 0], [1, 30], [3, 100]]);
  return { points: (2 * score(revenueRatio) + score(ordersRatio)) / 3, revenueRatio, ordersRatio };
}

/**
 * Satisfaction and rating of each turn (0.4–0.9 and 3.0–4.6 stars mapped to
 * 0–100, half each), weighted by the turn's healthy orders, over all orders
 * and stock-outs: a buyer turned away or sold to below cost earns no credit.
 */
export function satisfactionPart(rows: readonly TurnFacts[]): { points: number } {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    const q = 0.5 * ramp(r.satisfaction, [[0.4, 0], [0.9, 100]]) + 0.5 * ramp(r.rating, [[3, 0], [4.6, 100]]);
    num += r.healthyOrders * q;
    den += r.orders + r.stockouts;
  }
  return { points: ratio(num, den) };
}

/**
 * Risk handled: 0 if the company went bankrupt; otherwise 25% cash runway
 * (lowest cash ÷ opening cash, full at 15%), 25% stock-outs (share of demand
 * turned away, 0 at 30%), 15% stock cover (weeks of stock on hand, full up to 12,
 * 0 at 40), 15% FX losses (net loss ÷ revenue, 0 at 2%), 20% crises answered
 * (share of the crises that opened; full when none did). Runway, cover and FX
 * read the turns before the end window, so no end-of-run move changes them.
 */
export function riskPart(scenario: Scenario, rows: readonly TurnFacts[], company: Company | undefined, crises: CrisisTally = { opened: 0, answered: 0 }): { points: number } {
  if (!company || company.bankrupt || rows.some((r) => r.reached && r.cash < 0)) return { points: 0 };
  const T = rows.length;
  let pre = rows.slice(0, T - endWindow(T)).filter((r) => r.reached);
  if (pre.length === 0) pre = rows.filter((r) => r.reached);
  if (pre.length === 0) return { points: 0 };
  const openingCash = scenario.player.cash > 0 ? scenario.player.cash : openingCapital(scenario);
  let minCash = Infinity;
  for (const r of pre) minCash = Math.min(minCash, r.cash);
  const runway = ramp(minCash / openingCash, [[0, 0], [0.15, 100]]);
  const stockouts = sum(rows, (r) => r.stockouts);
  const stockoutRate = ratio(stockouts, stockouts + sum(rows, (r) => r.healthyOrders));
  const stock = ramp(stockoutRate, [[0, 100], [0.3, 0]]);
  const held = sum(pre, (r) => r.inventoryUnits);
  const sold = sum(pre, (r) => r.healthyUnits);
  const cover = held === 0 ? 0 : sold > 0 ? held / sold : Infinity;
  const coverPts = ramp(cover, [[12, 100], [40, 0]]);
  const fxLoss = Math.max(0, -sum(pre, (r) => r.fxGainLoss));
  const revenue = sum(pre, (r) => r.healthyRevenue);
  const fxShare = fxLoss === 0 ? 0 : revenue > 0 ? fxLoss / revenue : Infinity;
  const fx = ramp(fxShare, [[0, 100], [0.02, 0]]);
  const handled = crises.opened === 0 ? 100 : (100 * crises.answered) / crises.opened;
  return { points: 0.25 * runway + 0.25 * stock + 0.15 * coverPts + 0.15 * fx + 0.2 * handled };
}

/**
 * Compliance: the share of played turns in which the company tried something the
 * rules refuse (0 at half of them). Duties and VAT are always collected by the
 * model, so there is nothing to evade yet; when evasion becomes possible it
 * belongs here.
 */
export function compliancePart(rows: readonly TurnFacts[]): { points: number } {
  const played = rows.filter((r) => r.reached);
  if (played.length === 0) return { points: 0 };
  const share = played.filter((r) => r.refused > 0).length / played.length;
  return { points: ramp(share, [[0, 100], [0.5, 0]]) };
}
