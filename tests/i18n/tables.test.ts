// zh and en must say the same things: the same keys, the same placeholders.
import { describe, expect, it } from 'vitest';
import { TABLES, browserLang, money, moneyShort, percent, t } from '../../src/i18n';

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('string tables', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(TABLES.zh).sort()).toEqual(Object.keys(TABLES.en).sort());
  });
  it('have the same placeholders per key and no empty strings', () => {
    for (const key of Object.keys(TABLES.en)) {
      expect(placeholders(TABLES.zh[key]!), key).toEqual(placeholders(TABLES.en[key]!));
      expect(TABLES.zh[key]!.trim().length, key).toBeGreaterThan(0);
      expect(TABLES.en[key]!.trim().length, key).toBeGreaterThan(0);
    }
  });
  it('fills placeholders and formats with Intl for the language', () => {
    expect(t('en', 'app.title')).toContain('Chuhai');
    expect(money('en', 123456, 'USD', 2)).toBe('$1,234.56');
    expect(money('zh', 500, 'JPY', 0)).toBe('JP¥500');
    expect(percent('en', 0.256)).toBe('25.6%');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang([])).toBe('zh');
  });
});

describe('short money for charts and map labels', () => {
  it('is whole and grouped below the first compact unit, compact above it', () => {
    expect(moneyShort('zh', 818_090, 'CNY', 2)).toBe('¥8,181');
    expect(moneyShort('zh', -69_250, 'CNY', 2)).toBe('-\u2060¥693'); // the minus kept with its figure (numbers.test.ts)
    expect(moneyShort('zh', 15_400_000, 'CNY', 2)).toBe('¥15.4万');
    expect(moneyShort('en', 69_250, 'CNY', 2)).toBe('CN¥693');
    expect(moneyShort('en', 818_090, 'CNY', 2)).toBe('CN¥8.2K');
  });
});

// Chinese text set in Chinese: full-width punctuation after Chinese characters, no
// spaces between a Chinese word and a name put into it ("美国的订单", not
// "美国 的订单"). Spaces around numbers stay ("第 3 回合"); {from}/{to} are often
// turn numbers, so they are left out of the name check.
const NAME = 'product|market|carrier|where|what|name|title|channel|warehouse|kind|method|reason|subject|company|label';
const HAN = '\\u4e00-\\u9fff';

describe('Chinese typography in the zh tables', () => {
  const zh = Object.entries(TABLES.zh);
  it('uses full-width punctuation next to Chinese characters', () => {
    const bad = zh.filter(([, v]) => new RegExp(`[${HAN}）][,:;!?]|[,:;!?][${HAN}（]|\\([^)]*[${HAN}][^)]*\\)`).test(v));
    expect(bad).toEqual([]);
  });
  it('puts no space between a Chinese word and a name filled into it', () => {
    const bad = zh.filter(([, v]) => new RegExp(`[${HAN}] \\{(${NAME})\\}|\\{(${NAME})\\} [${HAN}]`).test(v));
    expect(bad).toEqual([]);
  });
  it('the checks catch what they are for', () => {
    expect(new RegExp(`[${HAN}] \\{(${NAME})\\}|\\{(${NAME})\\} [${HAN}]`).test('{market} 的订单')).toBe(true);
    expect(new RegExp(`[${HAN}）][,:;!?]`).test('危机: 标题')).toBe(true);
  });
});
