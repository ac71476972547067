// The debrief (issue 5 §4): the score and its six parts with the measures behind
// them, the objectives met, the run as charts (the world in 'charts' mode, with a
// table of the same figures for keyboards and screen readers), for a case
// scenario its story and its run beside the as-happened run (caseCompare.ts), and
// the run file to hand in.
import { SCORE_PARTS } from '../../engine/score';
import { serializeRun } from '../../run';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h, paragraphs } from './dom';
import { download } from './title';
import { kpiLabel, kpiValue } from './kpis';
import { caseComparison } from './caseCompare';

export function debriefScreen(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const card = s.scoreCard();
  const score = card.score;
  const box = h('div', { class: 'debrief-screen', 'data-testid': 'debrief' });
  const left = h('section', { class: 'card debrief-score' },
    h('h1', null, tr('debrief.heading', { title: s.scenario.title[app.lang] })),
    h('p', { class: 'score-line' }, h('span', { class: 'score-label' }, tr('debrief.score')), ' ',
      h('strong', { class: 'score', 'data-testid': 'score', 'data-value': score.total }, f.dec(score.total, 2)), h('span', { class: 'muted' }, ' / 100')),
    s.state.endReason ? h('p', null, s.state.endReason[app.lang]) : null);
  const parts = h('ul', { class: 'score-parts' });
  for (const p of SCORE_PARTS) {
    const v = score.parts[p];
    const bar = h('span', { class: 'bar' });
    bar.style.width = `${Math.max(0.5, v)}%`;
    parts.appendChild(h('li', null,
      h('span', { class: 'part-label' }, tr(`score.${p}` as StringKey)),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar),
      h('span', { class: 'part-n' }, f.dec(v, 1)),
      h('span', { class: 'muted small-text' }, tr('debrief.weight', { w: f.pct(s.scenario.scoring[p], 0) }))));
  }
  left.appendChild(parts);
  const m = card.measures;
  left.appendChild(h('dl', { class: 'kv' },
    h('dt', null, tr('debrief.adjustedProfit')), h('dd', null, f.money(m.adjustedProfit)),
    h('dt', null, tr('debrief.runReturn')), h('dd', null, f.pct(m.runReturn)),
    h('dt', null, tr('debrief.revenueGrowth')), h('dd', null, f.dec(m.revenueGrowth, 2), '×'),
    m.dumpingTurns.length > 0 ? [h('dt', null, tr('debrief.dumping')), h('dd', { class: 'neg' }, m.dumpingTurns.join(', '))] : null));
  if (m.objectives.length > 0) {
    left.appendChild(h('h2', null, tr('briefing.objectives')));
    left.appendChild(h('ul', { class: 'plain' }, m.objectives.map((o) => {
      const text = s.scenario.objectives.find((x) => x.id === o.id)?.text[app.lang] ?? o.id;
      return h('li', { class: o.met ? 'met' : 'unmet' }, h('span', { 'aria-hidden': 'true' }, o.met ? '✔ ' : '✖ '),
        o.met ? tr('debrief.met', { text, turn: o.turn ?? 0 }) : tr('debrief.unmet', { text }));
    })));
  }
  left.appendChild(h('div', { class: 'row' },
    h('button', {
      type: 'button', class: 'primary', 'data-testid': 'download-run',
      on: { click: () => download(runFileName(s.scenario.id, s.seedPolicy.studentId), serializeRun(s.runFile())) },
    }, tr('debrief.download')),
    h('button', { type: 'button', on: { click: () => app.leaveGame() } }, tr('debrief.again'))));
  left.appendChild(h('p', { class: 'hint' }, tr('debrief.downloadHint')));

  const right = h('section', { class: 'debrief-right' });
  const compare = caseComparison(app);
  if (compare) right.appendChild(compare);
  if (s.scenario.debrief) {
    right.appendChild(h('section', { class: 'card' },
      h('h2', null, s.scenario.case ? tr('debrief.case') : tr('debrief.lesson')),
      paragraphs(s.scenario.debrief[app.lang])));
  }
  const charts = h('section', { class: 'card charts' }, h('h2', null, tr('debrief.charts')));
  if (app.world) {
    charts.appendChild(app.world.el);
    app.world.setMode('charts');
    app.showWorld();
  }
  charts.appendChild(runTable(app));
  right.appendChild(charts);
  box.append(left, right);
  return box;
}

/** The run turn by turn: the figures the charts draw, as a table. */
export function runTable(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const keys = ['revenue', 'profit', 'orders', 'cash'] as const;
  return h('details', { class: 'run-table' },
    h('summary', null, tr('debrief.table')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('col.turn')), keys.map((k) => h('th', { scope: 'col' }, kpiLabel(app, k))))),
      h('tbody', null, s.reports.map((r) => h('tr', null, h('th', { scope: 'row' }, String(r.turn)),
        keys.map((k) => h('td', null, kpiValue(app, k, r.companies.player!.kpis[k])))))))));
}

export function runFileName(scenarioId: string, studentId: string | undefined): string {
  const who = studentId ? `-${studentId.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40)}` : '';
  return `chuhai-${scenarioId}${who}.run.json`;
}
