// The case library (issue 6 §5): one card per shipped case scenario — its title,
// success or failure (a word and a mark, not colour alone), its markets and its
// headline figure in words. A card opens the case the way the scenario list does
// (the student id, then the briefing). Scenario text is shown as text.
import type { App } from './app';
import type { CatalogEntry } from '../catalog';
import { h, uid } from './dom';
import { chooseEntry } from './scenarioList';
import { caseFormats, figureLine } from './caseFigureText';

export function caseLibraryScreen(app: App): HTMLElement {
  const tr = app.tr.bind(app);
  const box = h('div', { class: 'case-library', 'data-testid': 'case-library' });
  box.appendChild(h('h1', { id: 'case-library-heading' }, tr('cases.heading')));
  box.appendChild(h('p', { class: 'case-intro' }, tr('cases.intro')));
  // Successes first, then failures (seed 004 §06's order), each group in the list's order.
  const rank = (e: CatalogEntry) => (e.caseSummary!.outcome === 'success' ? 0 : e.caseSummary!.outcome === 'failure' ? 1 : 2);
  const cases = app.scenarios().filter((e) => e.caseSummary !== null).sort((a, b) => rank(a) - rank(b));
  if (cases.length === 0) box.appendChild(h('p', { class: 'hint' }, tr('cases.none')));
  else box.appendChild(h('ul', { class: 'case-grid', role: 'list', 'aria-labelledby': 'case-library-heading' }, cases.map((e) => h('li', null, caseCard(app, e)))));
  box.appendChild(h('div', { class: 'row' }, h('button', { type: 'button', 'data-testid': 'case-library-back', on: { click: () => app.go({ name: 'scenarios' }) } }, tr('nav.back'))));
  return box;
}

function caseCard(app: App, e: CatalogEntry): HTMLElement {
  const tr = app.tr.bind(app);
  const c = e.caseSummary!;
  const names = new Map(c.markets.map((m) => [m.id, m.name[app.lang]]));
  const marketName = (id: string) => names.get(id) ?? id;
  const f = caseFormats(app, c);
  const ids = { title: uid('case-title'), outcome: uid('case-outcome'), markets: uid('case-markets'), figure: uid('case-figure') };
  const outcome = c.outcome === null ? null : h('span', { class: `case-outcome case-${c.outcome}`, id: ids.outcome, 'data-testid': 'case-outcome' },
    h('span', { 'aria-hidden': 'true', class: 'case-mark' }, c.outcome === 'success' ? '▲' : '▼'), ' ', tr(`cases.outcome.${c.outcome}`));
  return h('button', {
    type: 'button', class: `case-card${c.outcome ? ` case-card-${c.outcome}` : ''}`, 'data-testid': `case-${e.id}`, 'data-outcome': c.outcome ?? 'unknown',
    'aria-labelledby': ids.title, 'aria-describedby': [outcome ? ids.outcome : null, ids.markets, ids.figure].filter(Boolean).join(' '),
    on: { click: () => chooseEntry(app, e) },
  },
  h('span', { class: 'case-card-head' }, outcome, h('span', { class: 'case-weeks' }, tr('scenarios.turns', { n: e.turns }))),
  h('span', { class: 'case-title', id: ids.title }, e.title[app.lang]),
  h('span', { class: 'case-markets', id: ids.markets }, tr('cases.markets', { list: c.markets.map((m) => m.name[app.lang]).join(app.lang === 'zh' ? '、' : ', ') })),
  h('span', { class: 'case-figures', id: ids.figure, 'data-testid': 'case-figure' },
    c.figures.map((fig) => h('span', { class: 'case-figure' }, figureLine(app, fig, f, marketName)))));
}
