// The graders' replay viewer (issue 5 §6; DESIGN.md §1 "a grader can also open any
// run in the browser and step through it turn by turn"): load a run file, find its
// scenario among the shipped ones by id and hash (or ask for the file), verify it
// with the engine exactly as `chuhai replay` does (reading it as the CLI does:
// runInput.ts), then step through its turns with the same map, reports and charts
// as the game.
import type { Scenario } from '../../engine';
import { replayCheckedRun, type GradeStatus, type RunFile } from '../../run';
import { loadScenario } from '../../scenario/load';
import { inputText } from '../../scenario/inputText';
import { readRunBytes } from '../runInput';
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { h } from './dom';
import { filePick } from './filePick';
import { reportBody } from './report';
import { WorldHost } from './worldHost';
import { Session } from '../session';
import { describeAction } from './describe';

const MAX_RUN_BYTES = 5 * 1024 * 1024;

export interface ReplayViewer {
  runName: string;
  run: RunFile | null;
  scenario: Scenario | null;
  stage: 'needScenario' | 'failed' | 'ok';
  message: string;
  /** needScenario: the engine hashes of the shipped versions of the run's scenario (empty when none is shipped). */
  shipped?: string[];
  /** Why the run failed its check, when the check said (the sentence in the player's language; `message` keeps the technical detail). */
  status?: GradeStatus;
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
  // The bytes, not file.text(): that would read a UTF-16 or Latin-1 file with replacement characters.
  const read = readRunBytes(new Uint8Array(await file.arrayBuffer()), app.scenarios());
  if (!read.ok) { viewer.status = read.status; viewer.message = `${read.status}: ${read.detail}`; app.go({ name: 'replay', viewer }); return; }
  viewer.run = read.run;
  if (read.scenario === null) { viewer.stage = 'needScenario'; viewer.shipped = read.shipped; app.go({ name: 'replay', viewer }); return; }
  viewer.scenario = read.scenario;
  verify(app, viewer);
}

