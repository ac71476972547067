// The title screen: the game's name, the language choice (the browser's language
// is the default), the saved game if there is one — or what is wrong with it and
// the choices left — and the graders' replay viewer.
import type { App } from './app';
import { h } from './dom';
import { loadRunFile } from './replayViewer';
import { filePick } from './filePick';
import { droppedList, reasonText } from './droppedDecisions';
import { DAMAGED_KEY, PREVIOUS_KEY, readSlot, type SaveProblem } from '../save';

export function titleScreen(app: App): HTMLElement {
  const tr = app.tr.bind(app);
  const box = h('div', { class: 'title-screen' });
  box.append(
    h('div', { class: 'hero' },
      h('h1', { class: 'hero-title' }, h('span', { class: 'hero-zh', lang: 'zh-CN' }, '出海'), h('span', { class: 'hero-en', lang: 'en' }, 'Chuhai')),
      h('p', { class: 'hero-sub' }, tr('title.tagline')),
      h('h2', { class: 'hero-prompt' }, tr('title.chooseLanguage')),
      app.langToggle(true),
      h('p', { class: 'hint' }, tr('title.languageHint'))),
  );
  const side = h('div', { class: 'title-side' });
  side.appendChild(saveBox(app));
  side.appendChild(h('section', { class: 'card cases-entry' },
    h('h2', null, tr('cases.open')),
    h('p', { class: 'hint' }, tr('cases.openHint')),
    h('button', { type: 'button', 'data-testid': 'title-case-library', on: { click: () => app.go({ name: 'cases' }) } }, tr('cases.browse'))));
  side.appendChild(h('section', { class: 'card grader' },
    h('h2', null, tr('title.graderHeading')),
    h('p', { class: 'hint' }, tr('title.graderHint')),
    filePick(app, { id: 'load-run', label: tr('title.loadRun'), testid: 'load-run', onChange: (input) => void loadRunFile(app, input) })));
  box.appendChild(side);
  return box;
}

/** The saved game, or what is wrong with it and the choices left (exported for its test in Node). */
export function saveBox(app: App): HTMLElement {
  const tr = app.tr.bind(app);
  const slot = app.slot;
  const sec = h('section', { class: 'card save-box', 'aria-labelledby': 'save-heading' }, h('h2', { id: 'save-heading' }, tr('save.heading')));
  if (slot.kind === 'none' && !app.restoreProblem) {
    sec.appendChild(h('p', { class: 'hint' }, tr('save.none')));
    return sec;
  }
  if (slot.kind === 'good' && !app.restoreProblem) {
    const titleOf = readTitle(slot.save.scenario.text);
    sec.appendChild(h('p', null, tr('save.found', { title: titleOf ? titleOf[app.lang] : slot.save.scenario.id, turn: slot.save.turns.length })));
    // Decisions the engine would not accept are named before the student continues without them.
    if (slot.dropped.length > 0) {
      const text = slot.text;
      sec.appendChild(h('div', { class: 'problem dropped', role: 'status', 'data-testid': 'save-dropped' },
        h('p', null, h('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠ '), slot.dropped.length === slot.save.pending.length
          ? tr('save.droppedAll', { n: slot.dropped.length })
          : tr('save.dropped', { n: slot.dropped.length, total: slot.save.pending.length })),
        droppedList(app, slot.dropped),
        h('p', { class: 'hint' }, tr('save.droppedKept', { key: DAMAGED_KEY })),
        h('button', { type: 'button', on: { click: () => download('chuhai-save.json', text) } }, tr('save.download'))));
    }
    sec.appendChild(h('button', { type: 'button', class: 'primary', 'data-testid': 'resume', on: { click: () => app.resume('current') } }, tr('save.resume')));
    return sec;
  }
  // Damaged, foreign or not replayable: say so, keep it, offer the choices.
  const problem = slot.kind === 'bad' ? slot.problem : null;
  const kind = problem?.kind ?? 'corrupt';
  sec.classList.add('problem');
  sec.appendChild(h('p', { role: 'alert', 'data-testid': 'save-problem' },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠ '), tr(`save.problem.${kind}`)));
  sec.appendChild(h('p', { class: 'detail', 'data-testid': 'save-problem-detail' }, problemDetail(app, problem)));
  sec.appendChild(h('p', { class: 'hint' }, tr('save.kept')));
  const actions = h('div', { class: 'row' });
  if (problem?.kind === 'version' && problem.replayable && !app.restoreProblem) {
    sec.appendChild(h('p', { class: 'hint', 'data-testid': 'replay-save-hint' }, tr('save.replayHint', { turn: problem.replayable.turns.length })));
    actions.appendChild(h('button', { type: 'button', class: 'primary', 'data-testid': 'replay-save', on: { click: () => app.replayUnderNewRules() } }, tr('save.replayNewRules')));
  }
  if (readPreviousOk(app)) actions.appendChild(h('button', { type: 'button', 'data-testid': 'resume-previous', on: { click: () => app.resume('previous') } }, tr('save.resumePrevious')));
  actions.appendChild(h('button', { type: 'button', 'data-testid': 'start-over', on: { click: () => app.startOver() } }, tr('save.startOver')));
  actions.appendChild(h('button', { type: 'button', 'data-testid': 'keep-save', on: { click: () => { app.announce(tr('save.keptNote')); app.go({ name: 'scenarios' }); } } }, tr('save.keep')));
  if (slot.kind === 'bad') {
    const text = slot.text;
    actions.appendChild(h('button', { type: 'button', on: { click: () => download('chuhai-save.json', text) } }, tr('save.download')));
  }
  sec.appendChild(actions);
  sec.appendChild(h('p', { class: 'hint' }, tr('save.damagedKey', { key: DAMAGED_KEY })));
  return sec;
}

/**
 * The detail line in the player's language. app.ts keeps the failed resume's detail
 * as English text (`restoreProblem`); it is said again from the problem it came
 * from — the current save's or the previous one's — and shown as it is only when
 * neither matches.
 */
function problemDetail(app: App, problem: SaveProblem | null): string {
  const said = app.restoreProblem;
  if (problem && (said === null || said === problem.detail)) return reasonText(app, problem.reason);
  if (said === null) return '';
  const previous = readSlot(app.store, PREVIOUS_KEY);
  if (previous.kind === 'bad' && previous.problem.detail === said) return reasonText(app, previous.problem.reason);
  return said;
}

function readPreviousOk(app: App): boolean {
  try {
    const text = app.store.getItem(PREVIOUS_KEY);
    if (text === null) return false;
    const v = JSON.parse(text) as { format?: unknown };
    return v.format === 'chuhai-save';
  } catch { return false; }
}

function readTitle(text: string): { zh: string; en: string } | null {
  try {
    const v = JSON.parse(text) as { title?: { zh?: unknown; en?: unknown } };
    return typeof v.title?.zh === 'string' && typeof v.title.en === 'string' ? { zh: v.title.zh, en: v.title.en } : null;
  } catch { return null; }
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, class: 'sr-only' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
