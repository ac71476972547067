// The turn screen: the world map (Phaser) with last week's headline figures on the
// left; the decisions on the right, one tab per area, the turn's pending
// decisions (each undoable), the forecast in brief and the End-turn button.
import type { App } from './app';
import { h } from './dom';
import { describeAction } from './describe';
import { forecast } from '../forecast';
import { kpiCell } from './kpis';
import { openCrises } from './crisis';
import { PANELS } from './panels';
import { ACTION_PANEL } from '../actionPanels';
import { seasonsInTurn } from '../model/seasons';
import { pendingRouteWarnings } from './routeNotice';
import { droppedList } from './droppedDecisions';
import { DAMAGED_KEY } from '../save';
import { channelFees } from '../channelFees';

export function playScreen(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const view = s.view();
  const left = h('section', { class: 'play-left', 'aria-label': tr('play.worldLabel') });
  const last = view.lastReport;
  const prev = s.reports.length >= 2 ? s.reports[s.reports.length - 2]!.companies.player ?? null : null;
  left.appendChild(h('div', { class: 'kpi-strip' }, last
    ? (['revenue', 'profit', 'orders', 'conversionRate', 'rating'] as const).map((k) => kpiCell(app, k, last.kpis, prev?.kpis ?? null, true))
    : h('p', { class: 'hint' }, tr('play.noReportYet'))));
  if (app.world) left.appendChild(app.world.el);
  const info = h('div', { class: 'play-info' });
  const peaks = seasonsInTurn(s.scenario, s.state.turn + 1);
  if (peaks.length > 0) {
    const sep = app.lang === 'zh' ? '、' : ', ';
    const names = peaks.map((p) => tr('play.seasonItem', { name: p.name[app.lang], markets: p.markets.map((m) => m.name[app.lang]).join(sep) })).join(app.lang === 'zh' ? '；' : '; ');
    info.appendChild(h('p', { class: 'notice notice-season', 'data-testid': 'season-now' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, '★'), tr('play.seasonNow', { names })));
  }
  const open = openCrises(app);
  for (const c of open) {
    const answered = app.pending.find(`crisis|${c.id}`);
    info.appendChild(h('div', { class: 'notice notice-crisis', role: 'status' },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠'),
      h('span', null, tr('crisis.notice', { title: c.title[app.lang], turn: c.answerBy })),
      answered ? h('span', { class: 'tag' }, tr('crisis.answered')) : null,
      h('button', { type: 'button', 'data-testid': 'crisis-open', on: { click: () => { app.overlay = { kind: 'crisis', id: c.id }; app.renderOverlay(); } } }, tr('crisis.open'))));
  }
  const active = new Set(s.state.objectives);
  const objectives = s.scenario.objectives.filter((o) => active.has(o.id));
  if (objectives.length > 0) {
    info.appendChild(h('details', { class: 'objectives-box' },
      h('summary', null, tr('play.objectives', { n: objectives.length })),
      h('ul', null, objectives.map((o) => h('li', null, o.text[app.lang])))));
  }
  if (s.lastReport) {
    info.appendChild(h('button', { type: 'button', class: 'link', on: { click: () => { app.overlay = { kind: 'report', report: s.lastReport! }; app.renderOverlay(); } } }, tr('play.lastReport')));
  }
  left.appendChild(info);

  const right = h('section', { class: 'play-right', 'aria-label': tr('play.decisionsLabel') });
  const panels = PANELS.filter((p) => p.available(app));
  if (!panels.some((p) => p.id === app.activeTab)) app.activeTab = panels[0]!.id;
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': tr('play.decisionsLabel') });
  panels.forEach((p, i) => {
    const selected = p.id === app.activeTab;
    tablist.appendChild(h('button', {
      type: 'button', role: 'tab', id: `tab-${p.id}`, 'aria-controls': `panel-${p.id}`, 'aria-selected': String(selected),
      tabindex: selected ? '0' : '-1', 'data-testid': `tab-${p.id}`, class: 'tab',
      on: {
        click: () => { app.activeTab = p.id; app.rerenderPlay(`tab-${p.id}`); },
        keydown: (ev: KeyboardEvent) => {
          const k = ev.key;
          const dir = k === 'ArrowRight' ? 1 : k === 'ArrowLeft' ? -1 : 0;
          const to = k === 'Home' ? 0 : k === 'End' ? panels.length - 1 : dir !== 0 ? (i + dir + panels.length) % panels.length : -1;
          if (to < 0) return;
          ev.preventDefault();
          app.activeTab = panels[to]!.id;
          app.rerenderPlay(`tab-${panels[to]!.id}`);
        },
      },
    }, tr(p.label)));
  });
  const panel = panels.find((p) => p.id === app.activeTab)!;
  right.appendChild(tablist);
  right.appendChild(h('div', { class: 'tabpanel', role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, tabindex: '0' }, panel.render(app)));
  right.appendChild(pendingBox(app));
  return h('div', { class: 'play' }, left, right);
}

