// Numbers, money and names as the student reads them, in the language chosen:
// money through Intl in the currency of the figure (home currency for costs and
// profit, the market's for shelf prices), names from the scenario's own text.
import type { Scenario } from '../../engine';
import { count, decimal, money, moneyShort, percent, pick, rate, t, wholeCount, type Lang } from '../../i18n';

export class Fmt {
  private readonly decimals = new Map<string, number>();
  private readonly marketCurrency = new Map<string, string>();
  constructor(readonly lang: Lang, readonly scenario: Scenario) {
    for (const c of scenario.currencies) this.decimals.set(c.code, c.decimals);
    for (const m of scenario.markets) this.marketCurrency.set(m.id, m.currency);
  }

  get home(): string { return this.scenario.homeCurrency; }
  decimalsOf(code: string): number { return this.decimals.get(code) ?? 2; }
  currencyOf(market: string): string { return this.marketCurrency.get(market) ?? this.home; }

  /** Home-currency minor units. */
  money(minor: number): string { return money(this.lang, Math.round(minor), this.home, this.decimalsOf(this.home)); }
  moneyShort(minor: number): string { return moneyShort(this.lang, Math.round(minor), this.home, this.decimalsOf(this.home)); }
  /** A market's local minor units. */
  local(market: string, minor: number): string {
    const code = this.currencyOf(market);
    return money(this.lang, Math.round(minor), code, this.decimalsOf(code));
  }
  /** Local minor units as the plain number a person types (19.99). */
  localInput(market: string, minor: number): string {
    const d = this.decimalsOf(this.currencyOf(market));
    let scale = 1;
    for (let i = 0; i < d; i++) scale *= 10;
    return (minor / scale).toFixed(d);
  }
  homeInput(minor: number): string {
    const d = this.decimalsOf(this.home);
    let scale = 1;
    for (let i = 0; i < d; i++) scale *= 10;
    return (minor / scale).toFixed(d);
  }
  count(n: number): string { return count(this.lang, n); }
  /** An expected count of people or complaints (fractional in the engine), whole: "<1" for some but under half of one. */
  whole(n: number): string { return wholeCount(this.lang, n); }
  /** An exchange rate, home units per one foreign unit, to four significant figures. */
  rate(r: number): string { return rate(this.lang, r); }
  pct(f: number, digits = 1): string { return percent(this.lang, f, digits); }
  dec(n: number, digits: number): string { return decimal(this.lang, n, digits); }

  private name(list: readonly { id: string; name: { zh: string; en: string } }[], id: string): string {
    const x = list.find((e) => e.id === id);
    return x ? pick(this.lang, x.name) : id;
  }
  market(id: string): string { return this.name(this.scenario.markets, id); }
  product(id: string): string { return this.name(this.scenario.products, id); }
  channel(id: string): string { return this.name(this.scenario.channels, id); }
  carrier(id: string): string { return this.name(this.scenario.carriers, id); }
  payment(id: string): string { return this.name(this.scenario.paymentMethods, id); }
  warehouse(id: string): string { return this.name(this.scenario.warehouses, id); }
  company(id: string): string { return id === 'player' ? t(this.lang, 'company.you') : this.name(this.scenario.competitors, id); }
  location(id: string): string { return id === 'home' ? t(this.lang, 'loc.home') : this.warehouse(id); }
  event(id: string): string { return this.name(this.scenario.events, id); }
}
