// Early warning (seed 004 §05 風險預警機制; lesson 20): indicators read from the
// turn's report and the company's books, each compared with three thresholds from
// the scenario (schema/earlyWarning.ts), so the report says what is going wrong
// before the damage is done: a currency on the move, complaints or chargebacks
// climbing, stock or cash running out, a rating sliding. Students only: rivals
// get none. Costs a few comparisons per market a turn.
import type { EarlyWarning, Indicator, Kpis, Localised, Market } from './schema';
import type { Company, GameState } from './state';
import type { World } from './world';
import { chargebackOrders, complaintCount, type TurnLog } from './log';

export type AlertLevel = 'watch' | 'warning' | 'critical';

export interface Alert {
  indicator: string;
  level: AlertLevel;
  value: number;
  /** The threshold crossed (of `level`). */
  threshold: number;
  market?: string;
  text: Localised;
}

const WEEKS_PER_YEAR = 52;
/** A week's move × √52 is its annualised size (the same double as Math.sqrt(52) at each use). */
const ANNUALISE = Math.sqrt(WEEKS_PER_YEAR);
/** Chargebacks in a market in a turn below which its ratio raises no alert, unless the scenario sets earlyWarning.chargebackMinimum. */
export const CHARGEBACK_MINIMUM = 3;
/** Complaints in a market in a turn below which its rate raises no alert, unless the scenario sets earlyWarning.complaintMinimum. */
export const COMPLAINT_MINIMUM = 3;
const LEVELS: readonly AlertLevel[] = ['watch', 'warning', 'critical'];
const LEVEL_EN: Record<AlertLevel, string> = { watch: 'Watch', warning: 'Warning', critical: 'Critical' };
const LEVEL_ZH: Record<AlertLevel, string> = { watch: '关注', warning: '警告', critical: '严重' };

