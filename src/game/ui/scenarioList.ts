// The scenario list: the shipped scenarios (title, length, difficulty, a case
// badge), the way into the case library, and a file picker for an instructor's
// own; a file with problems gets them listed as `path: message` lines, never a crash.
import type { App, Screen } from './app';
import type { CatalogEntry } from '../catalog';
import { h } from './dom';
import { filePick } from './filePick';
import { count } from '../../i18n';
import { DEFAULT_MAX_BYTES } from '../../scenario/size';

// The loader's own limit (src/scenario/size.ts): a larger file is refused before it is read.
const MAX_FILE = DEFAULT_MAX_BYTES;

export function scenarioListScreen(app: App, screen: Extract<Screen, { name: 'scenarios' }>): HTMLElement {
  const tr = app.tr.bind(app);
  const box = h('div', { class: 'scenario-screen' });
  box.appendChild(h('div', { class: 'scenario-head' },
    h('h1', null, tr('scenarios.heading')),
    app.scenarios().some((e) => e.caseSummary !== null)
      ? h('button', { type: 'button', class: 'case-library-link', 'data-testid': 'open-case-library', 'aria-labelledby': 'case-library-name', 'aria-describedby': 'case-library-hint', on: { click: () => app.go({ name: 'cases' }) } },
        h('span', { class: 'case-library-name', id: 'case-library-name' }, tr('cases.open')), h('span', { class: 'case-library-hint', id: 'case-library-hint' }, tr('cases.openHint')))
      : null));
  const list = h('ul', { class: 'scenario-list', role: 'list' });
  for (const e of app.scenarios()) {
    const stars = '★'.repeat(e.difficulty) + '☆'.repeat(Math.max(0, 5 - e.difficulty));
    list.appendChild(h('li', null, h('button', {
      type: 'button', class: 'scenario-card', 'data-testid': `scenario-${e.id}`,
      on: { click: () => chooseEntry(app, e) },
    },
    h('span', { class: 'scenario-title' }, e.title[app.lang]),
    h('span', { class: 'scenario-meta' },
      e.isCase ? h('span', { class: 'badge badge-case' }, tr('scenarios.case')) : null,
      h('span', { class: 'meta-item' }, tr('scenarios.turns', { n: e.turns })),
      h('span', { class: 'meta-item', 'aria-label': tr('scenarios.difficultyOf', { n: e.difficulty }) },
        h('span', { 'aria-hidden': 'true', class: 'stars' }, stars), ' ', h('span', { class: 'sr-text' }, tr('scenarios.difficulty', { n: e.difficulty })))))));
  }
  box.appendChild(list);
  const fileId = 'scenario-file';
  const fileBox = h('section', { class: 'card' },
    h('h2', null, tr('scenarios.ownHeading')),
    h('p', { class: 'hint', id: 'scenario-file-hint' }, tr('scenarios.ownHint')),
    filePick(app, { id: fileId, label: tr('scenarios.openFile'), testid: 'scenario-file', describedBy: 'scenario-file-hint', chosen: screen.problems?.file, onChange: (input) => void readFile(app, input) }));
  if (screen.problems) {
    fileBox.appendChild(h('div', { class: 'problems', role: 'alert', 'data-testid': 'scenario-problems' },
      h('p', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('scenarios.problems', { file: screen.problems.file, n: count(app.lang, screen.problems.count) })),
      h('p', { class: 'hint' }, tr('scenarios.problemsAsChecked')),
      h('ul', null, screen.problems.lines.map((l) => h('li', null, h('code', null, l))))));
  }
  box.appendChild(fileBox);
  box.appendChild(h('div', { class: 'row' }, h('button', { type: 'button', on: { click: () => app.go({ name: 'title' }) } }, tr('nav.back'))));
  return box;
}

/** Opens a shipped scenario: its problems on the list, or the student id and then the briefing. */
export function chooseEntry(app: App, e: CatalogEntry): void {
  app.chooseScenario(e.text, e.path.replace(/^.*scenarios\//, 'scenarios/'));
}

async function readFile(app: App, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX_FILE) {
    app.go({ name: 'scenarios', problems: { file: file.name, lines: [`(root): ${app.tr('scenarios.tooBig', { n: Math.round(file.size / 1024), max: Math.round(MAX_FILE / 1024 / 1024) })}`], count: 1 } });
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  app.chooseScenarioBytes(bytes, file.name);
}
