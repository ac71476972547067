// A case's headline figure in words (issue 6 §5), built from its `case` block —
// KPI, market, measure, weeks, op and target — in the language chosen:
// "Checkout abandonment in Indonesia, average over weeks 3–14: about 85%". The
// library's cards say it before any game exists (no session, so the numbers are
// formatted from the case file's home currency); the debrief labels its rows with it.
import { count, decimal, moneyShort, percent, type StringKey } from '../../i18n';
import type { App } from './app';
import type { CaseFigure, CaseSummary } from '../catalog';
import { kpiLabel, kpiValue, type KpiFormats } from './kpis';

/** Ratios and targets with only the digits they have (4×, 1.3×, 0.85×). */
function digitsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  return Number.isInteger(x * 10) ? 1 : 2;
}

/** The card's formats: short money (¥720万, CN¥7.2M) and whole percentages where the target is one. */
export function caseFormats(app: App, c: CaseSummary): KpiFormats {
  const lang = app.lang;
  return {
    money: (minor) => moneyShort(lang, minor, c.homeCurrency, c.homeDecimals),
    pct: (f) => percent(lang, f, digitsOf(f * 100) === 0 ? 0 : 1),
    dec: (n, d) => decimal(lang, n, d),
    count: (n) => count(lang, n),
  };
}

function weeks(app: App, range: readonly [number, number]): string {
  return range[0] === range[1] ? app.tr('cases.week', { n: range[0] }) : app.tr('cases.weeks', { a: range[0], b: range[1] });
}

/** A KPI and where: "Checkout abandonment in Indonesia", or the company's "Orders". */
export function kpiSubject(app: App, key: string, market: string | undefined, marketName: (id: string) => string): string {
  const kpi = kpiLabel(app, key);
  return market === undefined ? kpi : app.tr('cases.subjectIn', { kpi, market: marketName(market) });
}

/** What is measured, where and over which weeks: "Return rate in United States, weeks 15–30 against weeks 1–12". */
export function figureSubject(app: App, fig: CaseFigure, marketName: (id: string) => string): string {
  const subject = kpiSubject(app, fig.kpi, fig.market, marketName);
  const w = weeks(app, fig.turns);
  switch (fig.measure) {
    case 'sum': return app.tr('cases.measure.sum', { subject, weeks: w });
    case 'mean': return app.tr('cases.measure.mean', { subject, weeks: w });
    case 'last': return app.tr('cases.measure.last', { subject, weeks: weeks(app, [fig.turns[1], fig.turns[1]]) });
    case 'maxWindowSum': return app.tr('cases.measure.maxWindowSum', { subject, w: fig.window ?? 1 });
    case 'ratio': return fig.plan !== undefined || !fig.baseTurns
      ? app.tr('cases.measure.ratioPlan', { subject, weeks: w })
      : app.tr('cases.measure.ratioBase', { subject, weeks: w, base: weeks(app, fig.baseTurns) });
  }
}

/** A figure's value as its measure gives it: a ratio as "0.31×", else the KPI's own unit. */
export function figureValue(app: App, fig: CaseFigure, value: number, f: KpiFormats, ratioDigits?: number): string {
  if (fig.measure === 'ratio') return app.tr('cases.times', { x: f.dec(value, ratioDigits ?? digitsOf(value)) });
  return kpiValue(app, fig.kpi, value, f);
}

const OP_KEY: Record<CaseFigure['op'], StringKey> = { '~': 'cases.op.about', '>=': 'cases.op.atLeast', '<=': 'cases.op.atMost' };

/** The case's claim: "about 85%", "at least 4×", "at most ¥0". */
export function figureTarget(app: App, fig: CaseFigure, f: KpiFormats): string {
  return app.tr(OP_KEY[fig.op], { v: figureValue(app, fig, fig.target, f) });
}

/** The whole line of a library card. */
export function figureLine(app: App, fig: CaseFigure, f: KpiFormats, marketName: (id: string) => string): string {
  return app.tr('cases.figureLine', { subject: figureSubject(app, fig, marketName), target: figureTarget(app, fig, f) });
}
