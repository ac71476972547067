// A decision in words, for the pending list and the refused list of the report.
import type { App } from './app';
import type { StringKey } from '../../i18n';

type AnyAction = Record<string, unknown>;

export function describeAction(app: App, a: unknown): string {
  const tr = app.tr.bind(app);
  if (a === null || typeof a !== 'object') return tr('act.unknown', { type: String(a) });
  const x = a as AnyAction;
  const f = app.fmt();
  const s = (k: string) => String(x[k] ?? '');
  const n = (k: string) => Number(x[k] ?? 0);
  switch (x.type) {
    case 'setPrice': return tr('act.setPrice', { product: f.product(s('product')), market: f.market(s('market')), channel: f.channel(s('channel')), price: f.local(s('market'), n('price')) });
    case 'delist': return tr('act.delist', { product: f.product(s('product')), market: f.market(s('market')), channel: f.channel(s('channel')) });
    case 'setDiscount': return tr('act.setDiscount', { product: f.product(s('product')), market: f.market(s('market')), channel: f.channel(s('channel')), pct: f.pct(n('discount'), 0), turns: n('turns') });
    case 'orderStock': return tr('act.orderStock', { product: f.product(s('product')), units: f.count(n('units')) });
    case 'ship': return tr('act.ship', { product: f.product(s('product')), units: f.count(n('units')), to: f.location(s('to')), carrier: f.carrier(s('carrier')) });
    case 'setFulfilment': return x.from === 'home'
      ? tr('act.fulfilHome', { market: f.market(s('market')), carrier: f.carrier(s('carrier')) })
      : tr('act.fulfilWarehouse', { market: f.market(s('market')), warehouse: f.location(s('from')) });
    case 'setPayments': {
      const list = Array.isArray(x.methods) ? (x.methods as string[]).map((m) => f.payment(m)).join(app.lang === 'zh' ? '、' : ', ') : '';
      return tr('act.setPayments', { market: f.market(s('market')), methods: list || tr('act.none') });
    }
    case 'setAdBudget': return tr(x.kind === 'search' ? 'act.setSearchBudget' : 'act.setAdBudget', { market: f.market(s('market')), weekly: f.money(n('weekly')) });
    case 'respondCrisis': {
      const crisis = (app.session?.view().crises ?? []).find((c) => c.id === x.crisis);
      const opt = crisis?.options[n('option')];
      return tr('act.respondCrisis', { crisis: crisis ? crisis.title[app.lang] : s('crisis'), option: opt ? opt.label[app.lang] : String(n('option') + 1) });
    }
    case 'setFraudControl': return tr('act.setFraudControl', { market: f.market(s('market')), weekly: f.money(n('weekly')) });
    case 'runKolCampaign': return tr('act.kol', { market: f.market(s('market')), tier: tr(`kol.${s('tier')}` as StringKey) });
    case 'setLocalisation': return tr('act.localise', { market: f.market(s('market')), level: tr(`loc.${s('level')}` as StringKey) });
    case 'runPromotion': return tr('act.promotion', { market: f.market(s('market')), kind: tr(`promo.${s('kind')}` as StringKey), pct: f.pct(n('depth'), 0), turns: n('turns') });
    case 'setLoyalty': return tr('act.loyalty', { market: f.market(s('market')), programme: tr(`loyalty.${s('programme')}` as StringKey) });
    case 'setComplaintHandling': return tr('act.complaints', { market: f.market(s('market')), policy: tr(`complaintsShort.${s('policy')}` as StringKey) });
    case 'setCommunity': return n('weekly') > 0
      ? tr('act.setCommunity', { market: f.market(s('market')), weekly: f.money(n('weekly')) })
      : tr('act.stopCommunity', { market: f.market(s('market')) });
    case 'setService': return tr('act.service', {
      market: f.market(s('market')), n: n('agents'),
      extras: `${x.localLanguage === true ? tr('act.serviceLanguage') : ''}${x.localHours === true ? tr('act.serviceHours') : ''}`,
    });
    case 'setReturnPolicy': return tr('act.returns', { market: f.market(s('market')), days: n('days'), free: x.freeReturns === true ? tr('act.returnsFree') : '' });
    case 'registerTrademark': return tr('act.trademark', { market: f.market(s('market')) });
    case 'qualifyBackupSupplier': return tr('act.backupSupplier');
    case 'registerTax': return tr('act.tax', { market: f.market(s('market')) });
    case 'certifyProduct': return tr('act.certify', { market: f.market(s('market')), product: f.product(s('product')) });
    case 'setSecuritySpend': return tr('act.security', { weekly: f.money(n('weekly')) });
    case 'setCargoInsurance': return tr(x.on === true ? 'act.insuranceOn' : 'act.insuranceOff');
    case 'commissionResearch': return tr('act.research', {
      kind: tr(`rkind.${s('kind')}` as StringKey), market: f.market(s('market')),
      measure: x.product === undefined ? tr(`measure.${s('measure')}` as StringKey) : `${tr(`measure.${s('measure')}` as StringKey)} · ${f.product(s('product'))}`,
    });
    case 'setStaff': return tr('act.staff', { role: tr(`role.${s('role')}` as StringKey), n: n('count') });
    case 'hedgeFx': return tr('act.hedge', { currency: s('currency'), pct: f.pct(n('share'), 0), turns: n('turns') });
    default: return tr('act.unknown', { type: s('type') });
  }
}
