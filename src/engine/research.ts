// Market research (seed 000 §2.1 市场调研方法: 文案调研 desk, 实地调研 field, 实验调研
// experiment, 专家调研 expert; lesson 5). The true demand (a product's weekly shoppers
// and fit, a market's price sensitivity) is hidden from the student (view.ts); research
// returns an estimate drawn around it with the method's stated error:
//
//   estimate = truth × (1 + error × z),  z ~ N(0,1) clamped to ±2.5, from the `research` stream
//   stated   = estimate × error          (± one standard error, in the estimate's unit)
//
// The stated error is computed from the estimate, never from the truth, so it leaks nothing.
import type { GameState, ResearchOrder, ResearchResult } from './state';
import type { Localised, ResearchKind, ResearchMeasure } from './schema';
import type { World } from './world';
import { demandIn } from './world';
import { normal, type StreamState } from './rng';

const Z_LIMIT = 2.5;

/** The hidden value a study measures (undefined when the product is not sold there). */
export function trueValue(state: GameState, world: World, o: { market: string; measure: ResearchMeasure; product?: string }): number | undefined {
  if (o.measure === 'priceSensitivity') return state.params.markets[o.market]?.priceSensitivity;
  if (o.product === undefined) return undefined;
  const d = demandIn(world, o.market, o.product);
  if (!d) return undefined;
  return o.measure === 'visitors' ? d.weeklyVisitors : d.fit;
}

function rounded(measure: ResearchMeasure, x: number): number {
  return measure === 'visitors' ? Math.round(x) : Math.round(x * 100) / 100;
}

/** Draws the result of a study that is due: one normal draw. */
export function deliver(state: GameState, world: World, o: ResearchOrder, turn: number, rng: StreamState): ResearchResult {
  const truth = trueValue(state, world, o) ?? 0;
  const error = world.scenario.research[o.kind].error;
  let z = normal(rng);
  if (z > Z_LIMIT) z = Z_LIMIT; else if (z < -Z_LIMIT) z = -Z_LIMIT;
  const estimate = rounded(o.measure, Math.max(0, truth * (1 + error * z)));
  // Keys in code-unit order (the state hash then need not sort them).
  const base = { error: rounded(o.measure, estimate * error), estimate, id: o.id, kind: o.kind, market: o.market, measure: o.measure };
  return o.product === undefined ? { ...base, turn } : { ...base, product: o.product, turn };
}

const KIND_NAMES: Record<ResearchKind, Localised> = {
  desk: { en: 'Desk research', zh: '文案调研' },
  field: { en: 'Field research', zh: '实地调研' },
  experiment: { en: 'Price experiment', zh: '实验调研' },
  expert: { en: 'Expert interviews', zh: '专家调研' },
};

/** What the report says, e.g. "Desk research: about 2,400 ± 960 shoppers a week look for Phone case in Indonesia." */
export function researchText(world: World, r: ResearchResult): Localised {
  const k = KIND_NAMES[r.kind];
  const m = world.markets.get(r.market)?.name ?? { en: r.market, zh: r.market };
  const p = r.product !== undefined ? world.products.get(r.product)?.name ?? { en: r.product, zh: r.product } : null;
  const est = grouped(r.estimate);
  const err = grouped(r.error);
  if (r.measure === 'visitors') {
    return { en: `${k.en}: about ${est} ± ${err} shoppers a week look for ${p?.en} in ${m.en}.`, zh: `${k.zh}：${m.zh}每周约有${est} ± ${err}名顾客寻找${p?.zh}。` };
  }
  if (r.measure === 'fit') {
    return { en: `${k.en}: ${p?.en} fits ${m.en} at about ${est} ± ${err} (1 = as expected).`, zh: `${k.zh}：${p?.zh}在${m.zh}的契合度约为${est} ± ${err}（1 = 符合预期）。` };
  }
  return { en: `${k.en}: shoppers in ${m.en} have a price sensitivity of about ${est} ± ${err}.`, zh: `${k.zh}：${m.zh}消费者的价格敏感度约为${est} ± ${err}。` };
}

/** 12345 → "12,345" without the host's locale data (decimals are left as they are). */
function grouped(x: number): string {
  const [whole = '', frac] = String(x).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? digits : `${digits}.${frac}`;
}
