// Before the first turn: the scenario at a glance and the student id. A scenario
// whose seed comes from the student id (perStudent) needs one, checked with the
// engine's own rules (trimmed, NFC, 1–200 characters); for a fixed seed the id is
// an optional label in the run file.
import { deriveSeed, normaliseStudentId } from '../../engine';
import type { App, Screen } from './app';
import { h } from './dom';
import { newSession } from '../session';

export function setupScreen(app: App, screen: Extract<Screen, { name: 'setup' }>): HTMLElement {
  const tr = app.tr.bind(app);
  const sc = screen.scenario;
  const perStudent = sc.seedPolicy.kind === 'perStudent';
  const box = h('div', { class: 'setup-screen card' });
  box.appendChild(h('h1', null, sc.title[app.lang]));
  box.appendChild(h('ul', { class: 'facts' },
    h('li', null, tr('scenarios.turns', { n: sc.turns })),
    h('li', null, tr('scenarios.difficulty', { n: sc.difficulty })),
    h('li', null, tr('setup.markets', { n: sc.markets.length })),
    h('li', null, perStudent ? tr('setup.seedStudent') : tr('setup.seedFixed'))));
  const form = h('form', { class: 'form', novalidate: true });
  const hintId = 'student-id-hint';
  const errId = 'student-id-error';
  const input = h('input', {
    id: 'student-id', name: 'student-id', type: 'text', autocomplete: 'off', 'data-testid': 'student-id', maxlength: '300',
    'aria-describedby': `${hintId} ${errId}`, value: app.drafts.get('student-id') ?? '', required: perStudent,
    on: { input: (e: Event) => app.drafts.set('student-id', (e.target as HTMLInputElement).value) },
  });
  const error = h('p', { id: errId, class: 'field-error', 'aria-live': 'polite' }, screen.error ? [h('span', { 'aria-hidden': 'true' }, '⚠ '), screen.error] : null);
  if (screen.error) input.setAttribute('aria-invalid', 'true');
  form.append(
    h('div', { class: 'field' },
      h('label', { for: 'student-id' }, perStudent ? tr('setup.studentId') : tr('setup.studentIdOptional')),
      input,
      h('p', { id: hintId, class: 'hint' }, perStudent ? tr('setup.studentIdHint') : tr('setup.studentIdLabelHint')),
      error),
    h('div', { class: 'row' },
      h('button', { type: 'button', on: { click: () => app.go({ name: app.lastList }) } }, tr('nav.back')),
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'start-game' }, tr('setup.start'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const raw = input.value;
    const id = normaliseStudentId(raw);
    let message: string | null = null;
    if (perStudent) {
      const d = deriveSeed(sc.seedPolicy, raw);
      if (!d.ok) message = id === '' ? tr('setup.errRequired') : tr('setup.errTooLong');
    } else if (id.length > 200) message = tr('setup.errTooLong');
    if (message) {
      app.go({ ...screen, error: message });
      document.getElementById('student-id')?.focus();
      return;
    }
    try {
      app.startSession(newSession(sc, screen.text, id === '' ? undefined : id));
    } catch (err) {
      app.go({ ...screen, error: err instanceof Error ? err.message : String(err) });
      return;
    }
    app.drafts.delete('student-id');
    app.go({ name: 'briefing' });
  });
  box.appendChild(form);
  return box;
}
