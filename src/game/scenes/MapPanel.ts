// The strip under the map: peaks coming up (lesson 12: stock must be there in
// time), the crises and events running, and the key to every colour and icon.
import type * as Phaser from 'phaser';
import type { MarketStatus, WorldModel } from '../model';
import type { Fmt } from './format';
import type { StringKey } from '../../i18n';
import { pinKey, vesselKey } from './textures';
import { fitLine } from './fit';
import { COLOURS, PANEL_TOP, PIXEL_RATIO, STAGE_H, STAGE_W, textStyle } from './theme';

const MAX_ITEMS = 4;
const BODY_SIZE = 11;
const COL_W = 226;
const LEGEND_X = 478;
/** The crises column runs from COL_W + 26 to the legend's rule at LEGEND_X - 10 (less a margin). */
const CRISES_W = LEGEND_X - 10 - (COL_W + 26) - 6;
const LEGEND_COL = 106;
const ROW = 15;

type LegendEntry =
  | { kind: 'icon'; texture: string; key: StringKey }
  | { kind: 'line'; colour: number; dash: boolean; key: StringKey };

const STATUS_ORDER: MarketStatus[] = ['selling', 'idle', 'lowStock', 'stockout', 'unlisted'];

const LEGEND: LegendEntry[] = [
  ...STATUS_ORDER.map((s): LegendEntry => ({ kind: 'icon', texture: pinKey(s), key: `scene.status.${s}` as const })),
  { kind: 'icon', texture: 'chuhai-home', key: 'scene.legend.home' },
  { kind: 'icon', texture: 'chuhai-warehouse', key: 'scene.legend.warehouse' },
  { kind: 'icon', texture: 'chuhai-warn', key: 'scene.legend.crisis' },
  { kind: 'icon', texture: vesselKey('sea', true), key: 'scene.legend.delayed' },
  { kind: 'line', colour: COLOURS.mode.sea, dash: false, key: 'scene.mode.sea' },
  { kind: 'line', colour: COLOURS.mode.air, dash: true, key: 'scene.mode.air' },
  { kind: 'icon', texture: vesselKey('express', false), key: 'scene.mode.express' },
  { kind: 'icon', texture: vesselKey('postal', false), key: 'scene.mode.postal' },
  { kind: 'line', colour: COLOURS.disrupted, dash: false, key: 'scene.legend.disrupted' },
];

export class MapPanel {
  private readonly upcomingTitle: Phaser.GameObjects.Text;
  private readonly upcoming: Phaser.GameObjects.Text;
  private readonly crisesTitle: Phaser.GameObjects.Text;
  private readonly crises: Phaser.GameObjects.Text;
  private readonly legendTitle: Phaser.GameObjects.Text;
  private readonly legend: { entry: LegendEntry; text: Phaser.GameObjects.Text }[] = [];

  constructor(scene: Phaser.Scene) {
    const bg = scene.add.graphics();
    bg.fillStyle(0xffffff, 1).fillRect(0, PANEL_TOP, STAGE_W, STAGE_H - PANEL_TOP);
    bg.fillStyle(COLOURS.rule, 1).fillRect(0, PANEL_TOP, STAGE_W, 1);
    bg.fillRect(COL_W + 14, PANEL_TOP + 8, 1, STAGE_H - PANEL_TOP - 16);
    bg.fillRect(LEGEND_X - 10, PANEL_TOP + 8, 1, STAGE_H - PANEL_TOP - 16);
    const y0 = PANEL_TOP + 7;
    const body = (x: number) => scene.add.text(x, y0 + 18, '', { ...textStyle(BODY_SIZE), lineSpacing: 3, maxLines: MAX_ITEMS });
    this.upcomingTitle = scene.add.text(12, y0, '', textStyle(11.5, { bold: true }));
    this.upcoming = body(12);
    this.crisesTitle = scene.add.text(COL_W + 26, y0, '', textStyle(11.5, { bold: true }));
    this.crises = body(COL_W + 26);
    this.legendTitle = scene.add.text(LEGEND_X, y0, '', textStyle(11.5, { bold: true }));
    const g = scene.add.graphics();
    LEGEND.forEach((entry, i) => {
      const col = Math.floor(i / 5);
      const row = i % 5;
      const x = LEGEND_X + col * LEGEND_COL;
      const y = y0 + 24 + row * ROW;
      if (entry.kind === 'icon') {
        scene.add.image(x + 7, y, entry.texture).setScale(1 / PIXEL_RATIO).setDisplaySize(12, 12);
      } else {
        g.lineStyle(2, entry.colour, 1);
        if (entry.dash) { g.lineBetween(x, y, x + 5, y); g.lineBetween(x + 8, y, x + 14, y); } else g.lineBetween(x, y, x + 14, y);
      }
      this.legend.push({ entry, text: scene.add.text(x + 18, y, '', textStyle(10.5)).setOrigin(0, 0.5) });
    });
  }

  redraw(model: WorldModel, f: Fmt): void {
    this.upcomingTitle.setText(f.t('scene.panel.upcoming'));
    this.upcoming.setText(model.upcoming.length === 0 ? f.t('scene.panel.noUpcoming')
      : this.capped(model.upcoming.map((u) => f.t('scene.panel.upcomingItem', { name: f.text(u.name), market: f.list(u.markets.map((m) => f.text(m.name))), turn: u.turn })), f, COL_W - 4));
    this.crisesTitle.setText(f.t('scene.panel.crises'));
    this.crises.setText(model.crises.length === 0 ? f.t('scene.panel.noCrises')
      : this.capped(model.crises.map((c) => {
        const name = f.text(c.name);
        if (c.needsAnswer) return f.t('scene.panel.crisisAnswer', { name });
        return c.endsTurn !== null && c.startedTurn !== null ? f.t('scene.panel.crisisItem', { name, from: c.startedTurn, to: c.endsTurn }) : name;
      }), f, CRISES_W));
    this.legendTitle.setText(f.t('scene.legend.title'));
    for (const l of this.legend) l.text.setText(f.t(l.entry.key));
  }

  /** One line per item, cut to the column; past MAX_ITEMS lines, a count of the rest. */
  private capped(items: string[], f: Fmt, width: number): string {
    const room = items.length > MAX_ITEMS ? MAX_ITEMS - 1 : MAX_ITEMS;
    const cut = (text: string) => f.t('scene.ellipsis', { text });
    const shown = items.slice(0, room).map((s) => fitLine(f.t('scene.bullet', { text: s }), width, BODY_SIZE, cut));
    if (items.length > room) shown.push(f.t('scene.panel.more', { count: items.length - room }));
    return shown.join('\n');
  }
}
