// The charts scene: cash, weekly revenue and profit, and the exchange rates of
// the scenario's currencies, turn by turn, each point a figure of a turn report.
// Pointing at a chart reads out the turn and the values (LineChart).
import * as Phaser from 'phaser';
import type { ChartSeries } from '../model';
import type { Redrawable, Store } from './store';
import { Fmt } from './format';
import { makeIcons } from './textures';
import { COLOURS, PIXEL_RATIO, STAGE_H, STAGE_W, TOP_BAR, textStyle } from './theme';
import { Tooltip } from './Tooltip';
import { TopBar } from './TopBar';
import { LineChart, type ChartFormat } from './LineChart';

const FX_ROWS = 6;
const FX_X = 500;
const FX_TOP = 78;
const FX_H = STAGE_H - 10 - FX_TOP;

export class ChartsScene extends Phaser.Scene implements Redrawable {
  private parts: {
    top: TopBar; title: Phaser.GameObjects.Text; hint: Phaser.GameObjects.Text; fxTitle: Phaser.GameObjects.Text;
    cash: LineChart; weekly: LineChart; fx: LineChart[]; tooltip: Tooltip;
  } | null = null;
  private stale = false;

  constructor(private readonly store: Store) {
    super({ key: 'charts' });
  }

  create(): void {
    const cam = this.cameras.main;
    cam.setZoom(PIXEL_RATIO);
    cam.centerOn(STAGE_W / 2, STAGE_H / 2);
    makeIcons(this);
    const top = new TopBar(this);
    const title = this.add.text(12, TOP_BAR + 10, '', textStyle(13, { bold: true }));
    const hint = this.add.text(STAGE_W - 12, TOP_BAR + 12, '', textStyle(10.5, { colour: COLOURS.inkSoft })).setOrigin(1, 0);
    const tooltip = new Tooltip(this);
    const cash = new LineChart(this, 10, 62, 480, 182, tooltip);
    const weekly = new LineChart(this, 10, 252, 480, 188, tooltip);
    const fxTitle = this.add.text(FX_X + 4, 62, '', textStyle(12, { bold: true }));
    const rowH = FX_H / FX_ROWS;
    const fx: LineChart[] = [];
    for (let i = 0; i < FX_ROWS; i += 1) fx.push(new LineChart(this, FX_X, FX_TOP + i * rowH, STAGE_W - 10 - FX_X, rowH - 4, tooltip, true));
    this.parts = { top, title, hint, fxTitle, cash, weekly, fx, tooltip };
    tooltip.hide();
    this.events.on(Phaser.Scenes.Events.WAKE, () => { if (this.stale) this.redraw(); });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => { this.store.detach(this); this.parts = null; });
    this.store.attach(this);
    this.redraw();
  }

  redraw(): void {
    const parts = this.parts;
    if (!parts) return;
    if (this.sys.isSleeping()) { this.stale = true; return; }
    this.stale = false;
    const { model, lang } = this.store;
    const f = new Fmt(lang, model.homeCurrency, model.homeDecimals);
    parts.tooltip.hide();
    parts.top.redraw(model, f);
    parts.title.setText(f.t('scene.charts.title'));
    parts.hint.setText(f.t('scene.charts.hint'));
    const moneyFmt = this.format(f, (v) => f.money(v), (v) => f.moneyShort(v));
    parts.cash.update(f.t('scene.charts.cash'), [{ label: f.t('scene.charts.cash'), colour: COLOURS.chart.cash, points: model.charts.cash.points }], moneyFmt, false);
    parts.weekly.update(f.t('scene.charts.weekly'), [
      { label: f.t('scene.charts.revenue'), colour: COLOURS.chart.revenue, points: model.charts.revenue.points },
      { label: f.t('scene.charts.profit'), colour: COLOURS.chart.profit, points: model.charts.profit.points, dashed: true },
    ], moneyFmt);
    parts.fxTitle.setText(f.t('scene.charts.fx', { home: model.homeCurrency }));
    const rateFmt = this.format(f, (v) => f.rate(v), (v) => f.rate(v));
    parts.fx.forEach((chart, i) => {
      const s: ChartSeries | undefined = model.charts.fx[i];
      chart.setShown(s !== undefined);
      if (s) chart.update(s.currency, [{ label: s.currency, colour: COLOURS.chart.fx, points: s.points }], rateFmt, false);
    });
  }

  private format(f: Fmt, value: (v: number) => string, short: (v: number) => string): ChartFormat {
    return {
      value, short,
      turn: (t) => f.t('scene.charts.turn', { turn: t }),
      high: (s) => f.t('scene.charts.high', { value: s }),
      low: (s) => f.t('scene.charts.low', { value: s }),
      pair: (label, v) => f.t('scene.charts.value', { label, value: v }),
      empty: f.t('scene.charts.empty'),
    };
  }
}

