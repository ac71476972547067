// The strip above the map and the charts: a turn clock (a ring filling as the
// run goes on, and the turn and week in words), the peak season banner — on a
// warm plate while a peak runs, cut to fit with an ellipsis — and cash.
import * as Phaser from 'phaser';
import type { WorldModel } from '../model';
import type { Fmt } from './format';
import { ICON } from './textures';
import { COLOURS, PIXEL_RATIO, STAGE_W, TOP_BAR, textStyle } from './theme';
import { fitLine } from './fit';

const SEASON_SIZE = 11.5;

export class TopBar {
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly clock: Phaser.GameObjects.Text;
  private readonly star: Phaser.GameObjects.Image;
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly season: Phaser.GameObjects.Text;
  private readonly cash: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const bar = scene.add.graphics().setDepth(40);
    bar.fillStyle(0xffffff, 1).fillRect(0, 0, STAGE_W, TOP_BAR);
    bar.fillStyle(COLOURS.rule, 1).fillRect(0, TOP_BAR - 1, STAGE_W, 1);
    this.ring = scene.add.graphics().setDepth(41);
    this.clock = scene.add.text(32, TOP_BAR / 2, '', textStyle(12, { bold: true })).setOrigin(0, 0.5).setDepth(41);
    this.plate = scene.add.graphics().setDepth(41);
    this.star = scene.add.image(0, TOP_BAR / 2, 'chuhai-star').setScale(1 / PIXEL_RATIO).setDepth(42);
    this.season = scene.add.text(0, TOP_BAR / 2, '', textStyle(SEASON_SIZE)).setOrigin(0, 0.5).setDepth(42);
    this.cash = scene.add.text(STAGE_W - 10, TOP_BAR / 2, '', textStyle(12, { bold: true })).setOrigin(1, 0.5).setDepth(41);
  }

  redraw(model: WorldModel, f: Fmt): void {
    const total = Math.max(1, model.totalTurns);
    const share = Math.min(1, model.turn / total);
    const cx = 16;
    const cy = TOP_BAR / 2;
    this.ring.clear();
    this.ring.lineStyle(3, 0xdde4ea, 1).strokeCircle(cx, cy, 8.5);
    if (share > 0) {
      this.ring.lineStyle(3, model.finished ? COLOURS.status.selling : COLOURS.mode.sea, 1);
      this.ring.beginPath();
      this.ring.arc(cx, cy, 8.5, -Math.PI / 2, -Math.PI / 2 + share * Math.PI * 2, false);
      this.ring.strokePath();
    }
    this.clock.setText(model.finished
      ? f.t('scene.clock.finished', { turns: model.turn })
      : model.turn === 0 ? f.t('scene.clock.start', { week: model.week })
        : f.t('scene.clock', { turn: model.turn, total: model.totalTurns, week: model.week }));
    const seasonNames = model.seasons.map((s) => f.t('scene.season.item', { name: f.text(s.name), markets: f.list(s.markets.map((m) => f.text(m.name))) }));
    this.cash.setText(f.t('scene.cash', { value: f.money(model.cash) }));
    const starX = this.clock.x + this.clock.width + 18;
    this.star.setPosition(starX, TOP_BAR / 2).setVisible(seasonNames.length > 0);
    this.season.setX(seasonNames.length > 0 ? starX + ICON.star / 2 + 5 : starX - 6);
    const on = seasonNames.length > 0;
    this.season.setColor(on ? COLOURS.ink : COLOURS.inkSoft).setFontStyle(on ? 'bold' : 'normal');
    const room = Math.max(60, this.cash.x - this.cash.width - 22 - this.season.x);
    const text = on ? f.t('scene.season.now', { names: f.list(seasonNames) }) : f.t('scene.season.none');
    this.season.setText(fitLine(text, room, SEASON_SIZE, (cut) => f.t('scene.ellipsis', { text: cut }), on));
    this.plate.clear();
    if (on) {
      const x0 = starX - ICON.star / 2 - 5;
      this.plate.fillStyle(COLOURS.season.plate, 1).fillRoundedRect(x0, 4, this.season.x + this.season.width + 6 - x0, TOP_BAR - 8, 4);
      this.plate.lineStyle(1, COLOURS.season.edge, 1).strokeRoundedRect(x0, 4, this.season.x + this.season.width + 6 - x0, TOP_BAR - 8, 4);
    }
  }
}
