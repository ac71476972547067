// The risk-side panels (issue 5 §3 "risk and finance, research, team"): security
// spend, cargo insurance, trademarks, tax registration and product certificates
// (appended to the risk panel), market research with its results, and the team.
// Costs and options come from the scenario; every form is checked by
// src/game/validateRisk.ts before anything reaches the engine.
import { RESEARCH_KINDS, RESEARCH_MEASURES, TEAM_ROLES, worldOf } from '../../engine';
import { researchText } from '../../engine/research';
import { activePairs } from '../../engine/team';
import type { StringKey } from '../../i18n';
import { soldIn } from '../reference';
import type { App } from './app';
import { h } from './dom';
import { checkbox, decisionForm, errorsFor, field, input, select, submit } from './form';
import { ctx, section } from './panelsKit';
import {
  checkCertificate, checkInsurance, checkResearch, checkSecurity, checkStaff, checkTax, checkTrademark, payrollWith, taxRequired,
} from '../validateRisk';

/** A form that is only a button (register a trademark…), its messages beside it. */
export function buttonForm(app: App, form: string, label: string, aria: string, check: () => ReturnType<typeof checkTrademark>): HTMLElement {
  const errs = errorsFor(app, form);
  return decisionForm(app, form, () => check(),
    submit(app, form, label, { class: 'small', 'aria-label': aria, 'aria-describedby': `${form}-error` }),
    h('p', { id: `${form}-error`, class: 'field-error' }, errs.map((e) => h('span', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), app.tr(e.key, e.vars)))));
}

/** Security, insurance, trademarks, tax registration, certificates: sections for the risk panel. */
export function riskSections(app: App): HTMLElement[] {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const sc = s.scenario;
  const view = s.view();
  const k = view.company.compliance;
  const next = view.turn + 1;
  const out: HTMLElement[] = [];

  const sf = 'security';
  out.push(section(tr('risk.security'), h('p', { class: 'hint' }, tr('risk.securityHint', { max: f.pct(sc.compliance.security.cutMax, 0) })),
    decisionForm(app, sf, (read) => checkSecurity(ctx(app), { weekly: read('weekly') }),
      h('div', { class: 'inline' },
        field(app, { form: sf, name: 'weekly', label: tr('risk.securityLabel', { cur: sc.homeCurrency }), hint: tr('marketing.now', { amount: f.money(k.securityWeekly) }) },
          input({ inputmode: 'decimal', placeholder: f.homeInput(k.securityWeekly), class: 'narrow' })),
        submit(app, sf, tr('form.set'))))));

  const inf = 'insurance';
  out.push(section(tr('risk.insurance'),
    h('p', { class: 'hint' }, tr('risk.insuranceHint', { rate: f.pct(sc.riskTools.cargoInsuranceRate, 1), cover: f.pct(sc.riskTools.cargoInsuranceCover, 0) })),
    decisionForm(app, inf, (read) => checkInsurance(ctx(app), { on: read('on') }),
      h('div', { class: 'inline' },
        h('div', { class: 'checks' },
          checkbox(app, { form: inf, name: 'on', label: tr('risk.insured'), checked: k.insured }),
          h('p', { class: 'hint' }, tr('risk.insuredNow', { state: tr(k.insured ? 'risk.on' : 'risk.off') }))),
        submit(app, inf, tr('form.set'))))));

  // Trademarks and tax registration, one row per market.
  const status = (list: { effectiveTurn: number; market: string }[], market: string): HTMLElement | null => {
    const x = list.find((t) => t.market === market);
    if (!x) return null;
    return x.effectiveTurn <= next
      ? h('span', null, h('span', { 'aria-hidden': 'true' }, '✔ '), tr('risk.inForce'))
      : h('span', null, h('span', { 'aria-hidden': 'true' }, '⏳ '), tr('risk.pendingUntil', { turn: x.effectiveTurn }));
  };
  const pendingTag = () => h('span', { class: 'tag' }, h('span', { 'aria-hidden': 'true' }, '✎ '), tr('risk.decided'));
  const rows = sc.markets.map((m) => {
    const tmCell = status(k.trademarks, m.id) ?? (app.pending.find(`trademark|${m.id}`) ? pendingTag()
      : buttonForm(app, `trademark-${m.id}`, tr('risk.register'), tr('risk.registerLabel', { what: tr('risk.trademark'), market: f.market(m.id) }), () => checkTrademark(ctx(app), { market: m.id })));
    const taxCell = !taxRequired(sc, m.id) ? h('span', { class: 'muted' }, tr('risk.notRequired'))
      : status(k.taxIds, m.id) ?? (app.pending.find(`tax|${m.id}`) ? pendingTag()
        : buttonForm(app, `tax-${m.id}`, tr('risk.register'), tr('risk.registerLabel', { what: tr('risk.tax'), market: f.market(m.id) }), () => checkTax(ctx(app), { market: m.id })));
    return h('tr', null, h('th', { scope: 'row' }, f.market(m.id)), h('td', null, tmCell), h('td', null, taxCell));
  });
  out.push(section(tr('risk.compliance'),
    h('p', { class: 'hint' }, tr('risk.complianceHint', { tmCost: f.money(sc.compliance.trademark.cost), tmTurns: sc.compliance.trademark.turns, taxCost: f.money(sc.compliance.taxRegistration.cost) })),
    h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, tr('field.market')), h('th', { scope: 'col' }, tr('risk.trademark')), h('th', { scope: 'col' }, tr('risk.tax')))),
      h('tbody', null, rows))));

  // Certificates: any product sold in a market; the ones the market requires are marked.
  const cf = 'certify';
  const where: [string, string][] = [];
  for (const m of sc.markets) {
    const rules = sc.compliance.markets.find((x) => x.market === m.id);
    for (const p of sc.products) {
      if (!soldIn(sc, m.id, p.id)) continue;
      const needed = rules?.certifiedCategories.includes(p.category) ?? false;
      where.push([`${m.id}|${p.id}`, `${f.product(p.id)} · ${f.market(m.id)}${needed ? tr('risk.certNeeded') : ''}`]);
    }
  }
  const held = k.certificates.map((c) => `${f.product(c.product)} · ${f.market(c.market)} (${c.effectiveTurn <= next ? tr('risk.inForce') : tr('risk.pendingUntil', { turn: c.effectiveTurn })})`);
  out.push(section(tr('risk.certificates'),
    h('p', { class: 'hint' }, tr('risk.certHint', { cost: f.money(sc.compliance.certification.cost), turns: sc.compliance.certification.turns })),
    held.length > 0 ? h('p', { class: 'small-text' }, tr('risk.certHeld', { list: held.join(app.lang === 'zh' ? '；' : '; ') })) : null,
    decisionForm(app, cf, (read) => {
      const [market, product] = read('where').split('|');
      return checkCertificate(ctx(app), { market: market ?? '', product: product ?? '' });
    },
    h('div', { class: 'inline' },
      field(app, { form: cf, name: 'where', label: tr('risk.certWhere'), fields: ['where', 'market', 'product'] }, select(where)),
      submit(app, cf, tr('risk.certButton'))))));
  return out;
}

