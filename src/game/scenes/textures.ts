// The view's images, drawn once with the Canvas 2D API into textures: icons
// (each state has its own shape, not only a colour) and the map's base — ocean,
// graticule and the Natural Earth coastlines of assets/map/land.json — so the
// whole world is one image and one draw call, however many coastline points.
import type Phaser from 'phaser';
import land from '../../../assets/map/land.json';
import { CENTRE_LON, LAT_BOTTOM, LAT_TOP, projectRelative } from '../model';
import type { MarketStatus } from '../model';
import { COLOURS, PIXEL_RATIO, css } from './theme';

type Ctx = CanvasRenderingContext2D;

function canvasTexture(scene: Phaser.Scene, key: string, w: number, h: number, draw: (ctx: Ctx, w: number, h: number) => void): void {
  if (scene.textures.exists(key)) return;
  const tex = scene.textures.createCanvas(key, Math.ceil(w * PIXEL_RATIO), Math.ceil(h * PIXEL_RATIO));
  if (!tex) return;
  const ctx = tex.context;
  ctx.save();
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  draw(ctx, w, h);
  ctx.restore();
  tex.refresh();
}

/** Logical size of each icon (the image is PIXEL_RATIO times larger; shown at 1 / PIXEL_RATIO). */
export const ICON = { pin: 16, home: 20, warehouse: 12, vessel: 16, warn: 14, badge: 9, star: 12 } as const;

function circle(ctx: Ctx, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
}

function pin(status: MarketStatus) {
  return (ctx: Ctx, w: number): void => {
    const c = w / 2;
    circle(ctx, c, c, c - 1);
    ctx.fillStyle = status === 'unlisted' ? '#ffffff' : css(COLOURS.status[status]);
    ctx.fill();
    ctx.lineWidth = status === 'unlisted' ? 2 : 1.5;
    ctx.strokeStyle = status === 'unlisted' ? css(COLOURS.status.unlisted) : '#ffffff';
    ctx.stroke();
    ctx.strokeStyle = status === 'unlisted' ? css(COLOURS.status.unlisted) : '#ffffff';
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    switch (status) {
      case 'selling': ctx.moveTo(c - 3.5, c + 0.2); ctx.lineTo(c - 1, c + 2.8); ctx.lineTo(c + 3.8, c - 2.6); ctx.stroke(); break;
      case 'idle': ctx.moveTo(c - 3.5, c); ctx.lineTo(c + 3.5, c); ctx.stroke(); break;
      case 'lowStock': ctx.moveTo(c, c - 4); ctx.lineTo(c, c + 3); ctx.moveTo(c - 3, c + 0.5); ctx.lineTo(c, c + 3.5); ctx.lineTo(c + 3, c + 0.5); ctx.stroke(); break;
      case 'stockout': ctx.moveTo(c - 3, c - 3); ctx.lineTo(c + 3, c + 3); ctx.moveTo(c + 3, c - 3); ctx.lineTo(c - 3, c + 3); ctx.stroke(); break;
      case 'unlisted': circle(ctx, c, c, 1.8); ctx.fill(); break;
    }
  };
}

function home(ctx: Ctx, w: number): void {
  const c = w / 2;
  circle(ctx, c, c, c - 1);
  ctx.fillStyle = css(COLOURS.home);
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(c, c - 5.5); ctx.lineTo(c + 5.5, c - 0.5); ctx.lineTo(c + 4, c - 0.5); ctx.lineTo(c + 4, c + 5);
  ctx.lineTo(c - 4, c + 5); ctx.lineTo(c - 4, c - 0.5); ctx.lineTo(c - 5.5, c - 0.5); ctx.closePath();
  ctx.fill();
}

