// Routes from China and the goods on them. Sea lanes are solid, air freight
// dashed, express and postal parcels dotted, each in its mode's colour; a route an
// active event disrupts turns orange-red and carries a warning. Shipments sit at
// their share of the voyage and glide there when a turn ends; a delayed one is
// drawn orange with a clock badge.
import * as Phaser from 'phaser';
import { pointAlong, type RouteLine, type ShipmentMarker, type TransportMode, type WorldModel } from '../model';
import type { Fmt } from './format';
import { COLOURS, PIXEL_RATIO } from './theme';
import { ICON, vesselKey } from './textures';
import type { Box } from './placement';
import type { Tooltip } from './Tooltip';
import { hoverable } from './hover';

export type ToStage = (p: { x: number; y: number }) => { x: number; y: number };

const DASH: Record<TransportMode, [number, number] | null> = { sea: null, air: [6, 3.5], express: [2.5, 2.5], postal: [2.5, 2.5] };

function strokePath(g: Phaser.GameObjects.Graphics, pts: readonly { x: number; y: number }[], dash: [number, number] | null): void {
  if (pts.length < 2) return;
  if (!dash) {
    g.beginPath();
    g.moveTo(pts[0]!.x, pts[0]!.y);
    for (let i = 1; i < pts.length; i += 1) g.lineTo(pts[i]!.x, pts[i]!.y);
    g.strokePath();
    return;
  }
  const [on, off] = dash;
  let drawing = true;
  let left = on;
  g.beginPath();
  g.moveTo(pts[0]!.x, pts[0]!.y);
  for (let i = 1; i < pts.length; i += 1) {
    let ax = pts[i - 1]!.x;
    let ay = pts[i - 1]!.y;
    const bx = pts[i]!.x;
    const by = pts[i]!.y;
    let seg = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    while (seg > 0) {
      const step = Math.min(left, seg);
      const f = step / seg;
      ax += (bx - ax) * f;
      ay += (by - ay) * f;
      seg -= step;
      left -= step;
      if (drawing) g.lineTo(ax, ay); else g.moveTo(ax, ay);
      if (left <= 0) { drawing = !drawing; left = drawing ? on : off; }
    }
  }
  g.strokePath();
}

interface Vessel { icon: Phaser.GameObjects.Image; badge: Phaser.GameObjects.Image; items: ShipmentMarker[]; to: { x: number; y: number } }

