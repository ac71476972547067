// The briefing: the scenario's story and what the student should learn (its
// objectives), with the script's opening messages. Scenario text is text.
import type { App } from './app';
import { h, paragraphs } from './dom';

export function briefingScreen(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const sc = s.scenario;
  const active = new Set(s.state.objectives);
  const objectives = sc.objectives.filter((o) => active.has(o.id));
  const box = h('div', { class: 'briefing-screen' });
  const main = h('article', { class: 'card briefing' },
    h('h1', null, tr('briefing.heading', { title: sc.title[app.lang] })),
    paragraphs(sc.briefing[app.lang]));
  const side = h('aside', { class: 'card briefing-side' },
    h('h2', null, tr('briefing.objectives')),
    objectives.length > 0
      ? h('ol', { class: 'objectives' }, objectives.map((o) => h('li', null, o.text[app.lang])))
      : h('p', { class: 'hint' }, tr('briefing.noObjectives')),
    h('h2', null, tr('briefing.start')),
    h('dl', { class: 'kv' },
      h('dt', null, tr('hud.cash')), h('dd', null, f.money(s.state.companies.player!.cash)),
      h('dt', null, tr('briefing.turns')), h('dd', null, tr('scenarios.turns', { n: sc.turns })),
      h('dt', null, tr('briefing.markets')), h('dd', null, sc.markets.map((m) => f.market(m.id)).join(app.lang === 'zh' ? '、' : ', ')),
      h('dt', null, tr('briefing.seed')), h('dd', null, String(s.seed))),
    s.state.messages.length > 0 ? h('div', { class: 'messages' }, h('h2', null, tr('report.messages')), s.state.messages.map((m) => paragraphs(m[app.lang], 'message'))) : null,
    h('button', {
      type: 'button', class: 'primary big', 'data-testid': 'continue', 'data-autofocus': true,
      on: { click: () => { app.go({ name: 'play' }); app.showWorld(); } },
    }, tr('briefing.begin')));
  box.append(main, side);
  return box;
}