/** The worst level crossed: `above` = higher values are worse. */
export function levelOf(value: number, levels: readonly [number, number, number], above: boolean): number {
  let hit = -1;
  for (let i = 0; i < 3; i += 1) if (above ? value >= levels[i]! : value < levels[i]!) hit = i;
  return hit;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(1);

interface Ctx { out: Alert[]; thresholds: EarlyWarning }

/**
 * Adds the alert if `value` crosses a level. The text is built by `text` only then:
 * callers pass module-level functions and the subject they need, so checking a
 * market's five indicators every turn builds no closures and no strings.
 */
function push<S>(
  ctx: Ctx, indicator: Indicator, value: number, above: boolean, market: string | undefined,
  subject: S, text: (s: S, v: string, t: string) => Localised, fmt: (x: number) => string,
): void {
  const levels = ctx.thresholds[indicator];
  const i = levelOf(value, levels, above);
  if (i < 0) return;
  const level = LEVELS[i]!;
  const threshold = levels[i]!;
  const t = text(subject, fmt(value), fmt(threshold));
  const a: Alert = {
    indicator, level, value, threshold,
    text: { en: `${LEVEL_EN[level]}: ${t.en}`, zh: `【${LEVEL_ZH[level]}】${t.zh}` },
  };
  if (market !== undefined) a.market = market;
  ctx.out.push(a);
}

const pct2 = (x: number) => `${(x * 100).toFixed(2)}%`;
const stars = (x: number) => x.toFixed(2);
const complaintsText = (name: Localised, v: string, t: string): Localised =>
  ({ en: `complaints in ${name.en} at ${v} of orders (threshold ${t}).`, zh: `${name.zh}投诉率${v}（阈值${t}）。` });
const chargebacksText = (name: Localised, v: string, t: string): Localised =>
  ({ en: `chargebacks in ${name.en} at ${v} of orders (threshold ${t}).`, zh: `${name.zh}拒付率${v}（阈值${t}）。` });
const coverText = (name: Localised, v: string, t: string): Localised =>
  ({ en: `stock for ${name.en} covers ${v} weeks of sales (threshold ${t}).`, zh: `${name.zh}库存仅够${v}周销售（阈值${t}周）。` });
const ratingText = (name: Localised, v: string, t: string): Localised =>
  ({ en: `rating in ${name.en} fell ${v} stars this week (threshold ${t}).`, zh: `${name.zh}评分本周下降${v}星（阈值${t}）。` });
const runwayText = (_: null, v: string, t: string): Localised =>
  ({ en: `at this week's outflow, cash lasts ${v} weeks (threshold ${t}).`, zh: `按本周净流出，现金仅够${v}周（阈值${t}周）。` });
const fxText = (move: { code: string; move: number }, v: string, t: string): Localised => ({
  en: `${move.code} moved ${pct(move.move)} this week (${v} a year annualised; threshold ${t}).`,
  zh: `${move.code}本周变动${pct(move.move)}（年化${v}；阈值${t}）。`,
});

/**
 * The company's alerts. `cashFlow` is this turn's cash in less cash out, its ledger's
 * cash debits less its cash credits in entry order: the report sums it with the
 * other KPIs (reportKpis.ts addEntry), so the ledger is not read a second time here.
 */
export function alertsFor(
  state: GameState, world: World, log: TurnLog, company: Company,
  markets: Readonly<Record<string, Kpis>>, cashFlow: number,
): Alert[] {
  const ctx: Ctx = { out: [], thresholds: world.scenario.earlyWarning };
  if (company.controller !== 'player' || company.bankrupt) return ctx.out;
  // Scenario order (fixed by the file), not a sort a turn; an index loop, as the
  // scenario's lists are frozen (see report.ts companyReport).
  const present: Market[] = [];
  const all = world.scenario.markets;
  for (let i = 0; i < all.length; i += 1) if (Object.hasOwn(company.markets, all[i]!.id)) present.push(all[i]!);
  fxAlerts(ctx, state, world, log.fxBefore, present);
  for (const market of present) {
    const m = market.id;
    const k = markets[m];
    if (!k) continue;
    const name = market.name;
    if (k.orders > 0) {
      // A rate or ratio of one or two complaints or chargebacks is chance at a few orders or a few dozen (schema/earlyWarning.ts).
      if (complaintCount(log, company.id, m) >= (ctx.thresholds.complaintMinimum ?? COMPLAINT_MINIMUM)) {
        push(ctx, 'complaintRate', k.complaintRate, true, m, name, complaintsText, pct);
      }
      if (chargebackOrders(log, company.id, m) >= (ctx.thresholds.chargebackMinimum ?? CHARGEBACK_MINIMUM)) {
        push(ctx, 'chargebackRatio', k.chargebackRatio, true, m, name, chargebacksText, pct2);
      }
    }
    if (k.unitsSold > 0) {
      const cover = stockFor(company, m) / k.unitsSold;
      push(ctx, 'stockCoverWeeks', cover, false, m, name, coverText, num);
    }
    const before = company.lastMarketKpis[m]?.rating;
    const now = company.markets[m]!.rating;
    if (before !== undefined && before > 0 && now < before) {
      push(ctx, 'ratingDrop', before - now, true, m, name, ratingText, stars);
    }
  }
  if (cashFlow < 0 && company.cash > 0) {
    push(ctx, 'cashRunwayWeeks', company.cash / -cashFlow, false, undefined, null, runwayText, num);
  }
  return ctx.out;
}

/** Units of the market's listed products at its fulfilling location, plus what is on the way there. */
function stockFor(company: Company, market: string): number {
  const from = company.markets[market]!.fulfilFrom;
  const at = company.stock[from] ?? {};
  let units = 0;
  const seen: string[] = [];
  for (const l of company.listings) {
    if (l.market !== market || seen.includes(l.product)) continue;
    seen.push(l.product);
    units += at[l.product] ?? 0;
    if (from === 'home') { for (const o of company.sourcing) if (o.product === l.product) units += o.units; }
    else for (const s of company.shipments) if (s.to === from && s.product === l.product) units += s.units - s.lost - s.damaged;
  }
  return units;
}

function fxAlerts(ctx: Ctx, state: GameState, world: World, fxBefore: Readonly<Record<string, number>>, markets: readonly Market[]): void {
  const seen: string[] = [];
  for (const m of markets) {
    const code = m.currency;
    if (code === world.scenario.homeCurrency || seen.includes(code)) continue;
    seen.push(code);
    const before = fxBefore[code];
    const now = state.fx[code];
    if (!before || !now) continue;
    const move = now / before - 1;
    const annualised = Math.abs(move) * ANNUALISE;
    push(ctx, 'fxVolatility', annualised, true, undefined, { code, move }, fxText, pct);
  }
}
