// Service (seed 000 ch. 8; seed 004 §03, §05; lessons 7, 15, 18): per market the
// staff and their cover, the return policy, the loyalty programme, how
// complaints are handled and the weekly community-operations budget (社群运营).
import type { App } from './app';
import { h } from './dom';
import { checkbox, decisionForm, field, input, select, submit } from './form';
import { COMPLAINT_POLICIES, LOYALTY_PROGRAMMES } from '../../engine';
import { loyaltySpec } from '../../engine/customerBase';
import { DEFAULT_SERVICE } from '../../engine/service';
import { checkCommunity, checkComplaints, checkLoyalty, checkReturnPolicy, checkService, serviceWages } from '../validateMore';
import { ctx, section } from './panelsKit';

export function servicePanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const sc = s.scenario;
  box.appendChild(h('p', { class: 'hint' }, tr('service.hint')));
  box.appendChild(h('p', { class: 'hint', 'data-testid': 'community-hint' }, tr('community.hint')));
  for (const m of sc.markets) {
    const p = view.company.markets[m.id];
    const parts: HTMLElement[] = [];
    // Service staff: agents answering buyers, in their language and hours (lesson 18).
    const vf = `service-${m.id}`;
    const rules = sc.service ?? DEFAULT_SERVICE;
    const agentsNow = p?.agents ?? 0;
    parts.push(decisionForm(app, vf, (read) => checkService(ctx(app), { market: m.id, agents: read('agents'), localLanguage: read('localLanguage'), localHours: read('localHours') }),
      h('div', { class: 'inline service-form' },
        field(app, {
          form: vf, name: 'agents', label: tr('service.agents'), fields: ['agents', 'market'],
          hint: tr('service.agentsHint', { wage: f.money(rules.agentWeeklyCost), lang: f.dec(rules.localLanguageFactor, 1), hours: f.dec(rules.localHoursFactor, 1), now: agentsNow, wages: f.money(serviceWages({ scenario: sc, view }, { market: m.id, agents: agentsNow, localLanguage: p?.localLanguage ?? false, localHours: p?.localHours ?? false })) }),
        }, input({ inputmode: 'numeric', placeholder: String(agentsNow), class: 'narrow' })),
        h('div', { class: 'checks' },
          checkbox(app, { form: vf, name: 'localLanguage', label: tr('service.localLanguage'), checked: p?.localLanguage ?? false }),
          checkbox(app, { form: vf, name: 'localHours', label: tr('service.localHours'), checked: p?.localHours ?? false })),
        submit(app, vf, tr('form.set')))));
    // Return policy: a longer, free window wins trust at checkout and brings more returns.
    const rf = `returns-${m.id}`;
    parts.push(decisionForm(app, rf, (read) => checkReturnPolicy(ctx(app), { market: m.id, days: read('days'), freeReturns: read('freeReturns') }),
      h('div', { class: 'inline' },
        field(app, { form: rf, name: 'days', label: tr('service.returns'), fields: ['days', 'market'] },
          select(['14', '30', '60'].map((d) => [d, tr('service.returnDays', { n: d })] as [string, string]), String(p?.returnDays ?? 30))),
        h('div', { class: 'checks' }, checkbox(app, { form: rf, name: 'freeReturns', label: tr('service.freeReturns'), checked: p?.freeReturns ?? false })),
        submit(app, rf, tr('form.set')))));
    const yf = `loyalty-${m.id}`;
    parts.push(decisionForm(app, yf, (read) => checkLoyalty(ctx(app), { market: m.id, programme: read('programme') }),
      h('div', { class: 'inline' },
        field(app, { form: yf, name: 'programme', label: tr('growth.loyalty'), fields: ['programme', 'market'] },
          select(LOYALTY_PROGRAMMES.map((l) => [l, l === 'none' ? tr('loyalty.none') : tr('growth.loyaltyOption', { name: tr(`loyalty.${l}`), setup: f.money(loyaltySpec(sc, l).setupCost), weekly: f.money(loyaltySpec(sc, l).weeklyCost) })] as [string, string]), p?.loyalty)),
        submit(app, yf, tr('form.set')))));
    const cf = `complaints-${m.id}`;
    parts.push(decisionForm(app, cf, (read) => checkComplaints(ctx(app), { market: m.id, policy: read('policy') }),
      h('div', { class: 'inline' },
        field(app, { form: cf, name: 'policy', label: tr('growth.complaints'), fields: ['policy', 'market'] },
          select(COMPLAINT_POLICIES.map((c) => [c, tr(`complaints.${c}`, { fee: f.money(sc.customers.tieredHandlingFee) })] as [string, string]), p?.complaintHandling)),
        submit(app, cf, tr('form.set')))));
    // Community operations: a weekly budget, like the ads and fraud screening (yuan typed).
    const gf = `community-${m.id}`;
    const weekly = p?.community ?? 0;
    parts.push(decisionForm(app, gf, (read) => checkCommunity(ctx(app), { market: m.id, weekly: read('weekly') }),
      h('div', { class: 'inline' },
        field(app, { form: gf, name: 'weekly', label: tr('community.budget', { cur: sc.homeCurrency }), hint: tr('marketing.now', { amount: f.money(weekly) }), fields: ['weekly', 'market'] },
          input({ inputmode: 'decimal', placeholder: f.homeInput(weekly), class: 'narrow' })),
        submit(app, gf, tr('form.set')))));
    box.appendChild(section(f.market(m.id), ...parts));
  }
  return box;
}
