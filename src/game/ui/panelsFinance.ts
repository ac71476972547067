// Risk and finance (seed 000 ch. 9; seed 004 §05; lessons 6, 11, 16): what is open
// now (panelsOpen.ts), FX forwards, fraud screening, then security, insurance and
// compliance (panelsRisk.ts).
import type { App } from './app';
import { h } from './dom';
import { decisionForm, field, input, select, submit } from './form';
import { checkFraud, checkHedge } from '../validateMore';
import { riskSections } from './panelsRisk';
import { openPositions } from './panelsOpen';
import { ctx, section } from './panelsKit';

export function riskPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const sc = s.scenario;
  const box = h('div', { class: 'panel' });
  box.appendChild(openPositions(app));
  const currencies = [...new Set(sc.markets.map((m) => m.currency))].filter((c) => c !== sc.homeCurrency).sort();
  if (currencies.length > 0) {
    const hf = 'hedge';
    box.appendChild(section(tr('risk.hedge'), h('p', { class: 'hint' }, tr('risk.hedgeHint')),
      decisionForm(app, hf, (read) => checkHedge(ctx(app), { currency: read('currency'), share: read('share'), turns: read('turns') }),
        h('div', { class: 'inline' },
          field(app, { form: hf, name: 'currency', label: tr('risk.currency') }, select(currencies.map((c) => [c, c] as [string, string]))),
          field(app, { form: hf, name: 'share', label: tr('risk.share') }, input({ inputmode: 'numeric', placeholder: '50', class: 'narrow' })),
          field(app, { form: hf, name: 'turns', label: tr('risk.turns', { max: sc.riskTools.maxForwardTurns }) }, input({ inputmode: 'numeric', placeholder: '8', class: 'narrow' }))),
        h('div', { class: 'row' }, submit(app, hf, tr('risk.hedgeButton'))))));
  }
  const fraud = h('div', null);
  for (const m of sc.markets) {
    const ff = `fraud-${m.id}`;
    const cur = view.company.markets[m.id]?.fraudControl ?? 0;
    fraud.appendChild(decisionForm(app, ff, (read) => checkFraud(ctx(app), { market: m.id, weekly: read('weekly') }),
      h('div', { class: 'inline' },
        field(app, { form: ff, name: 'weekly', label: tr('fraud.budgetFor', { market: f.market(m.id), cur: sc.homeCurrency }), hint: tr('marketing.now', { amount: f.money(cur) }) },
          input({ inputmode: 'decimal', placeholder: f.homeInput(cur), class: 'narrow' })),
        submit(app, ff, tr('form.set')))));
  }
  box.appendChild(section(tr('risk.fraud'), h('p', { class: 'hint' }, tr('risk.fraudHint')), fraud));
  for (const part of riskSections(app)) box.appendChild(part);
  return box;
}
