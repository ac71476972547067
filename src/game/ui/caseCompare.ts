// The case debrief's comparison (issue 6 §5): the student's run beside the
// as-happened run on the same seed — the case's figures (against the case's own
// target), the score and its parts, and headline figures of both runs, with the
// reconstructed moves in the case's own words (asHappened.description). The
// as-happened run is played in the background (src/game/caseRuns.ts); until it is
// done its column says how far it has got. Numbers come from RunSummary; this
// file only formats them.
import { SCORE_PARTS } from '../../engine/score';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import type { Session } from '../session';
import { asHappenedBeside, summariseRun, type AsHappenedPlay, type RunSummary } from '../caseRuns';
import { h } from './dom';
import { caseSourceParts } from '../catalog';
import { kpiValue } from './kpis';
import { figureSubject, figureTarget, figureValue, kpiSubject } from './caseFigureText';

const TESTID = 'case-compare';
type Who = 'you' | 'ah';

/** The comparison card, or null when the scenario is not a case. */
export function caseComparison(app: App): HTMLElement | null {
  const s = app.session!;
  if (!s.scenario.case) return null;
  const tr = app.tr.bind(app);
  const you = summariseRun(s);
  const play = s.scenario.asHappened ? asHappenedBeside(s, (p) => refresh(app, s, p), () => app.session !== s) : null;
  const other = play?.done ?? null;
  const state = !play ? 'none' : other ? 'done' : play.error !== null ? 'error' : 'playing';
  const box = h('section', { class: 'card case-compare', 'data-testid': TESTID, 'data-state': state, 'aria-labelledby': 'case-compare-heading', 'aria-busy': String(state === 'playing') },
    h('h2', { id: 'case-compare-heading' }, tr('compare.heading')),
    play ? h('p', { class: 'hint' }, tr('compare.hint', { seed: String(s.seed) })) : h('p', { class: 'hint' }, tr('compare.noScript')));
  // What the reconstructed column played, in the case's own words (text from the scenario file, shown as text).
  const moves = s.scenario.asHappened?.description?.[app.lang];
  if (play && moves) box.appendChild(h('p', { class: 'compare-moves', 'data-testid': 'as-happened-moves' }, moves));
  if (play && state === 'playing') box.appendChild(progressLine(app, play));
  if (play?.error) box.appendChild(h('p', { class: 'neg', role: 'alert' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('compare.failed', { detail: play.error })));
  const cols = play !== null;
  box.appendChild(figuresTable(app, you, other, cols));
  box.appendChild(h('div', { class: 'compare-grid' }, scoreTable(app, you, other, cols), kpiTable(app, you, other, cols)));
  // A script may end the company's run early (the hidden-costs case stops the project after week 12).
  if (other?.endReason && other.weeks < s.scenario.turns) {
    box.appendChild(h('p', { class: 'compare-ended', 'data-testid': 'as-happened-ended' }, tr('compare.ahEnded', { n: other.weeks, reason: other.endReason[app.lang] })));
  }
  return box;
}

function progressLine(app: App, play: AsHappenedPlay): HTMLElement {
  return h('p', { class: 'compare-progress' },
    h('progress', { max: play.total, value: play.turn, 'aria-label': app.tr('compare.progress'), 'data-testid': 'as-happened-progress' }),
    ' ', h('span', { class: 'compare-progress-text' }, app.tr('compare.playing', { n: play.turn, total: play.total })));
}

/** After each as-happened turn: the progress line, and the whole card once the run is over. */
function refresh(app: App, s: Session, play: AsHappenedPlay): void {
  if (app.session !== s || app.screen.name !== 'debrief') return;
  const el = document.querySelector(`[data-testid="${TESTID}"]`);
  if (!el) return;
  if (play.done || play.error !== null) {
    const next = caseComparison(app);
    if (next) el.replaceWith(next);
    if (play.done) app.announce(app.tr('compare.ready'));
    return;
  }
  const line = el.querySelector('.compare-progress');
  if (line) line.replaceWith(progressLine(app, play));
}

function cell(who: Who, row: string, value: number | null, text: string, extra: Node | null = null): HTMLElement {
  return h('td', { class: `num col-${who}`, 'data-testid': `cmp-${who}-${row}`, 'data-value': value === null ? '' : value }, text, extra);
}

/** The as-happened column while it is still being played. */
function waiting(row: string): HTMLElement {
  return h('td', { class: 'num col-ah muted', 'data-testid': `cmp-ah-${row}` }, '…');
}

function head(app: App, first: StringKey, cols: boolean, target = false): HTMLElement {
  const tr = app.tr.bind(app);
  return h('thead', null, h('tr', null,
    h('th', { scope: 'col' }, tr(first)),
    target ? h('th', { scope: 'col', class: 'num' }, tr('col.target')) : null,
    h('th', { scope: 'col', class: 'num' }, tr('col.yours')),
    cols ? h('th', { scope: 'col', class: 'num' }, tr('compare.asHappened')) : null));
}

function figuresTable(app: App, you: RunSummary, other: RunSummary | null, cols: boolean): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const market = (id: string) => f.market(id);
  const holds = (yes: boolean) => h('span', { class: `holds ${yes ? 'holds-yes' : 'holds-no'}` },
    h('span', { 'aria-hidden': 'true' }, yes ? '✔ ' : '✖ '), yes ? tr('debrief.asInCase') : tr('debrief.notAsInCase'));
  const result = you.figures!;
  return h('table', { class: 'data compare-table compare-figures' },
    h('caption', null, tr('debrief.caseFigures', { source: caseSourceText(app, result.source) })),
    head(app, 'col.figure', cols, true),
    h('tbody', null, result.figures.map((fig, i) => {
      const mine = cell('you', `fig-${i}`, fig.value, fig.value === null ? '—' : figureValue(app, fig, fig.value, f, 2), holds(fig.holds));
      const theirs = other?.figures?.figures[i];
      return h('tr', null,
        h('th', { scope: 'row' }, figureSubject(app, fig, market)),
        h('td', { class: 'num' }, figureTarget(app, fig, f)),
        mine,
        !cols ? null : theirs ? cell('ah', `fig-${i}`, theirs.value, theirs.value === null ? '—' : figureValue(app, theirs, theirs.value, f, 2), holds(theirs.holds)) : waiting(`fig-${i}`));
    })));
}

