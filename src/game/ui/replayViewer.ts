// The graders' replay viewer (issue 5 §6; DESIGN.md §1 "a grader can also open any
// run in the browser and step through it turn by turn"): load a run file, find its
// scenario among the shipped ones by id and hash (or ask for the file), verify it
// with the engine exactly as `chuhai replay` does, then step through its turns with
// the same map, reports and charts as the game.
import { scenarioHash, type Scenario } from '../../engine';
import { precheck, replayRun, type RunFile } from '../../run';
import { loadScenario } from '../../scenario/load';
import type { App } from './app';
import { h } from './dom';
import { reportBody } from './report';
import { WorldHost } from './worldHost';
import { Session } from '../session';
import { kpiLabel } from './kpis';

const MAX_RUN_BYTES = 5 * 1024 * 1024;

export interface ReplayViewer {
  runName: string;
  run: RunFile | null;
  scenario: Scenario | null;
  stage: 'needScenario' | 'failed' | 'ok';
  message: string;
  session: Session | null;
  turn: number;
  mode: 'map' | 'charts';
  world: WorldHost | null;
}

export async function loadRunFile(app: App, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const viewer: ReplayViewer = { runName: file.name, run: null, scenario: null, stage: 'failed', message: '', session: null, turn: 0, mode: 'map', world: null };
  if (file.size > MAX_RUN_BYTES) { viewer.message = app.tr('replay.tooBig'); app.go({ name: 'replay', viewer }); return; }
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (err) {
    viewer.message = `${app.tr('replay.notJson')} ${err instanceof Error ? err.message : ''}`;
    app.go({ name: 'replay', viewer });
    return;
  }
  const early = precheck(value);
  if (early) { viewer.message = `${early.status}: ${early.detail}`; app.go({ name: 'replay', viewer }); return; }
  viewer.run = value as RunFile;
  const want = viewer.run.scenario as { id?: unknown; hash?: unknown } | undefined;
  for (const e of app.scenarios()) {
    if (!want || e.id !== want.id) continue;
    const loaded = loadScenario(e.text);
    if (loaded.ok && scenarioHash(loaded.scenario) === want.hash) { viewer.scenario = loaded.scenario; break; }
  }
  if (!viewer.scenario) { viewer.stage = 'needScenario'; app.go({ name: 'replay', viewer }); return; }
  verify(app, viewer);
}

function verify(app: App, viewer: ReplayViewer): void {
  const result = replayRun(viewer.scenario!, viewer.run);
  if (!result.ok) {
    viewer.stage = 'failed';
    viewer.message = `${result.status}: ${result.detail}`;
    app.go({ name: 'replay', viewer });
    return;
  }
  // Verified: rebuild the run turn by turn to keep every state for the map.
  const run = viewer.run!;
  const session = new Session({ scenario: viewer.scenario!, scenarioText: '', seed: run.seed, seedPolicy: run.seedPolicy });
  for (const t of run.turns) session.play(t.actions);
  viewer.session = session;
  viewer.stage = 'ok';
  viewer.turn = session.reports.length;
  viewer.message = result.complete ? app.tr('replay.okComplete', { score: app.fmtFor(viewer.scenario!).dec(result.score.total, 2) }) : app.tr('replay.okIncomplete', { n: run.turns.length, total: viewer.scenario!.turns, score: app.fmtFor(viewer.scenario!).dec(result.score.total, 2) });
  viewer.world = new WorldHost(app.lang);
  app.go({ name: 'replay', viewer });
}

async function loadScenarioFile(app: App, viewer: ReplayViewer, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const loaded = loadScenario(new Uint8Array(await file.arrayBuffer()));
  if (!loaded.ok) {
    viewer.message = loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    app.go({ name: 'replay', viewer });
    return;
  }
  viewer.scenario = loaded.scenario;
  verify(app, viewer);
}

