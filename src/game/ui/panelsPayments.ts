// Payments (seed 004 §02; lesson 1): the methods offered per market, with each
// method's share of buyers who prefer it, its fee and its setup cost.
import type { App } from './app';
import { h } from './dom';
import { checkPayments } from '../validate';
import { ctx } from './panelsKit';

export function paymentsPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  box.appendChild(h('p', { class: 'hint' }, tr('payments.hint')));
  for (const m of s.scenario.markets) {
    const pf = `pay-${m.id}`;
    const pend = app.pending.find(`pay|${m.id}`);
    const current = pend ? (pend.action.methods as string[]) : view.company.markets[m.id]?.payments ?? [];
    const errs = app.formErrors.get(pf) ?? [];
    const errId = `${pf}-error`;
    const fs = h('fieldset', { class: 'methods', 'aria-describedby': errId },
      h('legend', null, tr('payments.for', { market: f.market(m.id) })));
    // Methods no buyer in this market prefers (and not offered now) wait behind a
    // disclosure: eight methods in six markets is a wall of checkboxes otherwise.
    const others = h('div', null);
    let hidden = 0;
    for (const pm of s.scenario.paymentMethods) {
      const share = m.paymentMix.find((x) => x.method === pm.id)?.share ?? 0;
      const id = `${pf}-${pm.id}`;
      const draft = app.drafts.get(id);
      const checked = draft === undefined ? current.includes(pm.id) : draft === '1';
      const box2 = h('input', { type: 'checkbox', id, name: 'method', value: pm.id, checked });
      box2.addEventListener('change', () => app.drafts.set(id, box2.checked ? '1' : '0'));
      const row = h('div', { class: 'check' }, box2,
        h('label', { for: id }, h('span', null, f.payment(pm.id)),
          h('span', { class: 'small-text muted' }, ` ${tr('payments.detail', { share: f.pct(share, 0), fee: f.pct(pm.feeRate, 1), setup: f.money(pm.setupCost) })}`)));
      if (share > 0 || checked || current.includes(pm.id)) fs.appendChild(row);
      else { others.appendChild(row); hidden++; }
    }
    if (hidden > 0) fs.appendChild(h('details', { class: 'more-methods' }, h('summary', null, tr('payments.others', { n: hidden })), others));
    fs.appendChild(h('p', { id: errId, class: 'field-error' }, errs.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), tr(e.key, e.vars)))));
    const form = h('form', { class: 'decision-form', id: pf, novalidate: true }, fs, h('div', { class: 'row' }, h('button', { type: 'submit', id: `${pf}-submit` }, tr('payments.apply'))));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const methods = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="method"]')).filter((x) => x.checked).map((x) => x.value);
      const r = checkPayments(ctx(app), { market: m.id, methods });
      if (!r.ok) { app.formErrors.set(pf, r.errors); app.rerenderPlay(`${pf}-submit`); return; }
      app.formErrors.delete(pf);
      for (const k of [...app.drafts.keys()]) if (k.startsWith(`${pf}-`)) app.drafts.delete(k);
      app.addDecision(r.action, `${pf}-submit`);
    });
    box.appendChild(form);
  }
  return box;
}
