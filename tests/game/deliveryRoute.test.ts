// A listing in a market with no delivery route gets no visitors (the engine's
// rule, phases/demand.ts): the game says so where the student lists, beside the
// pending decisions and in the forecast — which shows no landed costs or margin for
// it (it showed CN¥0.00 landed and a 92% margin).
import { beforeAll, describe, expect, it } from 'vitest';
import { marketsWithoutRoute } from '../../src/game/deliveryRoute';
import { forecast } from '../../src/game/forecast';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { forecastPanel } from '../../src/game/ui/panelsForecast';
import { marketsPanel } from '../../src/game/ui/panelsMarkets';
import { logisticsPanel } from '../../src/game/ui/panelsLogistics';
import { pendingRouteWarnings } from '../../src/game/ui/routeNotice';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

type AnyAction = Record<string, unknown> & { type: string };
const scenario = shippedScenario('campaign-global');
const listDE: AnyAction = { type: 'setPrice', market: 'DE', channel: 'marketplace', product: 'serum', price: 1999 };
const payDE: AnyAction = { type: 'setPayments', market: 'DE', methods: ['card', 'paypal'] };
const parcelsDE: AnyAction = { type: 'setFulfilment', market: 'DE', from: 'home', carrier: 'epacket' };

describe('a market without a delivery route', () => {
  beforeAll(installFakeDom);

  it('is found once the pending decisions apply: a new listing, until a route is chosen', () => {
    const view = newSession(scenario, '{}', 'x1').view();
    expect(marketsWithoutRoute(scenario, view, [])).toEqual([]);
    expect(marketsWithoutRoute(scenario, view, [listDE, payDE])).toEqual(['DE']);
    expect(marketsWithoutRoute(scenario, view, [listDE, parcelsDE])).toEqual([]);
    expect(marketsWithoutRoute(scenario, view, [listDE, { type: 'setFulfilment', market: 'DE', from: 'wh-de' }])).toEqual([]);
    expect(marketsWithoutRoute(scenario, view, [listDE, { type: 'delist', market: 'DE', channel: 'marketplace', product: 'serum' }])).toEqual([]);
  });

  it('is the engine\'s rule: no route, no visitors; with a route, visitors', () => {
    const visitorsDE = (actions: AnyAction[]) => {
      const s = newSession(scenario, '{}', 'x1');
      s.endTurn(new PendingList(actions));
      s.endTurn(new PendingList());
      return s.lastReport!.companies.player!.funnel.DE?.visitors ?? 0;
    };
    expect(marketsWithoutRoute(scenario, newSession(scenario, '{}', 'x1').view(), [listDE, payDE])).toEqual(['DE']);
    expect(visitorsDE([listDE, payDE])).toBe(0);
    expect(visitorsDE([listDE, payDE, parcelsDE])).toBeGreaterThan(0);
  });

  it('has no landed cost or margin in the forecast, and a warning first', () => {
    const view = newSession(scenario, '{}', 'x1').view();
    const without = forecast(scenario, view, [listDE, payDE]);
    const de = without.listings.find((l) => l.market === 'DE')!;
    expect(de.deliverable).toBe(false);
    expect(de.landed).toBeNull();
    expect(de.margin).toBeNull();
    expect(de.marginRate).toBeNull();
    expect(de.expectedOrders).toBe(0);
    expect(without.warnings[0]).toEqual({ kind: 'noRoute', market: 'DE' });
    const withRoute = forecast(scenario, view, [listDE, payDE, parcelsDE]).listings.find((l) => l.market === 'DE')!;
    expect(withRoute.deliverable).toBe(true);
    expect(withRoute.landed).toBeGreaterThan(0);
    expect(withRoute.marginRate).toBeLessThan(0.5);
  });

  it('the forecast panel says it cannot be served, with no margin for it, in both languages', () => {
    const s = newSession(scenario, '{}', 'x1');
    const en = textOf(forecastPanel(fakeApp(s, 'en', [listDE, payDE])));
    expect(en).toContain('Germany: no delivery route, so listings there get no visitors and sell nothing.');
    expect(en).toContain('Cannot be served until a delivery route is set for Germany');
    expect(en).toContain('Choose it in Stock & shipping');
    expect(en).not.toMatch(/9\d%/); // the old 92% margin
    const panel = forecastPanel(fakeApp(s, 'zh', [listDE, payDE])) as unknown as FakeElement;
    expect(panel.querySelectorAll('[data-testid="forecast-no-route-DE-marketplace-serum"]')).toHaveLength(1);
    expect(textOf(panel)).toContain('在为德国选定配送方式之前无法销售');
  });

  it('is said beside the pending decisions, with the way to the route', () => {
    const s = newSession(scenario, '{}', 'x1');
    expect(pendingRouteWarnings(fakeApp(s, 'en', [payDE]))).toBeNull();
    const box = pendingRouteWarnings(fakeApp(s, 'en', [listDE, payDE])) as unknown as FakeElement;
    expect(textOf(box)).toContain('Germany has no delivery route yet');
    expect(box.querySelectorAll('[data-testid="choose-route-DE"]')).toHaveLength(1);
    expect(pendingRouteWarnings(fakeApp(s, 'en', [listDE, payDE, parcelsDE]))).toBeNull();
  });

  it('is said in the listing form when the chosen market has none', () => {
    const s = newSession(scenario, '{}', 'x1');
    const app = fakeApp(s, 'zh');
    app.drafts.set('list-where', 'DE|marketplace');
    const form = marketsPanel(app) as unknown as FakeElement;
    expect(form.querySelectorAll('[data-testid="no-route-DE"]')).toHaveLength(1);
    expect(textOf(form)).toContain('德国还没有配送方式');
    const us = fakeApp(s, 'zh');
    us.drafts.set('list-where', 'US|marketplace');
    expect((marketsPanel(us) as unknown as FakeElement).querySelectorAll('[data-testid^="no-route-"]')).toHaveLength(0);
  });

  it('shows "none chosen" in Stock & shipping, not a blank list or a route that is not set', () => {
    const s = newSession(scenario, '{}', 'x1');
    const panel = logisticsPanel(fakeApp(s, 'en', [listDE])) as unknown as FakeElement;
    const de = panel.querySelector('[id="fulfil-DE-route"]') as unknown as { shown: string | null };
    expect(de.shown).toBe('None chosen yet');
    expect(panel.querySelectorAll('[data-testid="no-route-DE"]')).toHaveLength(1);
    const routed = logisticsPanel(fakeApp(s, 'en', [listDE, parcelsDE])) as unknown as FakeElement;
    expect((routed.querySelector('[id="fulfil-DE-route"]') as unknown as { shown: string | null }).shown).toMatch(/^Parcel from China: /);
    expect(routed.querySelectorAll('[data-testid="no-route-DE"]')).toHaveLength(0);
  });
});
