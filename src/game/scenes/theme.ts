// Colours, sizes and text styles of the world view. Text is dark on light plates
// (contrast ≥ 4.5:1, WCAG AA) and every state shown by colour has its own icon and
// word too. Coordinates are logical: an 800 × 450 stage drawn at twice the pixels
// (camera zoom 2) so text stays sharp when the page scales the canvas up.
import type Phaser from 'phaser';

export const STAGE_W = 800;
export const STAGE_H = 450;
/**
 * Canvas pixels per logical pixel, chosen at mount from the parent's width on
 * screen (× devicePixelRatio), between 1 and 2: text is sharp at the size it is
 * shown and no pixels are drawn that the screen cannot show (each costs time under
 * software rendering). Read it live: `setPixelRatio` changes it before a game starts.
 */
export let PIXEL_RATIO = 2;

export function setPixelRatio(cssWidth: number, devicePixelRatio: number): number {
  const wanted = (cssWidth * devicePixelRatio) / STAGE_W;
  PIXEL_RATIO = Number.isFinite(wanted) && wanted > 0 ? Math.min(2, Math.max(1, Math.ceil(wanted * 4) / 4)) : 2;
  return PIXEL_RATIO;
}
export const TOP_BAR = 30;
export const PANEL_TOP = 350;

export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export const COLOURS = {
  page: 0xf4f7fa,
  pageCss: '#f4f7fa',
  oceanTop: '#cfe2f0',
  oceanBottom: '#e2eef6',
  graticule: 'rgba(70, 110, 150, 0.16)',
  land: '#f3eee2',
  coast: '#a99d84',
  ink: '#14202b',
  inkSoft: '#3d4b57',
  plate: '#ffffff',
  plateAlpha: 0.9,
  /** The hover note: light text on the darkest ink. */
  tooltip: { bg: '#14202b', ink: '#ffffff' },
  rule: 0xc9d3dc,
  home: 0xc62828,
  status: {
    unlisted: 0x6b7682,
    idle: 0x1565c0,
    selling: 0x2e7d32,
    lowStock: 0xb26a00,
    stockout: 0xc62828,
  },
  mode: { sea: 0x1d5a8e, air: 0x6a3d9a, express: 0xad1457, postal: 0x55606b },
  disrupted: 0xd84315,
  delayed: 0xd84315,
  warn: 0xf2b01e,
  /** The season banner's plate in the top bar (text: ink). */
  season: { plate: 0xfff1c9, edge: 0xa87400 },
  chart: { cash: 0x1d5a8e, revenue: 0x2e7d32, profit: 0xad1457, fx: 0x6a3d9a, grid: 0xdde4ea, axis: 0x8a96a1, zero: 0x55606b },
} as const;

/** The label plate's colour as CSS (white at plateAlpha over the map). */
function plateCss(): string {
  const n = parseInt(COLOURS.plate.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${COLOURS.plateAlpha})`;
}

export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

export type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** A text style: `size` in logical pixels, drawn at the stage's pixel ratio. */
export function textStyle(size: number, options: { bold?: boolean; colour?: string; plate?: boolean; align?: string } = {}): TextStyle {
  return {
    fontFamily: FONT,
    fontSize: `${size}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: options.colour ?? COLOURS.ink,
    align: options.align ?? 'left',
    resolution: PIXEL_RATIO,
    ...(options.plate ? { backgroundColor: plateCss(), padding: { x: 3, y: 1 } } : {}),
  };
}