function verify(app: App, viewer: ReplayViewer): void {
  const result = replayCheckedRun(viewer.scenario!, viewer.run!);
  if (!result.ok) {
    viewer.stage = 'failed';
    viewer.status = result.status;
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
    const { id, hash } = viewer.run!.scenario;
    const shipped = viewer.shipped ?? [];
    // Shipped in another version, or not shipped at all: the two call for different files.
    box.appendChild(h('section', { class: 'card' },
      h('p', { 'data-testid': 'replay-need-scenario' }, shipped.length > 0
        ? tr('replay.otherVersion', { id: inputText(id), hash: inputText(hash), shipped: shipped.join(', ') })
        : tr('replay.needScenario', { id: inputText(id), hash: inputText(hash) })),
      filePick(app, { id: 'replay-scenario', label: tr('scenarios.openFile'), testid: 'load-run-scenario', onChange: (input) => void loadScenarioFile(app, viewer, input) }),
      viewer.message ? h('pre', { class: 'problems', role: 'alert' }, viewer.message) : null));
    return box;
  }
  if (viewer.stage === 'failed') {
    box.appendChild(h('section', { class: 'card problem' },
      h('p', { role: 'alert', 'data-testid': 'replay-status', 'data-status': 'failed' }, h('span', { 'aria-hidden': 'true' }, '✖ '), tr('replay.failed'),
        viewer.status && viewer.status !== 'ok' ? [' ', tr(`replay.status.${viewer.status}` as StringKey)] : null),
      viewer.status ? h('p', { class: 'hint' }, tr('replay.detail')) : null,
      h('pre', { class: 'detail' }, viewer.message)));
    return box;
  }
  const s = viewer.session!;
  const f = app.fmtFor(s.scenario);
  const run = viewer.run!;
  box.appendChild(h('div', { class: 'verified' },
    h('p', { 'data-testid': 'replay-status', 'data-status': 'ok' }, h('span', { 'aria-hidden': 'true' }, '✔ '), viewer.message),
    h('p', { class: 'small-text' }, s.scenario.title[app.lang],
      ' · ', tr('replay.student', { id: run.seedPolicy.studentId ?? '—', seed: run.seed }),
      ' · ', tr('play.stateHash'), ' ', h('code', { 'data-testid': 'replay-hash' }, run.final.hash))));
  const n = s.reports.length;
  const step = (to: number) => { viewer.turn = Math.max(0, Math.min(n, to)); app.render(); document.getElementById('replay-range')?.focus(); };
  const where = viewer.turn === 0 ? tr('replay.atStart') : tr('replay.turnOf', { n: viewer.turn, total: n });
  const range = h('input', { type: 'range', id: 'replay-range', min: '0', max: String(n), value: String(viewer.turn), 'aria-valuetext': where });
  range.addEventListener('change', () => step(Number(range.value)));
  box.appendChild(h('div', { class: 'stepper' },
    h('button', { type: 'button', 'data-testid': 'replay-prev', disabled: viewer.turn <= 0, on: { click: () => step(viewer.turn - 1) } }, '◀ ', tr('replay.prev')),
    h('label', { for: 'replay-range' }, tr('replay.turn')), range,
    h('strong', { 'data-testid': 'replay-turn', 'data-value': viewer.turn }, where),
    h('button', { type: 'button', 'data-testid': 'replay-next', disabled: viewer.turn >= n, on: { click: () => step(viewer.turn + 1) } }, tr('replay.next'), ' ▶'),
    h('button', { type: 'button', 'data-testid': 'replay-mode', on: { click: () => { viewer.mode = viewer.mode === 'map' ? 'charts' : 'map'; viewer.world?.setMode(viewer.mode); app.render(); document.querySelector<HTMLElement>('[data-testid="replay-mode"]')?.focus(); } } }, viewer.mode === 'map' ? tr('replay.showCharts') : tr('replay.showMap'))));
  // The map beside the turn's decisions in words, then the turn's report at full
  // width (the dialog's layout): a grader reads the map at a legible size.
  const report = viewer.turn === 0 ? null : s.reports[viewer.turn - 1]!;
  const top = h('div', { class: 'replay-top' });
  const world = h('div', { class: 'replay-world' });
  if (viewer.world) {
    world.appendChild(viewer.world.el);
    viewer.world.show({ scenario: s.scenario, state: s.states[viewer.turn]!, reports: s.reports.slice(0, viewer.turn) });
  }
  top.appendChild(world);
  const cash = s.states[viewer.turn]!.companies.player!.cash;
  const side = h('section', { class: 'card replay-side', 'aria-labelledby': 'replay-turn-heading' },
    h('h2', { id: 'replay-turn-heading' }, report ? tr('report.title', { n: report.turn, week: report.week }) : tr('replay.opening')),
    h('p', null, tr(report ? 'replay.cash' : 'replay.cashAtStart', { cash: f.money(cash) })));
  if (report) {
    const actions = run.turns[viewer.turn - 1]!.actions;
    side.append(
      h('h3', null, tr('replay.actions', { n: actions.length })),
      actions.length > 0
        ? h('ul', { class: 'plain replay-actions', 'data-testid': 'replay-actions' }, actions.map((a) => h('li', null, describeAction(app, a))))
        : h('p', { class: 'hint' }, tr('replay.noActions')),
      h('details', { class: 'actions' }, h('summary', null, tr('replay.actionsRaw')),
        h('pre', null, actions.map((a) => JSON.stringify(a)).join('\n'))));
  }
  top.appendChild(side);
  box.appendChild(top);
  if (report) {
    box.appendChild(h('div', { class: 'replay-report' },
      reportBody(app, report, viewer.turn >= 2 ? s.reports[viewer.turn - 2]! : null, s.states[viewer.turn]!.companies.player ?? null)));
  }
  return box;
}
