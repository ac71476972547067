// Every string the player reads, in zh-CN and en (issue 5 §8). Screens and scenes
// never hold literals: they ask t(key). Seven tables per language — the DOM screens'
// decisions and navigation (ui.*), the Stock & shipping panel (logistics.*), what a turn
// and a run produce: report, crisis, debrief, replay (results.*), the Phaser scenes'
// (scenes.*), the case library's and case debrief's (cases.*), the report's buyer and
// compliance sections with the risk panel's open positions, the forecast's assumptions and
// the saved game's box and details (report.*), and the report's money detail: waterfall
// lines and the cash bridge (money.*, memo.*) — so each part owns its own file; a test
// checks that both languages have exactly the same keys and placeholders.
// Numbers, money and dates go through Intl for the language.
import { uiZh } from './ui.zh';
import { uiEn } from './ui.en';
import { scenesZh } from './scenes.zh';
import { scenesEn } from './scenes.en';
import { casesZh } from './cases.zh';
import { casesEn } from './cases.en';
import { reportZh } from './report.zh';
import { reportEn } from './report.en';
import { resultsZh } from './results.zh';
import { resultsEn } from './results.en';
import { choosePlurals } from './plural';
import { keepMinusWithFigure, unsignedZero } from './signs';
import { moneyZh } from './money.zh';
import { moneyEn } from './money.en';
import { logisticsZh } from './logistics.zh';
import { logisticsEn } from './logistics.en';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type StringKey = keyof typeof uiEn | keyof typeof resultsEn | keyof typeof scenesEn | keyof typeof casesEn | keyof typeof reportEn | keyof typeof moneyEn | keyof typeof logisticsEn;
type Table = Readonly<Record<string, string>>;

export const TABLES: Readonly<Record<Lang, Table>> = {
  zh: { ...uiZh, ...resultsZh, ...scenesZh, ...casesZh, ...reportZh, ...moneyZh, ...logisticsZh },
  en: { ...uiEn, ...resultsEn, ...scenesEn, ...casesEn, ...reportEn, ...moneyEn, ...logisticsEn },
};

/** BCP 47 tag for Intl and <html lang>. */
export function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The language a browser asks for: Chinese when any preferred language is zh. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/**
 * The string for key with `{name}` placeholders filled and each `{name:singular|plural}`
 * in the form the count `name` takes (plural.ts); an unknown key shows itself.
 */
export function t(lang: Lang, key: StringKey, vars?: Readonly<Record<string, string | number>>): string {
  const text = choosePlurals(TABLES[lang][key] ?? key, locale(lang), vars);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A scenario's localised text in the language. */
export function pick(lang: Lang, text: { zh: string; en: string }): string {
  return text[lang];
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), options);
    cache.set(id, f);
  }
  return f;
}

/** Integer minor units (fen, cents) of a currency with `decimals` digits, as money. */
export function money(lang: Lang, minor: number, currency: string, decimals: number): string {
  let scale = 1;
  for (let i = 0; i < decimals; i++) scale *= 10;
  return keepMinusWithFigure(numberFormat(lang, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(unsignedZero(minor / scale, decimals)));
}

/**
 * Money shortened for charts and badges (¥1.2万, $12K). Below the first compact
 * unit (万 in Chinese, K in English) the amount is whole, with its grouping:
 * "¥8,181", not "¥8180.9" (compact notation keeps one decimal and drops grouping there).
 */
export function moneyShort(lang: Lang, minor: number, currency: string, decimals: number): string {
  let scale = 1;
  for (let i = 0; i < decimals; i++) scale *= 10;
  const v = minor / scale;
  if (Math.abs(v) < (lang === 'zh' ? 10_000 : 1_000)) {
    return keepMinusWithFigure(numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(unsignedZero(v, 0)));
  }
  return keepMinusWithFigure(numberFormat(lang, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(v));
}

export function count(lang: Lang, n: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(unsignedZero(n, 0));
}

/**
 * An expected count of people or complaints as a whole number. The engine keeps
 * these as expected values (0.3 of a customer lost); a person is whole, so the
 * count is rounded — and some but fewer than half of one is "<1", not "0".
 */
export function wholeCount(lang: Lang, n: number): string {
  return n > 0 && n < 0.5 ? t(lang, 'count.belowOne') : count(lang, n);
}

export function decimal(lang: Lang, n: number, digits: number): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(unsignedZero(n, digits));
}

/** A fraction 0–1 as a percentage. */
export function percent(lang: Lang, fraction: number, digits = 1): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(unsignedZero(fraction, digits + 2));
}

/**
 * An exchange rate (home units per one foreign unit) to four significant figures:
 * 7.213, 0.04812, 0.0004512. A fixed number of decimals showed the rupiah's
 * 0.00045 as 0.0005 (11% off) and its moves not at all.
 */
export function rate(lang: Lang, r: number): string {
  return numberFormat(lang, { minimumSignificantDigits: 4, maximumSignificantDigits: 4 }).format(r);
}
