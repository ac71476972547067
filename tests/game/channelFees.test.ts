// Channels and their fees (DESIGN §2): where the student picks a channel, its
// commission, fee per order, weekly fee and payout delay are shown, in both
// languages, as the state has them now (a script or an event may have changed the
// commission).
import { beforeAll, describe, expect, it } from 'vitest';
import { channelFees } from '../../src/game/channelFees';
import { forecast } from '../../src/game/forecast';
import { channelFeeList } from '../../src/game/ui/channelFees';
import { Fmt } from '../../src/game/ui/format';
import { marketsPanel, pricesPanel } from '../../src/game/ui/panelsMarkets';
import { newSession } from '../../src/game/session';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

const scenario = shippedScenario('campaign-global');

describe('channel fees', () => {
  beforeAll(installFakeDom);

  it('are the scenario\'s, as the state has changed them', () => {
    const state = newGame();
    expect(channelFees(state, 'marketplace', 'DE')).toEqual({ commission: 0.15, commissionMax: 0.15, feePerOrder: 0, weeklyFee: 6600, payoutDelayTurns: 2 });
    expect(channelFees(state, 'own-site')).toMatchObject({ commission: 0, weeklyFee: 6500, payoutDelayTurns: 0 });
    expect(channelFees(state, 'nowhere')).toBeNull();
    // A script's setParameter (state.params) and a running event (the social shop's fee rise).
    const raised = { ...state, params: { ...state.params, channels: { ...state.params.channels, marketplace: { commission: 0.17, feePerOrder: 300 } } } };
    expect(channelFees(raised, 'marketplace', 'US')).toMatchObject({ commission: 0.17, feePerOrder: 300 });
    const event = { ...state, events: [{ id: 'social-fee-rise', startedTurn: 1, endsTurn: 99 }] };
    expect(channelFees(event, 'social-shop', 'US')!.commission).toBeCloseTo(0.08, 10);
  });

  it('read as one line in each language', () => {
    const fees = channelFees(newGame(), 'marketplace', 'DE')!;
    expect(channelFeeList(new Fmt('en', scenario), fees)).toBe('15% commission, CN¥66.00 a week per market listed, paid out 2 weeks after the sale');
    expect(channelFeeList(new Fmt('zh', scenario), fees)).toBe('佣金 15%，每个上架市场每周 ¥66.00，货款在成交 2 周后到账');
    const b2b = channelFees(newGame(), 'b2b-portal', 'US')!;
    expect(channelFeeList(new Fmt('en', scenario), b2b)).toBe('no commission, CN¥400.00 a week per market listed, paid out 1 week after the sale');
    expect(channelFeeList(new Fmt('en', scenario), { ...b2b, commission: 0.065, commissionMax: 0.065, feePerOrder: 250, weeklyFee: 0, payoutDelayTurns: 0 }))
      .toBe('6.5% commission, CN¥2.50 per order, paid out at once');
  });

  it('are shown under the listing form\'s channel and for every channel in the Markets tab', () => {
    const s = newSession(scenario, '{}', 'x1');
    const app = fakeApp(s, 'en');
    app.drafts.set('list-where', 'DE|social-shop');
    const panel = marketsPanel(app) as unknown as FakeElement;
    const hint = panel.querySelector('[id="list-where-hint"]');
    expect(hint && textOf(hint)).toBe('Channel fees: 6% commission, paid out 2 weeks after the sale.');
    const list = panel.querySelector('[data-testid="channel-fees"]')!;
    expect(list.querySelectorAll('[data-testid^="channel-fees-"]')).toHaveLength(scenario.channels.length);
    expect(textOf(list.querySelector('[data-testid="channel-fees-marketplace"]'))).toContain('Marketplace (Amazon-like) — 15% commission, CN¥66.00 a week per market listed, paid out 2 weeks after the sale');
    const zh = textOf(marketsPanel(fakeApp(s, 'zh')) as unknown as FakeElement);
    expect(zh).toContain('销售渠道及其费用');
    expect(zh).toContain('无佣金，每个上架市场每周 ¥400.00，货款在成交 1 周后到账');
  });
});

function newGame() {
  return newSession(scenario, '{}', 'x1').state;
}

describe('the forecast prices a listing at the fees as they stand', () => {
  it('a raised commission and fee per order raise its landed cost by exactly their share', () => {
    const s = newSession(scenario, '{}', 'x1');
    const state = s.state;
    const listing = state.companies.player!.listings[0]!;
    const raised = { ...state, params: { ...state.params, channels: { ...state.params.channels, [listing.channel]: { commission: 0.5, feePerOrder: 1000 } } } };
    const row = (fees?: Parameters<typeof forecast>[3]) => forecast(scenario, s.view(), [], fees).listings.find((l) => l.market === listing.market && l.channel === listing.channel && l.product === listing.product)!;
    const base = row();
    const asScenario = row((c, m) => channelFees(state, c, m));
    const live = row((c, m) => channelFees(raised, c, m));
    expect(asScenario.landed).toBe(base.landed);
    expect(live.landed!).toBeGreaterThan(base.landed! + 1000);
    expect(live.margin!).toBeLessThan(base.margin! - 1000);
  });
});

describe('the factory terms table (Prices tab)', () => {
  it('shows each product\'s positioning (its tier), in both languages', () => {
    installFakeDom();
    const s = newSession(scenario, '{}', 'x1');
    const trs = (n: FakeElement): FakeElement[] => n.childNodes.flatMap((c) => (c instanceof Object && 'childNodes' in c ? [...((c as FakeElement).tagName === 'tr' ? [c as FakeElement] : []), ...trs(c as FakeElement)] : []));
    const rows = (lang: 'en' | 'zh') => trs(pricesPanel(fakeApp(s, lang)) as unknown as FakeElement).map((r) => textOf(r));
    const premium = scenario.products.find((p) => p.tier === 'premium')!;
    const budget = scenario.products.find((p) => p.tier === 'budget')!;
    const fmtEn = new Fmt('en', scenario);
    expect(rows('en').find((r) => r.startsWith(fmtEn.product(premium.id)))).toContain('Premium');
    expect(rows('en').find((r) => r.startsWith(fmtEn.product(budget.id)))).toContain('Budget');
    expect(rows('zh').find((r) => r.startsWith(new Fmt('zh', scenario).product(premium.id)))).toContain('高端');
  });
});
