// The map scene: the world, routes and goods moving from China, the markets with
// their state, crises, a turn clock and the peak season banner. Built once;
// each show() redraws only what the model changes (objects are kept per id and
// destroyed when their id leaves the model).
import * as Phaser from 'phaser';
import { MAP_ASPECT, type MapPoint } from '../model';
import type { Store, Redrawable } from './store';
import { Fmt } from './format';
import { makeIcons, makeMapBase } from './textures';
import { PIXEL_RATIO, STAGE_H, STAGE_W, TOP_BAR } from './theme';
import { Tooltip } from './Tooltip';
import { RouteLayer } from './RouteLayer';
import { MarketLayer } from './MarketLayer';
import { MapPanel } from './MapPanel';
import { TopBar } from './TopBar';

export const MAP_H = STAGE_W / MAP_ASPECT;

export function toStage(p: MapPoint): { x: number; y: number } {
  return { x: p.x * STAGE_W, y: TOP_BAR + p.y * MAP_H };
}

export class MapScene extends Phaser.Scene implements Redrawable {
  private parts: { top: TopBar; routes: RouteLayer; markets: MarketLayer; panel: MapPanel; tooltip: Tooltip } | null = null;
  private stale = false;
  private drawnTurn = -1;

  constructor(private readonly store: Store, private readonly onReady: () => void) {
    super({ key: 'map' });
  }

  create(): void {
    const cam = this.cameras.main;
    cam.setZoom(PIXEL_RATIO);
    cam.centerOn(STAGE_W / 2, STAGE_H / 2);
    makeIcons(this);
    makeMapBase(this, 'chuhai-map', STAGE_W, MAP_H);
    this.add.image(0, TOP_BAR, 'chuhai-map').setOrigin(0, 0).setScale(1 / PIXEL_RATIO);
    const tooltip = new Tooltip(this);
    const routes = new RouteLayer(this, toStage, tooltip);
    const markets = new MarketLayer(this, toStage, tooltip);
    const panel = new MapPanel(this);
    const top = new TopBar(this);
    this.parts = { top, routes, markets, panel, tooltip };
    this.events.on(Phaser.Scenes.Events.WAKE, () => { if (this.stale) this.redraw(); });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => { this.store.detach(this); this.parts = null; });
    this.store.attach(this);
    this.redraw();
    this.onReady();
  }

  redraw(): void {
    const parts = this.parts;
    if (!parts) return;
    if (!this.sys.isActive() && !this.sys.isVisible()) { this.stale = true; return; }
    if (this.sys.isSleeping()) { this.stale = true; return; }
    this.stale = false;
    const { model, lang } = this.store;
    const f = new Fmt(lang, model.homeCurrency, model.homeDecimals);
    // Goods glide to their new place only when a turn has passed, not on a language switch.
    const animate = this.drawnTurn >= 0 && model.turn !== this.drawnTurn;
    this.drawnTurn = model.turn;
    parts.tooltip.hide();
    parts.top.redraw(model, f);
    parts.routes.redrawRoutes(model, f);
    parts.routes.redrawShipments(model, toStage(model.home.at), animate);
    parts.markets.redraw(model, f, parts.routes.obstacles());
    parts.panel.redraw(model, f);
  }
}
