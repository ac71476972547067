// The only place the scenes turn figures into text: src/i18n's strings and Intl
// formatting, in the current language. Nothing here computes a figure.
import { count, money, moneyShort, pick, rate, t, type Lang, type StringKey } from '../../i18n';
import type { Localised } from '../../engine';

export class Fmt {
  constructor(readonly lang: Lang, readonly currency: string, readonly decimals: number) {}

  t(key: StringKey, vars?: Readonly<Record<string, string | number>>): string { return t(this.lang, key, vars); }
  text(s: Localised): string { return pick(this.lang, s); }
  money(minor: number): string { return money(this.lang, minor, this.currency, this.decimals); }
  moneyShort(minor: number): string { return moneyShort(this.lang, minor, this.currency, this.decimals); }
  units(n: number): string { return count(this.lang, n); }
  /** An exchange rate (home units per one foreign unit), to four significant figures as everywhere else. */
  rate(r: number): string { return rate(this.lang, r); }
  list(items: readonly string[]): string { return items.join(this.t('scene.list.separator')); }
}
