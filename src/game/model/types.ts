// What the world view draws, built from the engine's state and reports by the
// builders in this folder. Plain data with no Phaser in it: every figure here is
// copied from a report or the state (the scene only formats it with src/i18n),
// and every position is already projected onto the map (x, y in 0–1 of the map
// frame), so the scene never works anything out that a player reads.
import type { Localised } from '../../engine';

export interface MapPoint { x: number; y: number }

/**
 * How a market stands, shown by colour and by a distinct icon and word:
 * `unlisted` (nothing on sale), `selling` (sold last week, stock on hand),
 * `idle` (listed, no sale last week), `lowStock` (stock at the fulfilling
 * location below two weeks of last week's sales), `stockout` (orders lost to
 * empty shelves last week, or nothing left to sell).
 */
export type MarketStatus = 'unlisted' | 'idle' | 'selling' | 'lowStock' | 'stockout';

export interface MarketNode {
  id: string;
  name: Localised;
  at: MapPoint;
  /** False when the id is not in the map's table and the position is a regional fallback. */
  placed: boolean;
  currency: string;
  listed: boolean;
  status: MarketStatus;
  /** Last report's figures for this market (home minor units), null before the first report or without presence. */
  revenue: number | null;
  profit: number | null;
  orders: number | null;
  /** Units held where this market's orders ship from (a warehouse), null when they ship from China. */
  stockUnits: number | null;
  /** "home" or the warehouse id its orders ship from. */
  fulfilFrom: string;
  /** The season running in the last reported week, with its scenario name. */
  season: Localised | null;
  /** Names of the active events that touch this market. */
  crises: Localised[];
}

export interface WarehouseNode {
  id: string;
  name: Localised;
  market: string;
  at: MapPoint;
  /** Units in stock now (state), all products. */
  units: number;
  /** Units on the way to it (state shipments). */
  inbound: number;
}

export type TransportMode = 'postal' | 'express' | 'air' | 'sea';

export interface RouteLine {
  /** `${carrier}>${destination}`: stable across turns, so the scene can reuse what it drew. */
  key: string;
  carrier: string;
  carrierName: Localised;
  mode: TransportMode;
  /** `parcel` carries orders to buyers; `freight` carries stock to a warehouse. */
  kind: 'parcel' | 'freight';
  to: string;
  path: MapPoint[];
  /** Names of the active events that slow or dearen this carrier on this route. */
  disrupted: Localised[];
}

export interface ShipmentMarker {
  id: number;
  route: string;
  mode: TransportMode;
  product: Localised;
  units: number;
  to: string;
  sentTurn: number;
  arrivesTurn: number;
  /** Share of the voyage done at the end of the last turn, 0–1 (whole weeks, as the engine moves goods). */
  progress: number;
  at: MapPoint;
  /** Held up: its days exceed the carrier's published range, or an event slowed its carrier when it left. */
  delayed: boolean;
}

export interface CrisisMarker {
  /** Event (or crisis) id. */
  id: string;
  name: Localised;
  description: Localised | null;
  startedTurn: number | null;
  endsTurn: number | null;
  markets: string[];
  carriers: string[];
  at: MapPoint;
  /** A crisis case of the company that still waits for its answer. */
  needsAnswer: boolean;
}

export interface SeasonBanner {
  id: string;
  name: Localised;
  markets: { id: string; name: Localised }[];
}

export interface UpcomingSeason {
  id: string;
  name: Localised;
  /** The markets where it starts in that turn (Prime Day in four at once). */
  markets: { id: string; name: Localised }[];
  /** First turn of the peak (scenario calendar). */
  turn: number;
  week: number;
}

export interface SeriesPoint { turn: number; value: number }

export interface ChartSeries {
  key: 'cash' | 'revenue' | 'profit' | string;
  /** `money`: home minor units; `rate`: home units per one unit of `currency`. */
  unit: 'money' | 'rate';
  currency: string;
  points: SeriesPoint[];
}

export interface ChartsModel {
  homeCurrency: string;
  homeDecimals: number;
  cash: ChartSeries;
  revenue: ChartSeries;
  profit: ChartSeries;
  /** One per foreign currency of the scenario, in the scenario's order. */
  fx: ChartSeries[];
}

export interface WorldModel {
  scenarioId: string;
  companyId: string;
  /** Turns resolved so far (0 before the first). */
  turn: number;
  totalTurns: number;
  /** Week of the year of the last resolved turn (of turn 1 before any). */
  week: number;
  finished: boolean;
  homeCurrency: string;
  homeDecimals: number;
  /** Cash now (state), home minor units. */
  cash: number;
  home: { at: MapPoint; units: number };
  markets: MarketNode[];
  warehouses: WarehouseNode[];
  routes: RouteLine[];
  shipments: ShipmentMarker[];
  crises: CrisisMarker[];
  seasons: SeasonBanner[];
  upcoming: UpcomingSeason[];
  charts: ChartsModel;
}
