// The markets, China and the crisis warnings on the map. A market's pin has its
// status colour and its own glyph (✓ selling, – no sales, ↓ stock low, × out of
// stock, ○ not listed); its label says the status in words, last week's revenue
// and the stock in its overseas warehouse. Labels are placed where they overlap
// least (placement.ts); warnings sit at the pin's upper left.
import type * as Phaser from 'phaser';
import type { MarketNode, WarehouseNode, WorldModel } from '../model';
import type { Fmt } from './format';
import { ICON, pinKey } from './textures';
import { PANEL_TOP, PIXEL_RATIO, STAGE_W, TOP_BAR, textStyle } from './theme';
import { placeLabels, type Box } from './placement';
import type { Tooltip } from './Tooltip';
import { hoverable } from './hover';
import type { ToStage } from './RouteLayer';

interface MarketView { pin: Phaser.GameObjects.Image; label: Phaser.GameObjects.Text; depot: Phaser.GameObjects.Image; data: MarketNode }

const PIN_R = ICON.pin / 2;

export class MarketLayer {
  private readonly views = new Map<string, MarketView>();
  private readonly warnings = new Map<string, Phaser.GameObjects.Image>();
  private readonly homePin: Phaser.GameObjects.Image;
  private readonly homeLabel: Phaser.GameObjects.Text;
  private model: WorldModel | null = null;
  private fmt: Fmt | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly toStage: ToStage, private readonly tooltip: Tooltip) {
    this.homePin = scene.add.image(0, 0, 'chuhai-home').setScale(1 / PIXEL_RATIO).setDepth(20);
    this.homeLabel = scene.add.text(0, 0, '', textStyle(10.5, { plate: true })).setDepth(30);
  }

  redraw(model: WorldModel, f: Fmt, obstacles: readonly Box[]): void {
    this.model = model;
    this.fmt = f;
    const home = this.toStage(model.home.at);
    this.homePin.setPosition(home.x, home.y);
    this.homeLabel.setText(`${f.t('scene.home')}\n${f.t('scene.home.units', { units: f.units(model.home.units) })}`);

    const seen = new Set<string>();
    for (const m of model.markets) {
      seen.add(m.id);
      const at = this.toStage(m.at);
      let v = this.views.get(m.id);
      if (!v) {
        const pin = this.scene.add.image(at.x, at.y, pinKey(m.status)).setScale(1 / PIXEL_RATIO).setDepth(20);
        const label = this.scene.add.text(0, 0, '', textStyle(10.5, { plate: true })).setDepth(30);
        const depot = this.scene.add.image(0, 0, 'chuhai-warehouse').setScale(1 / PIXEL_RATIO).setDepth(21);
        v = { pin, label, depot, data: m };
        this.views.set(m.id, v);
        const id = m.id;
        hoverable(pin, this.tooltip, () => this.marketNote(id));
        hoverable(depot, this.tooltip, () => this.marketNote(id));
      }
      v.data = m;
      v.pin.setTexture(pinKey(m.status)).setPosition(at.x, at.y);
      const wh = model.warehouses.filter((w) => w.market === m.id);
      v.depot.setVisible(wh.length > 0).setPosition(at.x + PIN_R + 1, at.y + PIN_R - 1);
      v.label.setText(this.labelText(m, wh, f));
    }
    for (const [id, v] of this.views) {
      if (seen.has(id)) continue;
      v.pin.destroy(); v.label.destroy(); v.depot.destroy();
      this.views.delete(id);
    }
    const taken = this.redrawWarnings(model);
    this.placeAll(home, [...taken, ...obstacles]);
  }

  private labelText(m: MarketNode, wh: readonly WarehouseNode[], f: Fmt): string {
    const lines = [f.t('scene.market.title', { name: f.text(m.name), status: f.t(`scene.status.${m.status}`) })];
    if (m.listed && m.revenue !== null) lines.push(f.t('scene.market.revenue', { value: f.moneyShort(m.revenue) }));
    for (const w of wh) {
      const stock = f.t('scene.market.warehouse', { units: f.units(w.units) });
      lines.push(w.inbound > 0 ? f.t('scene.join', { a: stock, b: f.t('scene.market.inbound', { units: f.units(w.inbound) }) }) : stock);
    }
    return lines.join('\n');
  }

  private marketNote(id: string): string {
    const v = this.views.get(id);
    const f = this.fmt;
    if (!v || !f || !this.model) return '';
    const m = v.data;
    const lines = [this.labelText(m, this.model.warehouses.filter((w) => w.market === id), f)];
    if (m.listed && m.profit !== null) lines.push(f.t('scene.market.profit', { value: f.money(m.profit) }));
    if (m.orders !== null && m.listed) lines.push(f.t('scene.market.orders', { orders: f.units(m.orders) }));
    if (m.season) lines.push(f.t('scene.market.season', { name: f.text(m.season) }));
    if (m.crises.length > 0) lines.push(f.t('scene.market.crisis', { names: f.list(m.crises.map((c) => f.text(c))) }));
    if (!m.placed) lines.push(f.t('scene.market.estimated'));
    return lines.join('\n');
  }

  /**
   * Warning icons: one at the upper left of each market an event or crisis
   * touches, and one on each route point where a marker sits off the pins (an
   * event on a carrier, drawn on the lane it disrupts).
   */
  private redrawWarnings(model: WorldModel): Box[] {
    const taken: Box[] = [];
    const seen = new Set<string>();
    const put = (key: string, x: number, y: number, note: () => string): void => {
      seen.add(key);
      let icon = this.warnings.get(key);
      if (!icon) {
        icon = this.scene.add.image(0, 0, 'chuhai-warn').setScale(1 / PIXEL_RATIO).setDepth(25);
        this.warnings.set(key, icon);
      }
      hoverable(icon, this.tooltip, note);
      icon.setPosition(x, y);
      taken.push({ x: x - ICON.warn / 2, y: y - ICON.warn / 2, w: ICON.warn, h: ICON.warn });
    };
    const pins: { x: number; y: number }[] = [];
    for (const m of model.markets) {
      const p = this.toStage(m.at);
      pins.push(p);
      if (m.crises.length === 0) continue;
      const ids = model.crises.filter((c) => c.markets.includes(m.id)).map((c) => c.id);
      put(`m:${m.id}`, p.x, p.y - PIN_R - ICON.warn / 2 - 1, () => ids.map((id) => this.crisisNote(id)).join('\n\n'));
    }
    const home = this.toStage(model.home.at);
    let atHome = 0;
    for (const c of model.crises) {
      const p = this.toStage(c.at);
      if (pins.some((q) => Math.abs(q.x - p.x) < 1 && Math.abs(q.y - p.y) < 1)) continue;
      const id = c.id;
      if (Math.abs(home.x - p.x) < 1 && Math.abs(home.y - p.y) < 1) {
        // Trouble on a carrier the company does not use: shown by China, where every route starts.
        put(`c:${id}`, home.x - (ICON.warn + 1) * atHome, home.y - ICON.home / 2 - ICON.warn / 2 - 1, () => this.crisisNote(id));
        atHome += 1;
      } else put(`c:${id}`, p.x, p.y, () => this.crisisNote(id));
    }
    for (const [key, icon] of this.warnings) if (!seen.has(key)) { icon.destroy(); this.warnings.delete(key); }
    return taken;
  }

  private crisisNote(id: string): string {
    const c = this.model?.crises.find((x) => x.id === id);
    const f = this.fmt;
    if (!c || !f) return '';
    const lines = [f.text(c.name)];
    if (c.startedTurn !== null && c.endsTurn !== null) lines.push(f.t('scene.crisis.until', { from: c.startedTurn, to: c.endsTurn }));
    if (c.needsAnswer) lines.push(f.t('scene.crisis.needsAnswer'));
    if (c.description) lines.push(f.text(c.description));
    return lines.join('\n');
  }

  private placeAll(home: { x: number; y: number }, taken: Box[]): void {
    const bounds: Box = { x: 2, y: TOP_BAR + 2, w: STAGE_W - 4, h: PANEL_TOP - TOP_BAR - 4 };
    const pins = [...this.views.values()];
    taken.push({ x: home.x - ICON.home / 2, y: home.y - ICON.home / 2, w: ICON.home, h: ICON.home });
    for (const v of pins) {
      taken.push({ x: v.pin.x - PIN_R, y: v.pin.y - PIN_R, w: ICON.pin, h: ICON.pin });
      if (v.depot.visible) taken.push({ x: v.depot.x - ICON.warehouse / 2, y: v.depot.y - ICON.warehouse / 2, w: ICON.warehouse, h: ICON.warehouse });
    }
    const texts = [this.homeLabel, ...pins.map((v) => v.label)];
    const anchors = [
      { x: home.x, y: home.y, r: ICON.home / 2, w: this.homeLabel.width, h: this.homeLabel.height },
      ...pins.map((v) => ({ x: v.pin.x, y: v.pin.y, r: PIN_R, w: v.label.width, h: v.label.height })),
    ];
    const spots = placeLabels(anchors, taken, bounds);
    spots.forEach((s, i) => texts[i]!.setPosition(Math.round(s.x), Math.round(s.y)));
  }
}
