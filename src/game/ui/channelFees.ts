// How a channel's fees read (src/game/channelFees.ts gives them): one line —
// "15% commission, CN¥66.00 a week per market listed, paid out 2 weeks after the
// sale" — under the listing form's channel, and for every channel in the Markets
// tab, so a student compares channels by what they cost before listing.
import { t, type StringKey } from '../../i18n';
import type { App } from './app';
import type { Fmt } from './format';
import { h } from './dom';
import { channelFees, type ChannelFees } from '../channelFees';
import { section } from './panelsKit';

/** A share as a percentage with the digits it has (15%, 6.5%). */
function share(f: Fmt, x: number): string {
  return f.pct(x, Number.isInteger(Math.round(x * 10_000) / 100) ? 0 : 1);
}

/** The fees as one list in the language; a fee the channel does not charge is left out. */
export function channelFeeList(f: Fmt, fees: ChannelFees): string {
  const tr = (key: StringKey, vars?: Record<string, string | number>) => t(f.lang, key, vars);
  const pct = fees.commissionMax > fees.commission ? `${share(f, fees.commission)}–${share(f, fees.commissionMax)}` : share(f, fees.commission);
  const parts = [
    fees.commissionMax > 0 ? tr('channel.commission', { pct }) : tr('channel.noCommission'),
    fees.feePerOrder > 0 ? tr('channel.perOrder', { amount: f.money(fees.feePerOrder) }) : null,
    fees.weeklyFee > 0 ? tr('channel.weekly', { amount: f.money(fees.weeklyFee) }) : null,
    fees.payoutDelayTurns > 0 ? tr('channel.payout', { n: fees.payoutDelayTurns }) : tr('channel.paidAtOnce'),
  ].filter((x): x is string => x !== null);
  return parts.join(f.lang === 'zh' ? '，' : ', ');
}

/** The hint under the listing form's market and channel: that channel's fees in that market. */
export function channelFeeHint(app: App, channel: string, market: string): string | undefined {
  const fees = channelFees(app.session!.state, channel, market);
  return fees ? app.tr('channel.fees', { list: channelFeeList(app.fmt(), fees) }) : undefined;
}

/** The Markets tab's list of channels: each one's fees and the markets it sells in. */
export function channelsSection(app: App): HTMLElement {
  const s = app.session!;
  const f = app.fmt();
  const sep = app.lang === 'zh' ? '、' : ', ';
  return section(app.tr('channels.heading'),
    h('p', { class: 'hint' }, app.tr('channels.hint')),
    h('ul', { class: 'plain small-text', 'data-testid': 'channel-fees' }, s.scenario.channels.map((c) => {
      const fees = channelFees(s.state, c.id);
      return h('li', { 'data-testid': `channel-fees-${c.id}` },
        h('strong', null, f.channel(c.id)), app.lang === 'zh' ? '：' : ' — ', fees ? channelFeeList(f, fees) : '',
        h('br'), h('span', { class: 'muted' }, app.tr('channels.sellsIn', { markets: c.markets.map((m) => f.market(m)).join(sep) })));
    })));
}