export function replayScreen(app: App, viewer: ReplayViewer): HTMLElement {
  const tr = app.tr.bind(app);
  const box = h('div', { class: 'replay-screen', 'data-testid': 'replay' });
  const head = h('div', { class: 'replay-head' },
    h('h1', null, tr('replay.heading', { name: viewer.runName })),
    h('button', { type: 'button', on: { click: () => { viewer.world?.destroy(); app.go({ name: 'title' }); } } }, tr('nav.back')));
  box.appendChild(head);
  if (viewer.stage === 'needScenario') {
    const run = viewer.run!;
    box.appendChild(h('section', { class: 'card' },
      h('p', null, tr('replay.needScenario', { id: String(run.scenario?.id ?? '?'), hash: String(run.scenario?.hash ?? '?') })),
      h('label', { class: 'file-label', for: 'replay-scenario' }, tr('scenarios.openFile')),
      h('input', { id: 'replay-scenario', type: 'file', accept: '.json,application/json', 'data-testid': 'load-run-scenario', on: { change: (e: Event) => void loadScenarioFile(app, viewer, e.target as HTMLInputElement) } }),
      viewer.message ? h('pre', { class: 'problems', role: 'alert' }, viewer.message) : null));
    return box;
  }
  if (viewer.stage === 'failed') {
    box.appendChild(h('section', { class: 'card problem' },
      h('p', { role: 'alert', 'data-testid': 'replay-status', 'data-status': 'failed' }, h('span', { 'aria-hidden': 'true' }, '✖ '), tr('replay.failed')),
      h('pre', { class: 'detail' }, viewer.message)));
    return box;
  }
  const s = viewer.session!;
  const f = app.fmtFor(s.scenario);
  const run = viewer.run!;
  box.appendChild(h('p', { class: 'verified', 'data-testid': 'replay-status', 'data-status': 'ok' },
    h('span', { 'aria-hidden': 'true' }, '✔ '), viewer.message, ' · ', s.scenario.title[app.lang],
    ' · ', tr('replay.student', { id: run.seedPolicy.studentId ?? '—', seed: run.seed }),
    ' · ', tr('play.stateHash'), ' ', h('code', { 'data-testid': 'replay-hash' }, run.final.hash)));
  const n = s.reports.length;
  const step = (to: number) => { viewer.turn = Math.max(0, Math.min(n, to)); app.render(); document.getElementById('replay-range')?.focus(); };
  const range = h('input', { type: 'range', id: 'replay-range', min: '0', max: String(n), value: String(viewer.turn), 'aria-valuetext': tr('replay.turnOf', { n: viewer.turn, total: n }) });
  range.addEventListener('change', () => step(Number(range.value)));
  box.appendChild(h('div', { class: 'stepper' },
    h('button', { type: 'button', 'data-testid': 'replay-prev', disabled: viewer.turn <= 0, on: { click: () => step(viewer.turn - 1) } }, '◀ ', tr('replay.prev')),
    h('label', { for: 'replay-range' }, tr('replay.turn')), range,
    h('strong', { 'data-testid': 'replay-turn', 'data-value': viewer.turn }, tr('replay.turnOf', { n: viewer.turn, total: n })),
    h('button', { type: 'button', 'data-testid': 'replay-next', disabled: viewer.turn >= n, on: { click: () => step(viewer.turn + 1) } }, tr('replay.next'), ' ▶'),
    h('button', { type: 'button', 'aria-pressed': String(viewer.mode === 'charts'), on: { click: () => { viewer.mode = viewer.mode === 'map' ? 'charts' : 'map'; viewer.world?.setMode(viewer.mode); app.render(); } } }, tr('replay.charts'))));
  const grid = h('div', { class: 'replay-grid' });
  const left = h('div', { class: 'replay-world' });
  if (viewer.world) {
    left.appendChild(viewer.world.el);
    viewer.world.show({ scenario: s.scenario, state: s.states[viewer.turn]!, reports: s.reports.slice(0, viewer.turn) });
  }
  const cash = s.states[viewer.turn]!.companies.player!.cash;
  left.appendChild(h('p', null, kpiLabel(app, 'cash'), ': ', h('strong', null, f.money(cash))));
  grid.appendChild(left);
  const right = h('div', { class: 'replay-report' });
  if (viewer.turn === 0) right.appendChild(h('p', { class: 'hint' }, tr('replay.opening')));
  else {
    const report = s.reports[viewer.turn - 1]!;
    right.appendChild(h('h2', null, tr('report.title', { n: report.turn, week: report.week })));
    const actions = run.turns[viewer.turn - 1]!.actions;
    right.appendChild(h('details', { class: 'actions' }, h('summary', null, tr('replay.actions', { n: actions.length })),
      h('pre', null, actions.map((a) => JSON.stringify(a)).join('\n'))));
    right.appendChild(reportBody(app, report, viewer.turn >= 2 ? s.reports[viewer.turn - 2]! : null, s.states[viewer.turn]!.companies.player ?? null));
  }
  grid.appendChild(right);
  box.appendChild(grid);
  return box;
}
