// The turn report (issue 5 §3): what happened and why, readable in under a
// minute — a one-line summary first, then the KPIs with their change, the funnel
// per market with the reasons carts were abandoned, the P&L waterfall, the buyers
// per market (promotion, complaints, payments, service, customer base:
// reportBuyers.ts), stock and shipments, compliance (reportCompliance.ts), refused
// decisions with the engine's reasons, early warnings, news and the scenario's
// messages. Every number is the engine's report.
import type { Company, CompanyReport, TurnReport } from '../../engine';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h, paragraphs } from './dom';
import { kpiCell } from './kpis';
import { describeAction } from './describe';
import { alertBody } from '../alertText';
import { worldOf } from '../../engine';
import { researchText } from '../../engine/research';
import { buyersBlock } from './reportBuyers';
import { complianceBlock } from './reportCompliance';
import { cashBridgeBlock, waterfallParts } from './reportMoney';

type Loc = { zh: string; en: string };
interface Alert { indicator?: string; level?: string; value?: number; threshold?: number; market?: string; text?: Loc }

const HEADLINE = ['revenue', 'profit', 'orders', 'conversionRate', 'aov', 'cash', 'deliveryDays', 'returnRate', 'satisfaction', 'rating', 'awareness', 'checkoutAbandonment'] as const;

