// One line chart: a few series over the turns, its range labelled with the
// series' own highest and lowest values (figures from the report, no invented
// axis ticks), a zero line where the values cross it, and a pointer readout:
// over the plot the nearest turn is marked and a note gives the turn and each
// series' value there. A compact chart (one row of the exchange-rate column)
// shows its name and latest value on the left instead of the range labels.
import * as Phaser from 'phaser';
import type { SeriesPoint } from '../model';
import type { Tooltip } from './Tooltip';
import { COLOURS, css, textStyle } from './theme';

/** `dashed`: the line is drawn in dashes, so two lines are told apart by their stroke, not their colour alone. */
export interface Line { label: string; colour: number; points: readonly SeriesPoint[]; dashed?: boolean }

export interface ChartFormat {
  value(v: number): string;
  short(v: number): string;
  turn(t: number): string;
  high(text: string): string;
  low(text: string): string;
  /** "label value" in the language's word order. */
  pair(label: string, value: string): string;
  empty: string;
}

const GUTTER = 74;
const COMPACT_GUTTER = 92;

export class LineChart {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly plot: Phaser.GameObjects.Graphics;
  private readonly cursor: Phaser.GameObjects.Graphics;
  private readonly keyMarks: Phaser.GameObjects.Graphics;
  private readonly keyTexts: Phaser.GameObjects.Text[] = [];
  private readonly title: Phaser.GameObjects.Text;
  private readonly high: Phaser.GameObjects.Text;
  private readonly low: Phaser.GameObjects.Text;
  private readonly first: Phaser.GameObjects.Text;
  private readonly last: Phaser.GameObjects.Text;
  private readonly latest: Phaser.GameObjects.Text;
  private readonly empty: Phaser.GameObjects.Text;
  private readonly zone: Phaser.GameObjects.Zone;
  private lines: Line[] = [];
  private fmt: ChartFormat | null = null;
  private turns: number[] = [];
  private lo = 0;
  private hi = 1;
  private readonly px: number;
  private readonly py: number;
  private readonly pw: number;
  private readonly ph: number;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, h: number, private readonly tooltip: Tooltip, private readonly compact = false) {
    const soft = { colour: COLOURS.inkSoft };
    if (compact) {
      this.px = x + COMPACT_GUTTER;
      this.py = y + 7;
      this.pw = w - COMPACT_GUTTER - 10;
      this.ph = h - 14;
    } else {
      this.px = x + GUTTER;
      this.py = y + 30;
      this.pw = w - GUTTER - 14;
      this.ph = h - 30 - 22;
    }
    this.frame = scene.add.graphics();
    this.frame.fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, h, 4);
    this.frame.lineStyle(1, COLOURS.chart.grid, 1).strokeRoundedRect(x, y, w, h, 4);
    this.plot = scene.add.graphics();
    this.cursor = scene.add.graphics();
    this.keyMarks = scene.add.graphics();
    this.title = compact
      ? scene.add.text(x + 10, y + h / 2 - 1, '', textStyle(12, { bold: true })).setOrigin(0, 1)
      : scene.add.text(x + 10, y + 6, '', textStyle(12, { bold: true }));
    this.latest = scene.add.text(x + 10, y + h / 2 + 1, '', textStyle(10, soft)).setVisible(compact);
    this.high = scene.add.text(this.px - 6, this.py, '', textStyle(9.5, soft)).setOrigin(1, 0.5).setVisible(!compact);
    this.low = scene.add.text(this.px - 6, this.py + this.ph, '', textStyle(9.5, soft)).setOrigin(1, 0.5).setVisible(!compact);
    this.first = scene.add.text(this.px, this.py + this.ph + 4, '', textStyle(9.5, soft)).setVisible(!compact);
    this.last = scene.add.text(this.px + this.pw, this.py + this.ph + 4, '', textStyle(9.5, soft)).setOrigin(1, 0).setVisible(!compact);
    this.empty = scene.add.text(this.px + this.pw / 2, this.py + this.ph / 2, '', textStyle(11, soft)).setOrigin(0.5);
    this.zone = scene.add.zone(this.px, this.py, this.pw, this.ph).setOrigin(0, 0).setInteractive();
    this.zone.on('pointermove', (p: Phaser.Input.Pointer) => this.point(p.worldX));
    this.zone.on('pointerout', () => { this.cursor.clear(); this.tooltip.hide(); });
  }

  update(title: string, lines: Line[], fmt: ChartFormat, keyed = true): void {
    this.title.setText(title);
    this.lines = lines;
    this.fmt = fmt;
    const turns = new Set<number>();
    for (const l of lines) for (const p of l.points) turns.add(p.turn);
    this.turns = [...turns].sort((a, b) => a - b);
    const g = this.plot;
    g.clear();
    this.cursor.clear();
    this.keyMarks.clear();
    for (const t of this.keyTexts) t.setVisible(false);
    if (keyed) this.drawKey(lines);
    const has = this.turns.length > 0;
    this.empty.setText(has || this.compact ? '' : fmt.empty);
    this.first.setText(has ? fmt.turn(this.turns[0]!) : '');
    this.last.setText(has && this.turns.length > 1 ? fmt.turn(this.turns[this.turns.length - 1]!) : '');
    const only = lines[0]?.points;
    this.latest.setText(only && only.length > 0 ? fmt.value(only[only.length - 1]!.value) : '');
    if (!has) { this.high.setText(''); this.low.setText(''); return; }
    let max = -Infinity;
    let min = Infinity;
    for (const l of lines) for (const p of l.points) { if (p.value > max) max = p.value; if (p.value < min) min = p.value; }
    this.high.setText(fmt.high(fmt.short(max)));
    this.low.setText(fmt.low(fmt.short(min)));
    this.hi = max;
    this.lo = min;
    if (this.hi === this.lo) { const pad = Math.abs(this.hi) * 0.05 || 1; this.hi += pad; this.lo -= pad; }
    g.lineStyle(1, COLOURS.chart.grid, 1);
    g.lineBetween(this.px, this.py, this.px + this.pw, this.py);
    g.lineBetween(this.px, this.py + this.ph, this.px + this.pw, this.py + this.ph);
    if (this.lo < 0 && this.hi > 0) {
      g.lineStyle(1, COLOURS.chart.zero, 0.9);
      const zy = this.yOf(0);
      g.lineBetween(this.px, zy, this.px + this.pw, zy);
    }
    for (const l of lines) {
      if (l.points.length === 0) continue;
      g.lineStyle(2, l.colour, 1);
      const pts = l.points.map((p) => ({ x: this.xOf(p.turn), y: this.yOf(p.value) }));
      if (l.dashed) dashes(g, pts);
      else {
        g.beginPath();
        pts.forEach((p, i) => { if (i === 0) g.moveTo(p.x, p.y); else g.lineTo(p.x, p.y); });
        g.strokePath();
      }
      const end = l.points[l.points.length - 1]!;
      g.fillStyle(l.colour, 1).fillCircle(this.xOf(end.turn), this.yOf(end.value), 2.5);
    }
  }

  /** The key, right-aligned on the title row: a short stroke in each line's colour and its name. */
  private drawKey(lines: Line[]): void {
    const g = this.keyMarks;
    let x = this.px + this.pw;
    const y = this.title.y;
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      let t = this.keyTexts[i];
      if (!t) {
        t = this.title.scene.add.text(0, y, '', textStyle(10.5, { bold: true }));
        this.keyTexts[i] = t;
      }
      const line = lines[i]!;
      t.setText(line.label).setColor(css(line.colour)).setVisible(true);
      x -= t.width;
      t.setPosition(x, y);
      g.lineStyle(2.5, line.colour, 1);
      const ky = y + t.height / 2;
      if (line.dashed) dashes(g, [{ x: x - 22, y: ky }, { x: x - 4, y: ky }]);
      else g.lineBetween(x - 22, ky, x - 4, ky);
      x -= 36;
    }
  }

  private xOf(turn: number): number {
    const a = this.turns[0] ?? 0;
    const b = this.turns[this.turns.length - 1] ?? 1;
    return b === a ? this.px + this.pw / 2 : this.px + ((turn - a) / (b - a)) * this.pw;
  }

  private yOf(v: number): number {
    return this.py + this.ph - ((v - this.lo) / (this.hi - this.lo)) * this.ph;
  }

  /** The pointer's nearest turn: a cursor line, a dot per series and a note with the values. */
  private point(worldX: number): void {
    const fmt = this.fmt;
    if (!fmt || this.turns.length === 0) return;
    let turn = this.turns[0]!;
    let best = Infinity;
    for (const t of this.turns) {
      const d = Math.abs(this.xOf(t) - worldX);
      if (d < best) { best = d; turn = t; }
    }
    const x = this.xOf(turn);
    const c = this.cursor;
    c.clear();
    c.lineStyle(1, COLOURS.chart.axis, 1).lineBetween(x, this.py, x, this.py + this.ph);
    const notes = [fmt.turn(turn)];
    let topY = this.py + this.ph;
    for (const l of this.lines) {
      const p = l.points.find((q) => q.turn === turn);
      if (!p) continue;
      const y = this.yOf(p.value);
      topY = Math.min(topY, y);
      c.fillStyle(0xffffff, 1).fillCircle(x, y, 3.5);
      c.fillStyle(l.colour, 1).fillCircle(x, y, 2.5);
      notes.push(fmt.pair(l.label, fmt.value(p.value)));
    }
    this.tooltip.show(x, topY, notes.join('\n'));
  }

  /** Shows or hides the whole chart (unused rows of the exchange-rate column). */
  setShown(on: boolean): void {
    for (const o of [this.frame, this.plot, this.cursor, this.keyMarks, this.title, this.empty]) o.setVisible(on);
    for (const o of [this.high, this.low, this.first, this.last]) o.setVisible(on && !this.compact);
    this.latest.setVisible(on && this.compact);
    if (!on) for (const t of this.keyTexts) t.setVisible(false);
    if (on) this.zone.setInteractive(); else this.zone.disableInteractive();
  }
}

const DASH = 5;
const GAP = 3.5;

/** A polyline in dashes, the pattern running on across its corners. */
function dashes(g: Phaser.GameObjects.Graphics, pts: readonly { x: number; y: number }[]): void {
  let on = true;
  let left = DASH;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    let done = 0;
    while (done < len) {
      const step = Math.min(left, len - done);
      if (on) {
        const s = done / len;
        const e = (done + step) / len;
        g.lineBetween(a.x + (b.x - a.x) * s, a.y + (b.y - a.y) * s, a.x + (b.x - a.x) * e, a.y + (b.y - a.y) * e);
      }
      done += step;
      left -= step;
      if (left <= 0) { on = !on; left = on ? DASH : GAP; }
    }
  }
}
