// The buyer side of the turn report (issue 5 §4; engine README §12): per market,
// what the engine's `CompanyReport.buyers` says happened to buyers this week — a
// running promotion's evaluation, complaints, cash-on-delivery refusals,
// chargebacks, service reply times, paid clicks and creator buzz, and (folded) the
// customer base. A market shows only what it has; a week with nothing to say
// shows nothing. Every figure is the engine's, formatted here.
import type { CompanyReport } from '../../engine';
import type { BuyerReport } from '../../engine/buyerReport';
import type { App } from './app';
import { h } from './dom';
import { promotionPart } from './reportPromotion';
import { complaintsPart, customerBasePart } from './reportCustomers';

export function buyersBlock(app: App, c: CompanyReport): HTMLElement | null {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const cards: HTMLElement[] = [];
  for (const m of Object.keys(c.buyers ?? {}).sort()) {
    const b = c.buyers[m]!;
    const parts = [
      b.promotion ? promotionPart(app, m, b.promotion) : null,
      complaintsPart(app, m, b.customers.complaints),
      facts(app, m, b, c),
      customerBasePart(app, m, b.customers),
    ].filter((x): x is HTMLElement => x !== null);
    if (parts.length === 0) continue;
    cards.push(h('section', { class: 'buyer-market', 'data-testid': `buyers-${m}`, 'aria-label': f.market(m) }, h('h4', null, f.market(m)), parts));
  }
  if (cards.length === 0) return null;
  return h('section', { class: 'report-block report-wide', 'data-testid': 'report-buyers' },
    h('h3', null, tr('buyers.heading')),
    h('div', { class: 'buyer-markets' }, cards));
}

/** One line each: payments (COD refusals, chargebacks, screening), service, marketing — only those with something to say. */
function facts(app: App, m: string, b: BuyerReport, c: CompanyReport): HTMLElement | null {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const k = c.markets[m];
  const lines: HTMLElement[] = [];
  const line = (icon: string, testid: string, ...text: (string | HTMLElement | null)[]) =>
    lines.push(h('li', { 'data-testid': `${testid}-${m}` }, h('span', { 'aria-hidden': 'true' }, `${icon} `), text));
  if (b.payments.codRefused > 0) line('↩', 'cod', tr('buyers.cod', { n: f.count(b.payments.codRefused) }));
  if (b.payments.chargebacks > 0) {
    line('⚠', 'chargebacks', tr('buyers.chargebacks', { n: f.count(b.payments.chargebacks), amount: f.money(k?.chargebacks ?? 0), ratio: f.pct(k?.chargebackRatio ?? 0, 2) }));
  }
  if (b.payments.fraudControl > 0) line('◈', 'fraud', tr('buyers.fraud', { amount: f.money(b.payments.fraudControl) }));
  if (b.service.contacts > 0) {
    const cover = [
      b.service.agents > 0 ? tr('buyers.agents', { n: f.count(b.service.agents) }) : tr('buyers.noAgents'),
      b.service.localLanguage ? tr('buyers.localLanguage') : null,
      b.service.localHours ? tr('buyers.localHours') : null,
    ].filter((x): x is string => x !== null).join(app.lang === 'zh' ? '，' : ', ');
    line('✉', 'service', tr('buyers.service', { contacts: f.count(b.service.contacts), hours: f.dec(b.service.responseHours, 1) }), h('span', { class: 'muted' }, tr('buyers.cover', { list: cover })));
  }
  if (b.marketing.paidVisitors > 0) line('➚', 'clicks', tr('buyers.paidVisitors', { n: f.count(b.marketing.paidVisitors) }));
  if (b.marketing.kolCampaigns.length > 0) line('★', 'kol', tr('buyers.kol', { list: b.marketing.kolCampaigns.map((t) => tr(`kol.${t}`)).join(app.lang === 'zh' ? '、' : ', ') }));
  if (b.marketing.buzz >= 0.005) line('★', 'buzz', tr('buyers.buzz', { pct: f.pct(b.marketing.buzz, 0) }));
  if (b.marketing.backlash) line('✖', 'backlash', h('strong', null, tr('buyers.backlash', { turn: b.marketing.backlashUntil })));
  return lines.length > 0 ? h('ul', { class: 'plain small-text buyer-facts' }, lines) : null;
}