export class RouteLayer {
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly vessels = new Map<string, Vessel>();
  private readonly markers = new Map<string, Phaser.GameObjects.Image>();
  private routes = new Map<string, RouteLine>();
  private fmt: Fmt | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly toStage: ToStage, private readonly tooltip: Tooltip) {
    this.lines = scene.add.graphics().setDepth(5);
  }

  /** Draws routes now; returns nothing, vessels are drawn by redrawShipments (above the pins). */
  redrawRoutes(model: WorldModel, f: Fmt): void {
    this.fmt = f;
    this.routes = new Map(model.routes.map((r) => [r.key, r]));
    const g = this.lines;
    g.clear();
    for (const r of model.routes) {
      const pts = r.path.map(this.toStage);
      const disrupted = r.disrupted.length > 0;
      // A pale casing under each line keeps it readable over land and sea alike.
      g.lineStyle(r.mode === 'sea' ? 4 : 3.8, 0xffffff, 0.7);
      strokePath(g, pts, null);
      g.lineStyle(r.mode === 'sea' ? 2 : 1.8, disrupted ? COLOURS.disrupted : COLOURS.mode[r.mode], 1);
      strokePath(g, pts, DASH[r.mode]);
    }
    // Parcel routes carry no shipments of their own: a mode icon a third of the way marks them.
    const seen = new Set<string>();
    for (const r of model.routes) {
      if (r.kind !== 'parcel') continue;
      seen.add(r.key);
      let icon = this.markers.get(r.key);
      if (!icon) {
        icon = this.scene.add.image(0, 0, vesselKey(r.mode, false)).setScale(1 / PIXEL_RATIO).setDepth(10);
        this.markers.set(r.key, icon);
      }
      const p = this.toStage(pointAlong(r.path, 0.35));
      icon.setTexture(vesselKey(r.mode, r.disrupted.length > 0)).setPosition(p.x, p.y);
      const key = r.key;
      hoverable(icon, this.tooltip, () => this.routeNote(key));
    }
    for (const [key, icon] of this.markers) if (!seen.has(key)) { icon.destroy(); this.markers.delete(key); }
  }

  private routeNote(key: string): string {
    const r = this.routes.get(key);
    const f = this.fmt;
    if (!r || !f) return '';
    const lines = [f.t('scene.shipment.route', { mode: f.t(`scene.mode.${r.mode}`), carrier: f.text(r.carrierName) })];
    if (r.disrupted.length > 0) lines.push(f.t('scene.route.disrupted', { names: f.list(r.disrupted.map((n) => f.text(n))) }));
    return lines.join('\n');
  }

  /** Where the route icons and vessels are (or are heading), for the labels to keep clear of. */
  obstacles(): Box[] {
    const r = ICON.vessel / 2;
    const out: Box[] = [];
    for (const icon of this.markers.values()) out.push({ x: icon.x - r, y: icon.y - r, w: 2 * r, h: 2 * r });
    for (const v of this.vessels.values()) out.push({ x: v.to.x - r, y: v.to.y - r, w: 2 * r, h: 2 * r });
    return out;
  }

  redrawShipments(model: WorldModel, homeAt: { x: number; y: number }, animate: boolean): void {
    // One icon per batch that left together on one route: same place, same arrival.
    const groups = new Map<string, ShipmentMarker[]>();
    for (const s of model.shipments) {
      const key = `${s.route}|${s.sentTurn}|${s.arrivesTurn}`;
      const g = groups.get(key);
      if (g) g.push(s); else groups.set(key, [s]);
    }
    for (const [key, v] of this.vessels) {
      if (groups.has(key)) continue;
      this.scene.tweens.killTweensOf([v.icon, v.badge]);
      v.icon.destroy();
      v.badge.destroy();
      this.vessels.delete(key);
    }
    for (const [key, items] of groups) {
      const first = items[0]!;
      const late = items.some((s) => s.delayed);
      const to = this.toStage(first.at);
      let v = this.vessels.get(key);
      if (!v) {
        const icon = this.scene.add.image(homeAt.x, homeAt.y, vesselKey(first.mode, late)).setScale(1 / PIXEL_RATIO).setDepth(22);
        const badge = this.scene.add.image(homeAt.x + 6, homeAt.y - 6, 'chuhai-clock').setScale(1 / PIXEL_RATIO).setDepth(23);
        v = { icon, badge, items, to };
        this.vessels.set(key, v);
        const vessel = v;
        hoverable(icon, this.tooltip, () => this.vesselNote(vessel));
      }
      v.items = items;
      v.to = to;
      v.icon.setTexture(vesselKey(first.mode, late));
      v.badge.setVisible(late);
      this.scene.tweens.killTweensOf([v.icon, v.badge]);
      if (animate) {
        this.scene.tweens.add({ targets: v.icon, x: to.x, y: to.y, duration: 700, ease: 'Sine.easeInOut' });
        this.scene.tweens.add({ targets: v.badge, x: to.x + 6, y: to.y - 6, duration: 700, ease: 'Sine.easeInOut' });
      } else {
        v.icon.setPosition(to.x, to.y);
        v.badge.setPosition(to.x + 6, to.y - 6);
      }
    }
  }

  private vesselNote(v: Vessel): string {
    const f = this.fmt;
    if (!f) return '';
    const first = v.items[0]!;
    const r = this.routes.get(first.route);
    const lines = v.items.map((s) => f.t('scene.shipment.item', { product: f.text(s.product), units: f.units(s.units) }));
    if (r) lines.push(f.t('scene.shipment.route', { mode: f.t(`scene.mode.${r.mode}`), carrier: f.text(r.carrierName) }));
    lines.push(f.t('scene.shipment.eta', { sent: first.sentTurn, arrives: first.arrivesTurn }));
    if (v.items.some((s) => s.delayed)) lines.push(f.t('scene.shipment.delayed'));
    if (r && r.disrupted.length > 0) lines.push(f.t('scene.route.disrupted', { names: f.list(r.disrupted.map((n) => f.text(n))) }));
    return lines.join('\n');
  }
}
