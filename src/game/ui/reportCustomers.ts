// The customer side of the turn report, per market (seed 004 §03 RFM and the
// customer lifecycle, §05 客戶投訴分級響應機制; lessons 7 and 15): the week's complaints
// by level, how many were settled (repeat buyers' too) and the customers lost
// over them; then, folded away, the customer base by lifecycle stage and RFM
// segment, loyalty members by tier, the shoppers customers referred, the
// community-operations budget with the share it engages, and the acquisition
// cost. The engine reports expected counts (customerBase.ts, complaints.ts);
// complaints and the customers behind them are shown whole ("<1" for some but
// under half of one), as no one files 7.7 complaints; the base is already rounded.
import type { CustomersReport } from '../../engine/buyerReport';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';

export function complaintsPart(app: App, market: string, c: CustomersReport['complaints']): HTMLElement | null {
  if (c.total <= 0) return null;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const n = (x: number) => f.whole(x);
  const levels: [StringKey, number][] = [['buyers.level3', c.levels[2]], ['buyers.level2', c.levels[1]], ['buyers.level1', c.levels[0]]];
  return h('div', { class: 'buyer-part', 'data-testid': `complaints-${market}` },
    h('h5', null, tr('buyers.complaints', { policy: tr(c.policy === 'tiered' ? 'buyers.policyTiered' : 'buyers.policyFifo') })),
    h('table', { class: 'data compact' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('buyers.level')), h('th', { scope: 'col', class: 'num' }, tr('buyers.count')))),
      h('tbody', null, levels.filter(([, v]) => v > 0).map(([key, v]) => h('tr', null, h('th', { scope: 'row' }, tr(key)), h('td', { class: 'num' }, n(v)))),
        h('tr', { class: 'total' }, h('th', { scope: 'row' }, tr('buyers.total')), h('td', { class: 'num', 'data-testid': `complaints-${market}-total`, 'data-value': c.total }, n(c.total))))),
    h('p', { class: 'small-text' }, tr('buyers.settled', { settled: n(c.settled), total: n(c.total) }),
      // Under half a complaint from repeat buyers is nothing to report ("<1 of <1 settled").
      c.repeatTotal >= 0.5 ? ` ${tr('buyers.repeatSettled', { settled: n(c.repeatSettled), total: n(c.repeatTotal) })}` : ''),
    c.customersLost > 0
      ? h('p', { class: 'small-text' }, h('span', { 'aria-hidden': 'true' }, '▼ '), tr('buyers.customersLost', { n: n(c.customersLost) }))
      : null);
}

/** The base after the week, folded: it is the long part and changes slowly. */
export function customerBasePart(app: App, market: string, c: CustomersReport): HTMLElement | null {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const stages: [StringKey, number][] = [
    ['stage.new', c.lifecycle.new], ['stage.growing', c.lifecycle.growing], ['stage.mature', c.lifecycle.mature], ['stage.lapsing', c.lifecycle.lapsing],
  ];
  const segments: [StringKey, number][] = [
    ['rfm.champions', c.rfm.champions], ['rfm.loyal', c.rfm.loyal], ['rfm.newCustomers', c.rfm.newCustomers],
    ['rfm.atRisk', c.rfm.atRisk], ['rfm.hibernating', c.rfm.hibernating], ['rfm.lost', c.rfm.lost],
  ];
  const community = c.community.weekly > 0;
  if (stages.every(([, v]) => v === 0) && segments.every(([, v]) => v === 0) && c.referredVisitors === 0 && !community) return null;
  const table = (caption: StringKey, rows: [StringKey, number][]) => h('table', { class: 'data compact' },
    h('caption', null, tr(caption)),
    h('tbody', null, rows.map(([key, v]) => h('tr', null, h('th', { scope: 'row' }, tr(key)), h('td', { class: 'num' }, f.count(v))))));
  const members: [StringKey, number][] = c.loyalty === 'tiered'
    ? [['tier.basic', c.members.basic], ['tier.silver', c.members.silver], ['tier.gold', c.members.gold]]
    : [['tier.members', c.members.basic]];
  return h('details', { class: 'buyer-part base', 'data-testid': `customers-${market}` },
    h('summary', null, tr('buyers.base')),
    h('div', { class: 'base-tables' },
      table('buyers.lifecycle', stages),
      table('buyers.rfm', segments),
      c.loyalty === 'none' ? null : table(c.loyalty === 'tiered' ? 'buyers.membersTiered' : 'buyers.membersPoints', members)),
    c.loyalty === 'none' ? h('p', { class: 'small-text muted' }, tr('buyers.noLoyalty')) : null,
    h('p', { class: 'small-text', 'data-testid': `referred-${market}` }, tr('buyers.referred', { n: f.count(c.referredVisitors) })),
    community
      ? h('p', { class: 'small-text', 'data-testid': `community-${market}` }, tr('buyers.community', { weekly: f.money(c.community.weekly), pct: f.pct(c.community.engaged, 0) }))
      : null,
    c.acquisitionCost > 0 ? h('p', { class: 'small-text' }, tr('buyers.acquisition', { amount: f.money(c.acquisitionCost) })) : null);
}