function scoreTable(app: App, you: RunSummary, other: RunSummary | null, cols: boolean): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const row = (id: string, label: string, pick: (r: RunSummary) => number, digits: number, strong = false) => h('tr', { class: strong ? 'total' : null },
    h('th', { scope: 'row' }, label),
    cell('you', id, pick(you), f.dec(pick(you), digits)),
    !cols ? null : other ? cell('ah', id, pick(other), f.dec(pick(other), digits)) : waiting(id));
  return h('table', { class: 'data compare-table' },
    h('caption', null, tr('compare.score')),
    head(app, 'compare.measure', cols),
    h('tbody', null,
      row('score', tr('compare.total'), (r) => r.card.score.total, 2, true),
      SCORE_PARTS.map((p) => row(`part-${p}`, tr(`score.${p}` as StringKey), (r) => r.card.score.parts[p], 1))));
}

function kpiTable(app: App, you: RunSummary, other: RunSummary | null, cols: boolean): HTMLElement {
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const row = (id: string, label: string, pick: (r: RunSummary) => number | null, show: (v: number) => string) => {
    const text = (v: number | null) => (v === null ? '—' : show(v));
    return h('tr', null,
      h('th', { scope: 'row' }, label),
      cell('you', id, pick(you), text(pick(you))),
      !cols ? null : other ? cell('ah', id, pick(other), text(pick(other))) : waiting(id));
  };
  return h('table', { class: 'data compare-table' },
    h('caption', null, tr('compare.kpis')),
    head(app, 'compare.measure', cols),
    h('tbody', null,
      row('weeks', tr('compare.weeks'), (r) => r.weeks, (v) => f.count(v)),
      row('totalRevenue', tr('compare.totalRevenue'), (r) => r.headline.totalRevenue, (v) => f.money(v)),
      row('totalProfit', tr('compare.totalProfit'), (r) => r.headline.totalProfit, (v) => f.money(v)),
      row('totalOrders', tr('compare.totalOrders'), (r) => r.headline.totalOrders, (v) => f.count(v)),
      row('finalCash', tr('compare.finalCash'), (r) => r.headline.finalCash, (v) => f.money(v)),
      you.kpiMeans.map((m, i) => row(`mean-${m.kpi}${m.market ? `-${m.market}` : ''}`,
        tr('compare.weeklyMean', { subject: kpiSubject(app, m.kpi, m.market, (id) => f.market(id)) }),
        (r) => r.kpiMeans[i]?.value ?? null, (v) => kpiValue(app, m.kpi, v)))));
}

/** The case's source as a reader cites it ("course document 004, section 06, failure 4"), or as written when it has another form. */
function caseSourceText(app: App, source: string): string {
  const p = caseSourceParts(source);
  if (!p) return source;
  return app.tr('cases.source', { doc: p.doc, section: p.section, outcome: app.tr(`cases.sourceOutcome.${p.outcome}`), n: p.n });
}
