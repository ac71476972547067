// A crisis waiting for an answer (seed 004 §4 危机处理): what happened, and each
// response with its cost and its odds of working. The answer joins the turn's
// pending decisions (undoable until the turn ends); "decide later" leaves the
// crisis open — silence is itself a choice, with its own cost.
import type { CrisisView } from '../../engine';
import type { App } from './app';
import { h } from './dom';
import { checkCrisis } from '../validate';

/** Crises the student can still answer next turn, unanswered. */
export function openCrises(app: App): CrisisView[] {
  const s = app.session;
  if (!s) return [];
  const view = s.view();
  return (view.crises ?? []).filter((c) => c.chosen === null && view.turn + 1 <= c.answerBy);
}

export function crisisDialog(app: App, id: string): HTMLElement | null {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const c = (s.view().crises ?? []).find((x) => x.id === id);
  if (!c) return null;
  const chosen = app.pending.find(`crisis|${c.id}`);
  const errs = app.formErrors.get(`crisis-${c.id}`) ?? [];
  const dialog = h('div', { class: 'dialog crisis-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'crisis-title', 'aria-describedby': 'crisis-text', 'data-testid': 'crisis', tabindex: '-1' });
  dialog.append(
    h('div', { class: 'dialog-head crisis-head' },
      h('h2', { id: 'crisis-title' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr('crisis.title', { title: c.title[app.lang] }))),
    h('p', { id: 'crisis-text', class: 'crisis-text' }, c.text[app.lang]),
    h('p', { class: 'small-text' }, tr('crisis.deadline', { turn: c.answerBy, started: c.startedTurn })),
    h('ol', { class: 'crisis-options' }, c.options.map((o, n) => h('li', null,
      h('button', {
        type: 'button', class: `crisis-option${chosen?.action.option === n ? ' chosen' : ''}`, 'data-testid': `crisis-option-${n}`, 'data-autofocus': n === 0 ? true : null,
        'aria-pressed': String(chosen?.action.option === n),
        on: {
          click: () => {
            const r = checkCrisis({ scenario: s.scenario, view: s.view(), pending: app.pending }, { crisis: c.id, option: n });
            if (!r.ok) { app.formErrors.set(`crisis-${c.id}`, r.errors); app.renderOverlay(); return; }
            app.formErrors.delete(`crisis-${c.id}`);
            app.overlay = null;
            app.addDecision(r.action, 'end-turn');
            app.root.querySelector<HTMLElement>('[data-testid="end-turn"]')?.focus();
          },
        },
      },
      h('span', { class: 'option-label' }, o.label[app.lang]),
      h('span', { class: 'option-text' }, o.text[app.lang]),
      h('span', { class: 'option-figures' },
        h('span', null, tr('crisis.cost', { cost: f.money(o.cost) })),
        h('span', null, tr('crisis.odds', { odds: f.pct(o.odds, 0) }))))))),
    h('p', { class: 'field-error', role: errs.length > 0 ? 'alert' : null }, errs.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr(e.key, e.vars)))),
    h('div', { class: 'row' },
      h('button', { type: 'button', 'data-testid': 'crisis-later', on: { click: () => { app.overlay = null; app.renderOverlay(); app.root.querySelector<HTMLElement>('[data-testid="crisis-open"]')?.focus(); } } }, tr('crisis.later'))));
  dialog.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { app.overlay = null; app.renderOverlay(); } });
  return dialog;
}
