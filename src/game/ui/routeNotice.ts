// "This market has no delivery route": said where a student lists a product and
// beside the turn's pending decisions, with a button to the place the route is
// chosen (Stock & shipping → how orders reach buyers). Without one the engine
// sends a market no visitors, and a first listing in a new market has none
// (src/game/deliveryRoute.ts).
import type { App } from './app';
import { h } from './dom';
import { marketsWithoutRoute } from '../deliveryRoute';

type AnyAction = Record<string, unknown> & { type: string };

/** A button that opens Stock & shipping at the market's route. */
export function chooseRouteButton(app: App, market: string): HTMLButtonElement {
  return h('button', {
    type: 'button', class: 'link warn', 'data-testid': `choose-route-${market}`,
    on: { click: () => { app.activeTab = 'logistics'; app.rerenderPlay(`fulfil-${market}-route`, 'tab-logistics'); } },
  }, app.tr('route.choose', { tab: app.tr('tab.logistics') }));
}

/** One warning line per market in `markets`, each with its button (unless shown where the route is chosen); null when there are none. */
export function routeWarnings(app: App, markets: readonly string[], button = true): HTMLElement | null {
  if (markets.length === 0) return null;
  const f = app.fmt();
  return h('ul', { class: 'warnings route-warnings', 'data-testid': 'route-warnings' }, markets.map((m) => h('li', { 'data-testid': `no-route-${m}` },
    h('span', { 'aria-hidden': 'true' }, '⚠ '), app.tr('route.missing', { market: f.market(m) }), button ? [' ', chooseRouteButton(app, m)] : null)));
}

/** The markets that will be listed next week without a delivery route, as warnings (the pending decisions' box). */
export function pendingRouteWarnings(app: App): HTMLElement | null {
  const s = app.session!;
  return routeWarnings(app, marketsWithoutRoute(s.scenario, s.view(), app.pending.actions() as AnyAction[]));
}
