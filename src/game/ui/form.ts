// Labelled form fields with their message beside them (aria-describedby,
// aria-invalid), and the submit step every decision form shares: check → show the
// messages, or add the decision to the turn's pending list.
import type { App } from './app';
import type { Checked, FieldError } from '../validate';
import { h } from './dom';

export function errorsFor(app: App, form: string): FieldError[] {
  return app.formErrors.get(form) ?? [];
}

export interface FieldOpts { form: string; name: string; label: string; hint?: string; fields?: string[]; hideLabel?: boolean }

/** A labelled control with a hint and the message of the last failed check (for `fields`, default the name). */
export function field(app: App, o: FieldOpts, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const id = `${o.form}-${o.name}`;
  control.id = id;
  control.name = o.name;
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const names = o.fields ?? [o.name];
  const errs = errorsFor(app, o.form).filter((e) => names.includes(e.field));
  const described = [o.hint ? hintId : null, errId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  if (errs.length > 0) control.setAttribute('aria-invalid', 'true');
  const draft = app.drafts.get(id);
  if (draft !== undefined) control.value = draft;
  control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => app.drafts.set(id, control.value));
  return h('div', { class: 'field', 'data-fields': names.join(' ') },
    h('label', { for: id, class: o.hideLabel ? 'sr-only' : null }, o.label),
    control,
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
    h('p', { id: errId, class: 'field-error' }, errs.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), app.tr(e.key, e.vars)))));
}

/** A labelled checkbox (read as '1' when ticked, '' when not); its draft survives a re-render. */
export function checkbox(app: App, o: { form: string; name: string; label: string; checked: boolean }): HTMLElement {
  const id = `${o.form}-${o.name}`;
  const draft = app.drafts.get(id);
  const box = h('input', { type: 'checkbox', id, name: o.name, checked: draft === undefined ? o.checked : draft === '1' });
  box.addEventListener('change', () => app.drafts.set(id, box.checked ? '1' : '0'));
  return h('div', { class: 'check', 'data-fields': o.name }, box, h('label', { for: id }, o.label));
}

export function input(attrs: Record<string, string>): HTMLInputElement {
  const el = h('input', { type: 'text', autocomplete: 'off', ...attrs });
  return el;
}

export function select(options: readonly (readonly [string, string])[], value?: string): HTMLSelectElement {
  const el = h('select', null, options.map(([v, label]) => h('option', { value: v }, label)));
  if (value !== undefined) el.value = value;
  return el;
}

/** A decision form: on submit, `check` reads the fields; errors stay beside them, a valid decision joins the pending list. */
export function decisionForm(app: App, form: string, check: (read: (name: string) => string) => Checked, ...children: (Node | null)[]): HTMLFormElement {
  const el = h('form', { class: 'decision-form', id: form, novalidate: true }, children);
  // A message about a field this form does not show (a rule on the market or the
  // product behind a price row, say) is said at the end of the form, never dropped.
  const covered = new Set(Array.from(el.querySelectorAll<HTMLElement>('[data-fields]')).flatMap((x) => (x.dataset.fields ?? '').split(' ')));
  const loose = errorsFor(app, form).filter((e) => !covered.has(e.field));
  if (loose.length > 0) {
    el.appendChild(h('p', { class: 'field-error form-error', role: 'alert', 'data-testid': `${form}-form-error` },
      loose.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), app.tr(e.key, e.vars)))));
  }
  el.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const read = (name: string) => {
      const c = el.elements.namedItem(name);
      if (c instanceof HTMLInputElement && c.type === 'checkbox') return c.checked ? '1' : '';
      return c instanceof HTMLInputElement || c instanceof HTMLSelectElement ? c.value : '';
    };
    const result = check(read);
    const submitter = (ev as SubmitEvent).submitter?.id ?? null;
    if (!result.ok) {
      app.formErrors.set(form, result.errors);
      app.rerenderPlay(`${form}-${result.errors[0]!.field}`, submitter);
      app.announce(app.tr('form.fix', { n: result.errors.length }));
      return;
    }
    app.formErrors.delete(form);
    for (const k of [...app.drafts.keys()]) if (k.startsWith(`${form}-`)) app.drafts.delete(k);
    app.addDecision(result.action, submitter);
  });
  return el;
}

export function submit(app: App, form: string, label: string, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'submit', id: `${form}-submit`, ...extra }, label);
}
