// Lesson 5 (seed 000 §2.1 市场调研; seed 004 §06 failure 1: 因未深入分析目標市場消費
// 習慣，錯誤定位高端產品，導致庫存積壓): research before entry improves positioning;
// skipping it misjudges demand. A seller entering Indonesia with one of two
// products: premium earbuds (the bigger margin on paper) or budget phone cases.
// In this laboratory the earbuds suit Indonesian shoppers badly (fit 0.12, a
// hidden demand parameter; the shelves only show the going price). Both arms then
// play the same way: order 2 MOQs, list at the going price on the marketplace,
// ship by the Asia line, take local payments, restock to sales. The control arm
// picks the product by margin per unit alone (the earbuds); the treatment arm
// first buys desk research on both products' fit and visitors (two weeks, ±40%)
// and picks by margin × estimated buyers. Measured: cash at the end of turn 20 —
// profit alone would not show stock that piles up unsold (it is expensed only
// when sold), and piling stock is how the seed's story ends.
import { PLAYER_ID, type Action, type GameState, type Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { campaignText, kpi, play, type Decide } from '../lab';

const CANDIDATES = ['earbuds', 'phone-case'] as const;
const MARKET = 'ID';
const CHANNEL = 'asean-market';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: [MARKET], turns: 20, startWeek: 10, products: [...CANDIDATES],
  edit(s) {
    for (const p of s.products as { id: string; demand: { market: string; fit: number }[] }[]) {
      if (p.id === 'earbuds') for (const d of p.demand) if (d.market === MARKET) d.fit = 0.12;
    }
    s.player = {
      cash: 30_000_000, stock: [], listings: [], fulfilment: [{ market: MARKET, from: 'home', carrier: 'asia-line' }],
      payments: [{ market: MARKET, methods: ['card', 'ewallet', 'bankVA', 'cod'] }], awareness: [{ market: MARKET, value: 0.05 }], rating: 4.2,
    };
  },
}));

/** Going price in home minor units per unit, less the factory cost: the margin a seller sees before freight and fees. */
function margin(s: Scenario, product: string, fx: number): number {
  const p = s.products.find((x) => x.id === product)!;
  const ref = p.demand.find((d) => d.market === MARKET)!.referencePrice;
  const market = s.markets.find((m) => m.id === MARKET)!;
  const local = s.currencies.find((c) => c.code === market.currency)!.decimals;
  const home = s.currencies.find((c) => c.code === s.homeCurrency)!.decimals;
  let scale = 1;
  for (let i = local; i < home; i += 1) scale *= 10;
  for (let i = home; i < local; i += 1) scale /= 10;
  return ref * fx * scale - p.unitCost;
}

/** The product the research favours: margin × (estimated visitors × estimated fit). */
function researched(state: GameState, fx: number): string | null {
  const results = state.companies[PLAYER_ID]!.research.results;
  let best: string | null = null;
  let bestValue = -Infinity;
  for (const id of CANDIDATES) {
    const fit = results.find((r) => r.product === id && r.measure === 'fit')?.estimate;
    const visitors = results.find((r) => r.product === id && r.measure === 'visitors')?.estimate;
    if (fit === undefined || visitors === undefined) return null;
    const value = margin(state.scenario, id, fx) * fit * visitors;
    if (value > bestValue) { bestValue = value; best = id; }
  }
  return best;
}

function seller(doResearch: boolean): Decide {
  let chosen: string | null = null;
  return (state) => {
    const next = state.turn + 1;
    const fx = state.fx.IDR! / 1e9;
    const s = state.scenario;
    if (next === 1) {
      chosen = null;
      if (doResearch) {
        return CANDIDATES.flatMap((product): Action[] => (['fit', 'visitors'] as const).map((measure) => ({ type: 'commissionResearch', kind: 'desk', measure, market: MARKET, product })));
      }
      chosen = [...CANDIDATES].sort((a, b) => margin(s, b, fx) - margin(s, a, fx))[0]!;
    }
    if (chosen === null) chosen = researched(state, fx);
    if (chosen === null) return [];
    const c = state.companies[PLAYER_ID]!;
    const p = s.products.find((x) => x.id === chosen)!;
    const out: Action[] = [];
    if (!c.listings.some((l) => l.product === chosen)) {
      out.push({ type: 'orderStock', product: chosen, units: 2 * p.moq });
      out.push({ type: 'setPrice', market: MARKET, channel: CHANNEL, product: chosen, price: p.demand.find((d) => d.market === MARKET)!.referencePrice });
      return out;
    }
    const held = c.stock.home?.[chosen] ?? 0;
    const onOrder = c.sourcing.reduce((a, o) => a + (o.product === chosen ? o.units : 0), 0);
    if (held + onOrder < p.moq) out.push({ type: 'orderStock', product: chosen, units: p.moq });
    return out;
  };
}

export const research: Lesson = {
  id: 5,
  title: 'Research before entry improves positioning; skipping it misjudges demand',
  titleZh: '进入前的市场调研改善定位，跳过调研会误判需求',
  source: 'seed 000 §2.1 (market research); seed 004 §06 failure 1 (high-end goods in the wrong market)',
  kpi: 'cash at the end of turn 20 (ID)',
  compare: 'desk research on fit and visitors before choosing the product vs choosing by margin alone',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    return kpi(play(s, seed, seller(true)).reports, 'cash', 'last', [20, 20]) - kpi(play(s, seed, seller(false)).reports, 'cash', 'last', [20, 20]);
  },
};