function warehouse(ctx: Ctx, w: number, h: number): void {
  ctx.fillStyle = '#33414e';
  ctx.beginPath();
  ctx.roundRect(0.5, 0.5, w - 1, h - 1, 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(2, 5.5); ctx.lineTo(w / 2, 2.2); ctx.lineTo(w - 2, 5.5); ctx.lineTo(w - 2, h - 2); ctx.lineTo(2, h - 2); ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#33414e';
  ctx.fillRect(w / 2 - 1.8, h - 5.5, 3.6, 3.5);
}

function ship(colour: number) {
  return (ctx: Ctx, w: number): void => {
    const c = w / 2;
    circle(ctx, c, c, c - 0.5);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = css(colour);
    ctx.stroke();
    ctx.fillStyle = css(colour);
    ctx.beginPath();
    ctx.moveTo(c - 5.5, c + 0.5); ctx.lineTo(c + 5.5, c + 0.5); ctx.lineTo(c + 3.5, c + 4); ctx.lineTo(c - 3.5, c + 4); ctx.closePath();
    ctx.fill();
    ctx.fillRect(c - 3, c - 3.5, 2.6, 3.4);
    ctx.fillRect(c + 0.2, c - 2.2, 2.6, 2.1);
  };
}

function plane(colour: number) {
  return (ctx: Ctx, w: number): void => {
    const c = w / 2;
    circle(ctx, c, c, c - 0.5);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = css(colour);
    ctx.stroke();
    ctx.fillStyle = css(colour);
    ctx.beginPath();
    // Nose to the right: fuselage, wings, tail.
    ctx.moveTo(c + 5.5, c); ctx.lineTo(c + 3.5, c - 1); ctx.lineTo(c + 0.5, c - 1); ctx.lineTo(c - 2, c - 5);
    ctx.lineTo(c - 3.5, c - 5); ctx.lineTo(c - 2, c - 1); ctx.lineTo(c - 4.2, c - 1); ctx.lineTo(c - 5.2, c - 3);
    ctx.lineTo(c - 6, c - 3); ctx.lineTo(c - 5.4, c); ctx.lineTo(c - 6, c + 3); ctx.lineTo(c - 5.2, c + 3);
    ctx.lineTo(c - 4.2, c + 1); ctx.lineTo(c - 2, c + 1); ctx.lineTo(c - 3.5, c + 5); ctx.lineTo(c - 2, c + 5);
    ctx.lineTo(c + 0.5, c + 1); ctx.lineTo(c + 3.5, c + 1); ctx.closePath();
    ctx.fill();
  };
}

function parcel(colour: number) {
  return (ctx: Ctx, w: number): void => {
    const c = w / 2;
    circle(ctx, c, c, c - 0.5);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = css(colour);
    ctx.stroke();
    ctx.fillStyle = css(colour);
    ctx.fillRect(c - 4, c - 3.5, 8, 7);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(c - 0.6, c - 3.5, 1.2, 7);
  };
}

function warn(ctx: Ctx, w: number, h: number): void {
  ctx.beginPath();
  ctx.moveTo(w / 2, 1); ctx.lineTo(w - 1, h - 1.5); ctx.lineTo(1, h - 1.5); ctx.closePath();
  ctx.fillStyle = css(COLOURS.warn);
  ctx.fill();
  ctx.lineWidth = 1.2;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#4a3300';
  ctx.stroke();
  ctx.fillStyle = '#2b1d00';
  ctx.fillRect(w / 2 - 0.8, 5, 1.6, 4.2);
  ctx.fillRect(w / 2 - 0.8, 10, 1.6, 1.5);
}

function clock(ctx: Ctx, w: number): void {
  const c = w / 2;
  circle(ctx, c, c, c - 0.5);
  ctx.fillStyle = css(COLOURS.delayed);
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.1;
  ctx.beginPath();
  ctx.moveTo(c, c - 2.8); ctx.lineTo(c, c); ctx.lineTo(c + 2.2, c + 1);
  ctx.stroke();
}

function star(ctx: Ctx, w: number): void {
  const c = w / 2;
  ctx.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? c - 0.5 : (c - 0.5) * 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(c + r * Math.cos(a), c + r * Math.sin(a));
  }
  ctx.closePath();
  ctx.fillStyle = '#e0a100';
  ctx.fill();
  ctx.strokeStyle = '#6b4d00';
  ctx.lineWidth = 0.8;
  ctx.stroke();
}

export const STATUSES: readonly MarketStatus[] = ['selling', 'idle', 'lowStock', 'stockout', 'unlisted'];

export function pinKey(status: MarketStatus): string { return `chuhai-pin-${status}`; }
export function vesselKey(mode: string, late: boolean): string { return `chuhai-${mode}${late ? '-late' : ''}`; }

