// The report's money detail (DESIGN.md §2 step 8: each KPI "with its breakdown"):
// under each waterfall step of more than one line, what the money was for; below the
// waterfall, the bridge from the week's profit to its change in cash, which is why
// a week can show a profit while cash falls. Every number is the engine's
// (src/engine/moneyDetail.ts); the memos are translated here, or shown as the
// engine wrote them when a translation is missing.
import type { CashBridge, WaterfallStep } from '../../engine';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';

/** Lines shown under a step before the rest are counted in one line. */
const MAX_PARTS = 4;

function memoLabel(app: App, memo: string): string {
  const key = `memo.${memo}` as StringKey;
  const text = app.tr(key);
  return text === key ? memo : text;
}

/** A step's lines, largest first; null for a step of one line or none (the step says it all). */
export function waterfallParts(app: App, w: WaterfallStep): HTMLElement | null {
  const parts = w.parts ?? [];
  if (parts.length < 2) return null;
  const f = app.fmt();
  const sorted = [...parts].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  const shown = sorted.slice(0, MAX_PARTS);
  const rest = sorted.slice(MAX_PARTS);
  const stepKey = `wf.${w.step}` as StringKey;
  const list = h('ul', { class: 'wf-parts', 'data-testid': `wf-parts-${w.step}`, 'aria-label': app.tr('money.partsOf', { step: app.tr(stepKey) }) },
    shown.map((p) => h('li', null, h('span', null, memoLabel(app, p.memo)), h('span', { class: `wf-n${p.amount < 0 ? ' neg' : ''}` }, f.money(p.amount)))));
  if (rest.length > 0) {
    const sum = rest.reduce((a, p) => a + p.amount, 0);
    list.appendChild(h('li', { class: 'muted' }, h('span', null, app.tr('money.moreParts', { n: f.count(rest.length) })), h('span', { class: 'wf-n' }, f.money(sum))));
  }
  return list;
}

/** Profit, what moved cash differently from it (only the lines that did), and the change in cash. */
export function cashBridgeBlock(app: App, b: CashBridge): HTMLElement {
  const f = app.fmt();
  const tr = app.tr.bind(app);
  const line = (label: string, amount: number, cls = '') =>
    h('li', { class: cls }, h('span', { class: 'wf-label' }, label), h('span', { class: `wf-n${amount < 0 ? ' neg' : ''}` }, f.money(amount)));
  // Each line's wording follows its sign: sales not yet paid out lower cash, earlier sales paid out raise it.
  const moves: [number, StringKey, StringKey][] = [
    [b.unpaidSales, 'money.unpaidSales', 'money.unpaidSalesIn'],
    [b.stock, 'money.stock', 'money.stockIn'],
    [b.frozen, 'money.frozen', 'money.frozenIn'],
    [b.capital, 'money.capital', 'money.capital'],
  ];
  const list = h('ul', { class: 'cash-bridge' }, line(tr('money.profit'), b.profit));
  for (const [amount, out, back] of moves) if (amount !== 0) list.appendChild(line(tr(amount < 0 ? out : back), amount));
  list.appendChild(line(tr('money.cash'), b.cash, 'total'));
  return h('div', { class: 'cash-bridge-block', 'data-testid': 'cash-bridge' },
    h('h4', null, tr('money.bridge')), h('p', { class: 'small-text muted' }, tr('money.bridgeHint')), list);
}
