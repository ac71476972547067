// The risk side of a sound seller (seed 000 ch. 9 风险管理: 9.2.1 及时注册商标, 9.2.2
// 网络安全, 9.2.5 税收; ch. 11 团队; §2.1 市场调研; lesson 11): where it sells, it
// registers its trademark, registers for VAT/IOSS where the market requires it, and
// certifies a product that needs a certificate once the sales it would save pay for
// it; it insures its sea freight (it buys no security: at the campaign's 0.5% breach
// odds a week the spend costs more than it saves), asks experts about each market's
// price sensitivity, and hires where its team is short and the work lost is worth
// twice a salary. Decides from the student view and the public scenario alone.
import type { Action, Scenario, StudentView } from '../engine';
import { type Lookup, listedMarkets, listedProducts, lookup, sellingPairs } from './world';

/** Spend on a one-off only when cash is this many times its price. */
const MARGIN = 20;
/** Research only pays with at least a quarter of trading left to use it. */
const RESEARCH_TURNS_LEFT = 13;
/** A hire must bring back this many times its salary. */
const HIRE_RETURN = 2;

type MarketRules = Scenario['compliance']['markets'][number];
const rulesByMarket = new WeakMap<readonly MarketRules[], Map<string, MarketRules>>();

/** The compliance rules by market (the first for a market, as a search finds), made once per scenario. */
function marketRules(list: readonly MarketRules[]): Map<string, MarketRules> {
  let byMarket = rulesByMarket.get(list);
  if (!byMarket) {
    byMarket = new Map();
    for (const r of list) if (!byMarket.has(r.market)) byMarket.set(r.market, r);
    rulesByMarket.set(list, byMarket);
  }
  return byMarket;
}

export function stayCompliant(view: StudentView, scenario: Scenario): Action[] {
  const out: Action[] = [];
  const c = view.company;
  const k = c.compliance;
  let cash = c.cash;
  const rules = scenario.compliance;
  const afford = (cost: number) => { if (cash <= MARGIN * Math.max(cost, 1)) return false; cash -= cost; return true; };
  const markets = listedMarkets(view);
  const lk = lookup(scenario);
  let certified = false;
  for (const m of markets) {
    const r = marketRules(rules.markets).get(m);
    if (!r) continue;
    if (r.ipComplaintChance > 0 && !k.trademarks.some((t) => t.market === m) && afford(rules.trademark.cost)) out.push({ type: 'registerTrademark', market: m });
    if (r.taxRegistration && !k.taxIds.some((t) => t.market === m) && afford(rules.taxRegistration.cost)) out.push({ type: 'registerTax', market: m });
    if (certified || r.certificationChance <= 0) continue;
    for (const p of listedProducts(lk, view, m)) {
      const category = lk.products.get(p)?.category;
      if (category === undefined || !r.certifiedCategories.includes(category)) continue;
      if (k.certificates.some((t) => t.market === m && t.product === p)) continue;
      // Worth it when the weeks of sales it saves over the rest of the run pay for it.
      const saved = r.certificationChance * rules.certification.cut * rules.takedownTurns * view.turnsLeft * weeklyGross(view, m, p);
      if (saved > rules.certification.cost && afford(rules.certification.cost)) { out.push({ type: 'certifyProduct', market: m, product: p }); certified = true; }
      break;
    }
  }
  if (!k.insured && c.shipments.length > 0) out.push({ type: 'setCargoInsurance', on: true });
  // Ask experts about the price sensitivity of each market it sells in, once, while enough of the run is left to use it.
  for (const m of view.turnsLeft >= RESEARCH_TURNS_LEFT ? markets : []) {
    const asked = view.research.some((r) => r.market === m && r.measure === 'priceSensitivity') || c.research.pending.some((o) => o.market === m && o.measure === 'priceSensitivity');
    if (!asked && afford(scenario.research.expert.cost)) out.push({ type: 'commissionResearch', kind: 'expert', measure: 'priceSensitivity', market: m });
  }
  out.push(...staff(view, scenario, lk, markets.length > 0));
  return out;
}

/** Hire one in a role when the cart-rate penalty it lifts is worth twice the salary in last week's contribution. */
function staff(view: StudentView, scenario: Scenario, lk: Lookup, trading: boolean): Action[] {
  const k = view.lastReport?.kpis;
  if (!trading || !k) return [];
  const t = scenario.team;
  const pairs = sellingPairs(lk, view);
  // What a week's trading contributes before ads and overheads: the work an understaffed team loses is a share of it.
  const contribution = Math.max(0, k.profit + k.adSpend);
  const out: Action[] = [];
  for (const role of ['operations', 'marketing', 'service', 'data'] as const) {
    const have = view.company.team[role];
    const capacity = t.baseCapacity + t.perPerson * have;
    if (pairs <= capacity || have >= t.maxPerRole) continue;
    const lifted = Math.min(t.perPerson, pairs - capacity) / pairs;
    if (t[role].weight * lifted * contribution > HIRE_RETURN * t[role].salary) out.push({ type: 'setStaff', role, count: have + 1 });
  }
  return out;
}

/** Last week's gross margin of a product in a market, home money: its share of the market's units × the market's revenue × gross margin. */
function weeklyGross(view: StudentView, market: string, product: string): number {
  const report = view.lastReport;
  const k = report?.markets[market];
  if (!report || !k || k.unitsSold <= 0) return 0;
  let units = 0;
  for (const cell of report.sales) if (cell.market === market && cell.product === product) units += cell.unitsSold;
  return (units / k.unitsSold) * k.revenue * k.grossMargin;
}
