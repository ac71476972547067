// The world view's model (issue 5 §2): what the map and the charts draw, built
// from the engine's scenario, state and reports alone. Pure and Phaser-free, so
// the page imports it eagerly and Node tests check it; the Phaser scenes
// (src/game/scenes) load lazily and only draw and format what is here.
import type { GameState, Localised, Scenario, TurnReport } from '../../engine';
import type { MapPoint, WorldModel } from './types';
import { HOME_SITE, marketSite, project } from './geo';
import { buildLogistics, sumUnits, type Site } from './logistics';
import { buildMarkets } from './markets';
import { crisisMarkers } from './events';
import { currentSeasons, upcomingSeasons } from './seasons';
import { buildCharts } from './charts';
import { pointAlong } from './routes';
import { weekOfTurn } from '../../engine/world';

export type {
  WorldModel, MapPoint, MarketNode, MarketStatus, WarehouseNode, RouteLine, ShipmentMarker, CrisisMarker,
  SeasonBanner, UpcomingSeason, ChartsModel, ChartSeries, SeriesPoint, TransportMode,
} from './types';
export { pointAlong } from './routes';
export { MAP_ASPECT, CENTRE_LON, LAT_TOP, LAT_BOTTOM, project, relativeLon, projectRelative } from './geo';

export interface WorldInput {
  scenario: Scenario;
  state: GameState;
  reports: readonly TurnReport[];
  companyId: string;
}

const siteCache = new WeakMap<Scenario, Map<string, Site & { placed: boolean }>>();

/** Each market's place on the map, worked out once per scenario. */
function sitesOf(scenario: Scenario): Map<string, Site & { placed: boolean }> {
  const hit = siteCache.get(scenario);
  if (hit) return hit;
  const taken = new Map<string, number>();
  const sites = new Map<string, Site & { placed: boolean }>();
  for (const m of scenario.markets) {
    const s = marketSite(m.id, m.region, taken);
    sites.set(m.id, { at: s.at, lat: s.lat, lon: s.lon, region: m.region, placed: s.placed });
  }
  siteCache.set(scenario, sites);
  return sites;
}

export function buildWorldModel(input: WorldInput): WorldModel {
  const { scenario, state, reports, companyId } = input;
  const company = state.companies[companyId];
  if (!company) throw new Error(`buildWorldModel: there is no company "${companyId}" in the game`);
  const homeDecimals = scenario.currencies.find((c) => c.code === scenario.homeCurrency)?.decimals ?? 2;
  const lastReport = reports.length > 0 ? reports[reports.length - 1]! : null;
  const last = lastReport?.companies[companyId] ?? null;
  const sites = sitesOf(scenario);
  const logistics = buildLogistics(scenario, state, reports, company, sites);

  const marketAt = (id: string): MapPoint | undefined => sites.get(id)?.at;
  const carrierAt = (id: string): MapPoint | undefined => {
    const route = logistics.routes.find((r) => r.carrier === id);
    return route ? pointAlong(route.path, 0.5) : undefined;
  };
  const warehouseMarket = new Map(scenario.warehouses.map((w) => [w.id, w.market]));
  const used = new Set(logistics.routes.map((r) => `${r.carrier}|${warehouseMarket.get(r.to) ?? r.to}`));
  const homeAt = project(HOME_SITE[0], HOME_SITE[1]);
  const crises = crisisMarkers(scenario, state, companyId, marketAt, carrierAt, (c, m) => used.has(`${c}|${m}`), homeAt);
  const crisesByMarket = new Map<string, Localised[]>();
  for (const c of crises) {
    for (const m of c.markets) {
      const list = crisesByMarket.get(m) ?? [];
      list.push(c.name);
      crisesByMarket.set(m, list);
    }
  }

  return {
    scenarioId: scenario.id,
    companyId,
    turn: state.turn,
    totalTurns: scenario.turns,
    week: lastReport ? lastReport.week : weekOfTurn(scenario, 1),
    finished: state.finished,
    homeCurrency: scenario.homeCurrency,
    homeDecimals,
    cash: company.cash,
    home: { at: homeAt, units: sumUnits(company.stock.home) },
    markets: buildMarkets(scenario, company, last, lastReport, sites, crisesByMarket),
    warehouses: logistics.warehouses,
    routes: logistics.routes,
    shipments: logistics.shipments,
    crises,
    seasons: currentSeasons(scenario, lastReport),
    upcoming: upcomingSeasons(scenario, state.turn, lastReport),
    charts: buildCharts(scenario, reports, companyId, homeDecimals),
  };
}