/** Makes every icon texture (once per game: textures are shared by its scenes). */
export function makeIcons(scene: Phaser.Scene): void {
  for (const s of STATUSES) canvasTexture(scene, pinKey(s), ICON.pin, ICON.pin, pin(s));
  canvasTexture(scene, 'chuhai-home', ICON.home, ICON.home, home);
  canvasTexture(scene, 'chuhai-warehouse', ICON.warehouse, ICON.warehouse, warehouse);
  for (const late of [false, true]) {
    canvasTexture(scene, vesselKey('sea', late), ICON.vessel, ICON.vessel, ship(late ? COLOURS.delayed : COLOURS.mode.sea));
    canvasTexture(scene, vesselKey('air', late), ICON.vessel, ICON.vessel, plane(late ? COLOURS.delayed : COLOURS.mode.air));
    canvasTexture(scene, vesselKey('express', late), ICON.vessel, ICON.vessel, parcel(late ? COLOURS.delayed : COLOURS.mode.express));
    canvasTexture(scene, vesselKey('postal', late), ICON.vessel, ICON.vessel, parcel(late ? COLOURS.delayed : COLOURS.mode.postal));
  }
  canvasTexture(scene, 'chuhai-warn', ICON.warn, ICON.warn, warn);
  canvasTexture(scene, 'chuhai-clock', ICON.badge, ICON.badge, clock);
  canvasTexture(scene, 'chuhai-star', ICON.star, ICON.star, star);
}

interface LandFile { centreLon: number; latTop: number; latBottom: number; unit: number; rings: number[][] }

/** Traces the outline of the map frame (its curved sides are the ±180° meridians of the projection). */
function frameOutline(ctx: Ctx, w: number, h: number): void {
  ctx.beginPath();
  for (let lat = LAT_TOP; lat >= LAT_BOTTOM; lat -= 2.5) {
    const p = projectRelative(179.999, lat);
    ctx.lineTo(p.x * w, p.y * h);
  }
  for (let lat = LAT_BOTTOM; lat <= LAT_TOP; lat += 2.5) {
    const p = projectRelative(-180, lat);
    ctx.lineTo(p.x * w, p.y * h);
  }
  ctx.closePath();
}

/** The world: ocean inside the frame, a 30° graticule, land and coastlines; w × h logical pixels. */
export function makeMapBase(scene: Phaser.Scene, key: string, w: number, h: number): void {
  const data = land as LandFile;
  if (data.centreLon !== CENTRE_LON || data.latTop !== LAT_TOP || data.latBottom !== LAT_BOTTOM) {
    throw new Error('assets/map/land.json was built for another map frame: run assets/map/reduce-land.ts again');
  }
  canvasTexture(scene, key, w, h, (ctx) => {
    frameOutline(ctx, w, h);
    const sea = ctx.createLinearGradient(0, 0, 0, h);
    sea.addColorStop(0, COLOURS.oceanTop);
    sea.addColorStop(1, COLOURS.oceanBottom);
    ctx.fillStyle = sea;
    ctx.fill();
    ctx.save();
    frameOutline(ctx, w, h);
    ctx.clip();
    ctx.strokeStyle = COLOURS.graticule;
    ctx.lineWidth = 0.6;
    for (let rel = -150; rel <= 150; rel += 30) {
      ctx.beginPath();
      for (let lat = LAT_BOTTOM; lat <= LAT_TOP; lat += 5) {
        const p = projectRelative(rel, lat);
        ctx.lineTo(p.x * w, p.y * h);
      }
      ctx.stroke();
    }
    for (let lat = -30; lat <= 60; lat += 30) {
      ctx.beginPath();
      for (let rel = -180; rel <= 180; rel += 10) {
        const p = projectRelative(rel, lat);
        ctx.lineTo(p.x * w, p.y * h);
      }
      ctx.stroke();
    }
    ctx.beginPath();
    for (const ring of data.rings) {
      let x = 0;
      let y = 0;
      for (let i = 0; i + 1 < ring.length; i += 2) {
        x += ring[i]!;
        y += ring[i + 1]!;
        const p = projectRelative(x * data.unit, y * data.unit);
        if (i === 0) ctx.moveTo(p.x * w, p.y * h); else ctx.lineTo(p.x * w, p.y * h);
      }
      ctx.closePath();
    }
    ctx.fillStyle = COLOURS.land;
    ctx.fill('evenodd');
    ctx.strokeStyle = COLOURS.coast;
    ctx.lineWidth = 0.7;
    ctx.lineJoin = 'round';
    ctx.stroke();
    ctx.restore();
  });
}