function pendingBox(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const items = app.pending.list();
  const fc = forecast(s.scenario, s.view(), app.pending.actions() as (Record<string, unknown> & { type: string })[], (c, m) => channelFees(s.state, c, m));
  const box = h('div', { class: 'pending-box' });
  box.appendChild(h('h2', { id: 'pending-heading', tabindex: '-1' }, tr('pending.heading', { n: items.length })));
  // Saved decisions that could not be restored are named until the turn ends, not dropped without a word.
  if (app.droppedDecisions.length > 0) {
    box.appendChild(h('div', { class: 'problem dropped', role: 'status', 'data-testid': 'pending-dropped' },
      h('p', null, h('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠ '), tr('save.droppedNote', { n: app.droppedDecisions.length })),
      // A few lines only: the box sits above the End-turn button (the save box listed more).
      droppedList(app, app.droppedDecisions, 3),
      h('p', { class: 'hint' }, tr('save.damagedKey', { key: DAMAGED_KEY }))));
  }
  if (items.length === 0) box.appendChild(h('p', { class: 'hint' }, tr('pending.empty')));
  else {
    box.appendChild(h('ul', { class: 'pending-list', 'data-testid': 'pending-list' }, items.map((d, i) => {
      const text = describeAction(app, d.action);
      const panel = ACTION_PANEL[d.action.type];
      const open = panel && panel !== 'crisis' && panel !== app.activeTab
        ? h('button', { type: 'button', class: 'link pending-text', title: tr('pending.openPanel'), on: { click: () => { app.activeTab = panel; app.rerenderPlay(`tab-${panel}`); } } }, text)
        : h('span', { class: 'pending-text' }, text);
      return h('li', null, open,
        h('button', { type: 'button', class: 'small', id: `undo-${i}`, 'data-testid': `undo-${i}`, 'aria-label': tr('pending.undoLabel', { what: text }), on: { click: () => app.undoDecision(d.key) } }, tr('pending.undo')));
    })));
  }
  // A listing in a market with no delivery route sells nothing: said here, before the turn ends.
  const noRoute = pendingRouteWarnings(app);
  if (noRoute) box.appendChild(noRoute);
  const warn = fc.warnings.length;
  box.appendChild(h('p', { class: 'forecast-line' },
    h('span', null, tr('forecast.cashAfter'), ' ', h('strong', { class: fc.cashAfter < 0 ? 'neg' : '' }, f.money(fc.cashAfter))),
    ' · ',
    h('span', null, tr('forecast.weeklyExpected'), ' ', h('strong', null, fc.weekly === null ? tr('forecast.noBasis') : f.money(fc.weekly))),
    warn > 0 ? h('button', { type: 'button', class: 'link warn', on: { click: () => { app.activeTab = 'forecast'; app.rerenderPlay('tab-forecast'); } } }, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('forecast.warnings', { n: warn })) : null));
  const last = s.turn + 1 >= s.scenario.turns;
  box.appendChild(h('div', { class: 'end-row' },
    h('details', { class: 'run-info' },
      h('summary', null, tr('play.runInfo')),
      h('p', null, tr('play.seed', { seed: s.seed }), ' · ', tr('play.stateHash'), ' ', h('code', { 'data-testid': 'state-hash' }, s.hash())),
      app.saveError ? h('p', { class: 'neg' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('save.failed', { detail: app.saveError === 'storage' ? tr('save.noStorage') : app.saveError })) : h('p', { class: 'hint' }, tr('save.auto')),
      h('button', { type: 'button', class: 'small', on: { click: () => app.leaveGame() } }, tr('play.leave'))),
    h('button', { type: 'button', class: 'primary big', 'data-testid': 'end-turn', on: { click: () => app.endTurn() } },
      last ? tr('play.endLastTurn') : tr('play.endTurn', { n: s.turn + 1 }))));
  return box;
}