// ---- market research ----

export function researchPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const sc = s.scenario;
  const view = s.view();
  const box = h('div', { class: 'panel', 'data-testid': 'research' });
  box.appendChild(h('p', { class: 'hint' }, tr('research.hint')));
  const rf = 'research';
  const products = [...sc.products.map((p) => [p.id, f.product(p.id)] as [string, string]), ['', tr('research.wholeMarket')] as [string, string]];
  const r = view.company.research;
  const what = (o: { kind: string; measure: string; market: string; product?: string }) => `${tr(`rkind.${o.kind}` as StringKey)} · ${tr(`measure.${o.measure}` as StringKey)} · ${f.market(o.market)}${o.product === undefined ? '' : ` · ${f.product(o.product)}`}`;
  // What is known first (newest first), then what is coming, then the order form.
  const world = worldOf(sc);
  const results = [...r.results].reverse();
  box.appendChild(section(tr('research.results', { n: results.length }), results.length > 0
    ? h('ul', { class: 'plain research-results', 'data-testid': 'research-results' }, results.map((x) => h('li', null,
      h('span', { class: 'tag' }, tr('research.week', { n: x.turn })), ' ', researchText(world, x)[app.lang])))
    : h('p', { class: 'hint' }, tr('research.none'))));
  if (r.pending.length > 0) {
    box.appendChild(section(tr('research.underWay', { n: r.pending.length }),
      h('ul', { class: 'plain' }, r.pending.map((o) => h('li', null, h('span', { 'aria-hidden': 'true' }, '⏳ '), tr('research.due', { what: what(o), turn: o.dueTurn }))))));
  }
  box.appendChild(section(tr('research.commission'),
    decisionForm(app, rf, (read) => checkResearch(ctx(app), { kind: read('kind'), measure: read('measure'), market: read('market'), product: read('product') }),
      field(app, { form: rf, name: 'kind', label: tr('research.kind') },
        select(RESEARCH_KINDS.map((kd) => { const m = sc.research[kd]; return [kd, tr('research.kindOption', { name: tr(`rkind.${kd}`), cost: f.money(m.cost), turns: m.turns, error: f.pct(m.error, 0) })] as [string, string]; }))),
      field(app, { form: rf, name: 'measure', label: tr('research.measure') }, select(RESEARCH_MEASURES.map((m) => [m, tr(`measure.${m}`)] as [string, string]))),
      field(app, { form: rf, name: 'market', label: tr('field.market') }, select(sc.markets.map((m) => [m.id, f.market(m.id)] as [string, string]))),
      field(app, { form: rf, name: 'product', label: tr('research.product') }, select(products)),
      h('div', { class: 'row' }, submit(app, rf, tr('research.button'))))));
  return box;
}

// ---- team ----

export function teamPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const sc = s.scenario;
  const view = s.view();
  const team = view.company.team;
  const box = h('div', { class: 'panel' });
  box.appendChild(h('p', { class: 'hint' }, tr('team.hint', { base: f.count(sc.team.baseCapacity), per: f.dec(sc.team.perPerson, sc.team.perPerson % 1 === 0 ? 0 : 1), pairs: activePairs(view.company), execution: f.pct(team.execution, 0) })));
  for (const role of TEAM_ROLES) {
    const tf = `staff-${role}`;
    box.appendChild(decisionForm(app, tf, (read) => checkStaff(ctx(app), { role, count: read('count') }),
      h('div', { class: 'inline' },
        field(app, { form: tf, name: 'count', label: tr('team.role', { role: tr(`role.${role}`), salary: f.money(sc.team[role].salary) }), hint: tr('team.now', { n: team[role], max: sc.team.maxPerRole }) },
          input({ inputmode: 'numeric', placeholder: String(team[role]), class: 'narrow' })),
        submit(app, tf, tr('team.button')))));
  }
  box.appendChild(h('p', { class: 'small-text' }, tr('team.payroll', { now: f.money(payrollWith(sc, view, null)) })));
  return box;
}