export function reportDialog(app: App, report: TurnReport): HTMLElement {
  const s = app.session!;
  const i = s.reports.indexOf(report);
  const prev = i > 0 ? s.reports[i - 1]! : null;
  const tr = app.tr.bind(app);
  const dialog = h('div', { class: 'dialog report-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'report-title', 'data-testid': 'report', tabindex: '-1' });
  dialog.appendChild(h('div', { class: 'dialog-head' },
    h('h2', { id: 'report-title' }, tr('report.title', { n: report.turn, week: report.week })),
    h('button', { type: 'button', class: 'primary', 'data-testid': 'continue', 'data-autofocus': true, on: { click: () => app.afterReport() } },
      s.finished && i === s.reports.length - 1 ? tr('report.toDebrief') : tr('report.continue'))));
  dialog.appendChild(reportBody(app, report, prev, i >= 0 ? s.states[i + 1]?.companies.player ?? null : null));
  dialog.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') app.afterReport(); });
  return dialog;
}

/** The report's content, shared by the turn dialog and the replay viewer. */
export function reportBody(app: App, report: TurnReport, prev: TurnReport | null, company: Company | null): HTMLElement {
  const tr = app.tr.bind(app);
  const c = report.companies.player;
  const body = h('div', { class: 'report-body' });
  if (!c) { body.appendChild(h('p', null, tr('report.noCompany'))); return body; }
  const p = prev?.companies.player ?? null;
  body.appendChild(summary(app, c));
  body.appendChild(h('section', { class: 'report-kpis', 'aria-label': tr('report.kpis') },
    HEADLINE.filter((k) => k in c.kpis).map((k) => kpiCell(app, k, c.kpis as unknown as Record<string, number>, (p?.kpis ?? null) as unknown as Record<string, number> | null))));
  // Three columns that stack their blocks (news and refusals | the funnel | money
  // and stock), so a short block leaves no hole beside a tall one; the buyers
  // per market run the full width below.
  const column = (...blocks: (HTMLElement | null)[]) => h('div', { class: 'report-column' }, blocks);
  body.appendChild(h('div', { class: 'report-grid' },
    column(refusedBlock(app, c), alertsBlock(app, c, report, company), complianceBlock(app, c)),
    column(funnelBlock(app, c)),
    column(waterfallBlock(app, c), stockBlock(app, c, company))));
  const buyers = buyersBlock(app, c);
  if (buyers) body.appendChild(buyers);
  return body;
}

function summary(app: App, c: CompanyReport): HTMLElement {
  const f = app.fmt();
  const tr = app.tr.bind(app);
  const k = c.kpis;
  let worst: { reason: string; n: number } | null = null;
  for (const m of Object.keys(c.funnel).sort()) {
    const a = c.funnel[m]!.abandoned as Record<string, number>;
    for (const r of Object.keys(a).sort()) if (!worst || a[r]! > worst.n) worst = { reason: r, n: a[r]! };
  }
  const parts = [tr('report.summary', { profit: f.money(k.profit), orders: f.count(k.orders), revenue: f.money(k.revenue) })];
  if (worst && worst.n > 0) parts.push(tr('report.summaryLeak', { reason: reasonLabel(app, worst.reason), n: f.count(worst.n) }));
  return h('p', { class: 'report-summary', 'data-testid': 'report-summary' }, h('span', { 'aria-hidden': 'true' }, k.profit >= 0 ? '✔ ' : '✖ '), parts.join(' '));
}

function reasonLabel(app: App, reason: string): string {
  const key = `reason.${reason}` as StringKey;
  const text = app.tr(key);
  return text === key ? reason : text;
}

function funnelBlock(app: App, c: CompanyReport): HTMLElement {
  const f = app.fmt();
  const tr = app.tr.bind(app);
  const box = h('section', { class: 'report-block funnel-block' }, h('h3', null, tr('report.funnel')));
  const all = Object.keys(c.funnel).sort();
  // A market nobody visited gets one line, not four empty bars; one the shop cannot
  // deliver to says so, as that is why (the engine's undeliverable list).
  const markets = all.filter((m) => c.funnel[m]!.visitors > 0);
  const noRoute = (c.undeliverable ?? []).filter((m) => all.includes(m) && c.funnel[m]!.visitors <= 0);
  const quiet = all.filter((m) => c.funnel[m]!.visitors <= 0 && !noRoute.includes(m));
  if (all.length === 0) box.appendChild(h('p', { class: 'hint' }, tr('report.noSales')));
  for (const m of markets) {
    const fu = c.funnel[m]!;
    const top = Math.max(1, fu.visitors);
    box.appendChild(h('h4', null, f.market(m)));
    const steps: [StringKey, number][] = [['funnel.visitors', fu.visitors], ['funnel.carts', fu.carts], ['funnel.checkouts', fu.checkouts], ['funnel.orders', fu.orders]];
    const list = h('ol', { class: 'funnel' });
    for (const [key, n] of steps) {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${Math.max(1, (100 * n) / top)}%`;
      list.appendChild(h('li', null, h('span', { class: 'funnel-label' }, tr(key)), h('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar), h('span', { class: 'funnel-n' }, f.count(n))));
    }
    box.appendChild(list);
    const a = fu.abandoned as Record<string, number>;
    const total = Object.values(a).reduce((x, y) => x + y, 0);
    if (total > 0) {
      const reasons = Object.keys(a).sort((x, y) => a[y]! - a[x]!);
      box.appendChild(h('p', { class: 'small-text' }, tr('report.abandoned', { n: f.count(total) })));
      box.appendChild(h('ul', { class: 'reasons' }, reasons.map((r, i) => h('li', { class: i === 0 && a[r]! > 0 ? 'top' : '' },
        i === 0 && a[r]! > 0 ? h('span', { 'aria-hidden': 'true' }, '▶ ') : null,
        tr('report.reasonLine', { reason: reasonLabel(app, r), n: f.count(a[r]!), pct: f.pct(a[r]! / total, 0) })))));
    }
  }
  const names = (ms: string[]) => ms.map((m) => f.market(m)).join(tr('scene.list.separator'));
  if (noRoute.length > 0) {
    box.appendChild(h('p', { class: 'warn funnel-no-route', 'data-testid': 'report-no-route' }, h('span', { 'aria-hidden': 'true' }, '⚠ '),
      tr('report.noRoute', { markets: names(noRoute), tab: tr('tab.logistics') })));
  }
  if (quiet.length > 0) box.appendChild(h('p', { class: 'hint funnel-quiet' }, tr('report.noVisitors', { markets: names(quiet) })));
  return box;
}

function waterfallBlock(app: App, c: CompanyReport): HTMLElement {
  const f = app.fmt();
  const tr = app.tr.bind(app);
  const box = h('section', { class: 'report-block' }, h('h3', null, tr('report.waterfall')));
  const max = Math.max(1, ...c.waterfall.map((w) => Math.abs(w.amount)));
  const list = h('ul', { class: 'waterfall' });
  for (const w of c.waterfall) {
    const bar = h('span', { class: `bar ${w.step === 'revenue' ? 'in' : w.step === 'profit' ? (w.amount >= 0 ? 'in' : 'out') : 'out'}` });
    bar.style.width = `${Math.max(0.5, (100 * Math.abs(w.amount)) / max)}%`;
    const key = `wf.${w.step}` as StringKey;
    list.appendChild(h('li', { class: w.step === 'profit' ? 'total' : '' },
      h('span', { class: 'wf-label' }, app.tr(key) === key ? w.step : app.tr(key)),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar),
      h('span', { class: `wf-n${w.amount < 0 ? ' neg' : ''}` }, f.money(w.amount)),
      waterfallParts(app, w)));
  }
  box.appendChild(list);
  if (c.cashBridge) box.appendChild(cashBridgeBlock(app, c.cashBridge));
  return box;
}

function stockBlock(app: App, c: CompanyReport, company: Company | null): HTMLElement {
  const f = app.fmt();
  const tr = app.tr.bind(app);
  const box = h('section', { class: 'report-block' }, h('h3', null, tr('report.stock')));
  const lines: HTMLElement[] = [];
  for (const a of c.arrivals) {
    lines.push(h('li', null, h('span', { 'aria-hidden': 'true' }, '▪ '),
      tr(a.kind === 'sourcing' ? 'report.arrivedFactory' : 'report.arrivedShipment', { units: f.count(a.units), product: f.product(a.product), to: f.location(a.to) }),
      a.lost + a.damaged > 0 ? ` ${tr('report.lostDamaged', { lost: f.count(a.lost), damaged: f.count(a.damaged) })}` : ''));
  }
  box.appendChild(lines.length > 0 ? h('ul', { class: 'plain' }, lines) : h('p', { class: 'hint' }, tr('report.noArrivals')));
  box.appendChild(h('p', null, tr('report.inventory', { n: f.count(c.kpis.inventoryUnits) }),
    c.kpis.stockouts > 0 ? h('span', { class: 'neg' }, ' · ', h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('report.stockouts', { n: f.count(c.kpis.stockouts) })) : null));
  if (company) {
    const moving = [
      ...company.sourcing.map((o) => tr('logistics.sourcingLine', { units: f.count(o.units), product: f.product(o.product), turn: o.arrivesTurn })),
      ...company.shipments.map((x) => tr('logistics.shipmentLine', { units: f.count(x.units), product: f.product(x.product), to: f.location(x.to), carrier: f.carrier(x.carrier), turn: x.arrivesTurn })),
    ];
    if (moving.length > 0) box.appendChild(h('ul', { class: 'plain small-text' }, moving.map((m) => h('li', null, h('span', { 'aria-hidden': 'true' }, '→ '), m))));
  }
  return box;
}

function refusedBlock(app: App, c: CompanyReport): HTMLElement | null {
  if (c.refused.length === 0) return null;
  const tr = app.tr.bind(app);
  return h('section', { class: 'report-block refused', 'data-testid': 'refused' }, h('h3', null, h('span', { 'aria-hidden': 'true' }, '✖ '), tr('report.refused', { n: c.refused.length })),
    h('ul', null, c.refused.map((r) => h('li', null, h('strong', null, describeAction(app, r.action)), h('br'), r.reason[app.lang]))));
}

function alertsBlock(app: App, c: CompanyReport, report: TurnReport, company: Company | null): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const box = h('section', { class: 'report-block news-block' }, h('h3', null, tr('report.newsHeading')));
  const alerts = ((c as unknown as { alerts?: Alert[] }).alerts ?? []).filter((a) => a && typeof a === 'object');
  if (alerts.length > 0) {
    box.appendChild(h('ul', { class: 'alerts', 'data-testid': 'alerts' }, alerts.map((a) => {
      const level = a.level === 'critical' || a.level === 'warning' ? a.level : 'watch';
      const body = a.text ? alertBody(a.text[app.lang]) : String(a.indicator ?? '');
      return h('li', { class: `alert alert-${level}` },
        h('span', { class: 'alert-level' }, h('span', { 'aria-hidden': 'true' }, level === 'critical' ? '✖ ' : level === 'warning' ? '⚠ ' : '● '), tr(`alert.${level}`)),
        ' ', body,
        a.market && !body.includes(f.market(a.market)) ? h('span', { class: 'muted' }, ` (${f.market(a.market)})`) : null);
    })));
  }
  const outcomes = (c as unknown as { crisisOutcomes?: Loc[] }).crisisOutcomes ?? [];
  for (const o of outcomes) box.appendChild(h('p', { class: 'crisis-outcome' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), o[app.lang]));
  // Research delivered this week: the report's own list when the engine gives one,
  // else the company's results dated this turn, in the engine's words (research.ts).
  const reported = (c as unknown as { research?: { text?: Loc }[] }).research;
  const research: Loc[] = reported
    ? reported.flatMap((r) => (r.text ? [r.text] : []))
    : (company?.research.results ?? []).filter((r) => r.turn === report.turn).map((r) => researchText(worldOf(app.currentScenario()!), r));
  for (const r of research) box.appendChild(h('p', { class: 'research', 'data-testid': 'report-research' }, h('span', { 'aria-hidden': 'true' }, '◎ '), r[app.lang]));
  const started = report.events.started;
  for (const id of started) box.appendChild(h('p', null, h('span', { 'aria-hidden': 'true' }, '◆ '), tr('report.eventStarted', { name: f.event(id) })));
  for (const n of report.news) box.appendChild(h('p', { class: 'news' }, h('span', { 'aria-hidden': 'true' }, '• '), n[app.lang]));
  for (const m of report.messages) box.appendChild(h('div', { class: 'message' }, h('span', { class: 'tag' }, tr('report.message')), paragraphs(m[app.lang])));
  if (alerts.length === 0 && outcomes.length === 0 && started.length === 0 && report.news.length === 0 && report.messages.length === 0 && research.length === 0) {
    box.appendChild(h('p', { class: 'hint' }, tr('report.quiet')));
  }
  return box;
}
