// Marketing (seed 000 ch. 6–7): social and search ad budgets, discounts, and per
// market the creators (KOL/KOC), localisation and platform promotions.
import type { App } from './app';
import { h } from './dom';
import { decisionForm, field, input, select, submit } from './form';
import { checkAdBudget, checkDiscount } from '../validate';
import { KOL_TIERS, LOCALISATION_LEVELS, PROMOTION_KINDS } from '../../engine';
import { kolTier, localisationLevel } from '../../engine/marketing';
import { checkKol, checkLocalisation, checkPromotion } from '../validateMore';
import { ctx, marketIds, section } from './panelsKit';

export function marketingPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const ads = h('div', { class: 'ad-grid' });
  for (const id of marketIds(app)) {
    // Social ads buy awareness (priced per thousand impressions); search ads buy
    // clicks from shoppers already looking (priced per click): seed 000 ch. 6.
    for (const kind of ['social', 'search'] as const) {
      const af = kind === 'social' ? `ads-${id}` : `search-${id}`;
      const p = view.company.markets[id];
      const cur = (kind === 'social' ? p?.adBudget : p?.searchBudget) ?? 0;
      ads.appendChild(decisionForm(app, af, (read) => checkAdBudget(ctx(app), { market: id, weekly: read('weekly'), kind }),
        h('div', { class: 'inline' },
          field(app, { form: af, name: 'weekly', label: tr(kind === 'social' ? 'marketing.budgetFor' : 'marketing.searchFor', { market: f.market(id), cur: s.scenario.homeCurrency }), hint: tr('marketing.now', { amount: f.money(cur) }), fields: ['weekly', 'kind', 'market'] },
            input({ inputmode: 'decimal', placeholder: f.homeInput(cur), class: 'narrow' })),
          submit(app, af, tr('form.set')))));
    }
  }
  box.appendChild(section(tr('marketing.ads'), h('p', { class: 'hint' }, tr('marketing.adsHint')), ads));

  const listings = view.company.listings;
  if (listings.length > 0) {
    const df = 'discount';
    const options = listings.map((l) => [`${l.market}|${l.channel}|${l.product}`, `${f.product(l.product)} · ${f.market(l.market)} · ${f.channel(l.channel)}`] as [string, string]);
    box.appendChild(section(tr('marketing.promotions'),
      h('p', { class: 'hint' }, tr('marketing.promotionsHint')),
      decisionForm(app, df, (read) => {
        const [market, channel, product] = read('listing').split('|');
        return checkDiscount(ctx(app), { market: market ?? '', channel: channel ?? '', product: product ?? '', percent: read('percent'), turns: read('turns') });
      },
      field(app, { form: df, name: 'listing', label: tr('field.listing'), fields: ['listing', 'product', 'market', 'channel'] }, select(options)),
      h('div', { class: 'inline' },
        field(app, { form: df, name: 'percent', label: tr('field.discountPct') }, input({ inputmode: 'numeric', placeholder: '10', class: 'narrow' })),
        field(app, { form: df, name: 'turns', label: tr('field.discountTurns') }, input({ inputmode: 'numeric', placeholder: '1', class: 'narrow' }))),
      h('div', { class: 'row' }, submit(app, df, tr('marketing.discountButton'))))));
  }
  return box;
}

// ---- creators and promotions: KOL/KOC, localisation, platform promotions ----

export function growthPanel(app: App): HTMLElement {
  const s = app.session!;
  const tr = app.tr.bind(app);
  const f = app.fmt();
  const view = s.view();
  const box = h('div', { class: 'panel' });
  const sc = s.scenario;
  for (const m of sc.markets) {
    const p = view.company.markets[m.id];
    const parts: HTMLElement[] = [];
    const kf = `kol-${m.id}`;
    // The tier's price, reach and engagement make a long option: the list gets the full width.
    parts.push(decisionForm(app, kf, (read) => checkKol(ctx(app), { market: m.id, tier: read('tier') }),
      field(app, { form: kf, name: 'tier', label: tr('growth.kol'), hint: tr('growth.kolHint'), fields: ['tier', 'market'] },
        select(KOL_TIERS.map((t) => { const k = kolTier(sc, t); return [t, tr('growth.kolOption', { tier: tr(`kol.${t}`), cost: f.money(k.cost), reach: f.count(k.reach), eng: f.pct(k.engagement, 0) })] as [string, string]; }))),
      h('div', { class: 'row form-end' }, submit(app, kf, tr('growth.kolButton')))));
    const lf = `localise-${m.id}`;
    parts.push(decisionForm(app, lf, (read) => checkLocalisation(ctx(app), { market: m.id, level: read('level') }),
      h('div', { class: 'inline' },
        field(app, { form: lf, name: 'level', label: tr('growth.localisation'), hint: tr('growth.now', { what: tr(`loc.${p?.localisation ?? 'machine'}`) }), fields: ['level', 'market'] },
          select(LOCALISATION_LEVELS.map((l) => { const x = localisationLevel(sc, l); return [l, tr('growth.locOption', { level: tr(`loc.${l}`), cost: f.money(x.cost), conv: f.dec(x.conversion, 2) })] as [string, string]; }), p?.localisation)),
        submit(app, lf, tr('form.set')))));
    const pf = `promo-${m.id}`;
    parts.push(decisionForm(app, pf, (read) => checkPromotion(ctx(app), { market: m.id, kind: read('kind'), depth: read('depth'), turns: read('turns') }),
      field(app, { form: pf, name: 'kind', label: tr('growth.promotion'), fields: ['kind', 'market'] }, select(PROMOTION_KINDS.map((k) => [k, tr(`promo.${k}`)] as [string, string]))),
      h('div', { class: 'inline' },
        field(app, { form: pf, name: 'depth', label: tr('field.discountPct') }, input({ inputmode: 'numeric', placeholder: '15', class: 'narrow' })),
        field(app, { form: pf, name: 'turns', label: tr('field.discountTurns') }, input({ inputmode: 'numeric', placeholder: '1', class: 'narrow' })),
        submit(app, pf, tr('growth.promotionButton')))));
    box.appendChild(section(f.market(m.id), ...parts));
  }
  return box;
}
