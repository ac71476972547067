// zh and en must say the same things: the same keys, the same placeholders.
import { describe, expect, it } from 'vitest';
import { TABLES, browserLang, money, percent, t } from '../../src/i18n';

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
