// What is open on the risk side, as the student's view shows it (engine/view.ts:
// their own company only): FX forwards still covering sales (README §13.3), listings
// taken down by a complaint or frozen by an account suspension, and the strikes on
// each channel account (README §14). Figures as the engine holds them; the weeks
// are the engine's own turn numbers.
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { section } from './panelsKit';

export function openPositions(app: App): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const s = app.session!;
  const view = s.view();
  const next = view.turn + 1;
  const c = view.company;
  const home = s.scenario.homeCurrency;
  const forwards = c.forwards.filter((x) => x.untilTurn >= next);
  const removed = c.compliance.removed;
  const strikes = c.compliance.strikes.filter((x) => x.value > 0 || x.suspendedUntil >= next);
  const box = section(tr('open.heading'));
  box.setAttribute('data-testid', 'risk-open');
  if (forwards.length + removed.length + strikes.length === 0) {
    box.appendChild(h('p', { class: 'hint' }, tr('open.none')));
    return box;
  }
  box.appendChild(h('p', { class: 'hint' }, tr('open.nextWeek', { n: next })));
  if (forwards.length > 0) {
    box.appendChild(h('table', { class: 'data', 'data-testid': 'open-forwards' },
      h('caption', null, tr('open.forwards')),
      h('thead', null, h('tr', null, ['open.col.currency', 'open.col.share', 'open.col.rate', 'open.col.weeks'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
      h('tbody', null, forwards.map((x) => h('tr', null,
        h('th', { scope: 'row' }, x.currency),
        h('td', null, f.pct(x.share, 0)),
        // The engine keeps rates as home units per local unit × 1e9 (state.ts Forward).
        h('td', null, tr('open.rate', { cur: x.currency, rate: f.rate(x.rate / 1e9), home })),
        h('td', null, tr('open.weeks', { from: x.fromTurn, until: x.untilTurn })))))));
  }
  if (removed.length > 0) {
    box.appendChild(h('table', { class: 'data', 'data-testid': 'open-removed' },
      h('caption', null, tr('open.removed')),
      h('thead', null, h('tr', null, ['open.col.listing', 'open.col.why', 'open.col.until'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
      h('tbody', null, removed.map((x) => h('tr', null,
        h('th', { scope: 'row' }, f.product(x.listing.product), h('br'),
          h('span', { class: 'muted small-text' }, `${f.market(x.listing.market)} · ${f.channel(x.listing.channel)}`)),
        h('td', null, h('span', { 'aria-hidden': 'true' }, x.reason === 'suspension' ? '⛔ ' : '⚠ '), tr(x.reason === 'suspension' ? 'open.suspension' : 'open.takedown')),
        h('td', null, tr('open.untilWeek', { turn: x.untilTurn })))))));
  }
  if (strikes.length > 0) {
    box.appendChild(h('table', { class: 'data', 'data-testid': 'open-strikes' },
      h('caption', null, tr('open.strikes')),
      h('thead', null, h('tr', null, ['open.col.channel', 'open.col.strikes', 'open.col.account'].map((k) => h('th', { scope: 'col' }, tr(k as StringKey))))),
      h('tbody', null, strikes.map((x) => h('tr', null,
        h('th', { scope: 'row' }, f.channel(x.channel)),
        h('td', null, f.dec(x.value, 2)),
        h('td', null, x.suspendedUntil >= next
          ? [h('span', { 'aria-hidden': 'true' }, '⛔ '), tr('open.suspendedUntil', { turn: x.suspendedUntil })]
          : tr('open.active')))))));
    box.appendChild(h('p', { class: 'hint' }, tr('open.strikesHint', { per: f.pct(s.scenario.compliance.suspension.perStrike, 0) })));
  }
  return box;
}
