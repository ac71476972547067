// How figures read: a negative amount keeps its minus on the same line as the
// figure, a zero has no sign, an exchange rate has four significant figures, an
// English noun after a count agrees with it, expected counts of people and
// complaints are whole, and the Chinese crisis deadline says "by the end of turn
// N" (answers during turn N count).
import { describe, expect, it } from 'vitest';
import { TABLES, count, decimal, money, moneyShort, percent, rate, t, wholeCount } from '../../src/i18n';
import { Fmt as SceneFmt } from '../../src/game/scenes/format';
import { Fmt } from '../../src/game/ui/format';
import { shippedScenario } from '../support/scenarios';

const WJ = '\u2060';

describe('signs', () => {
  it('keep a negative amount\'s minus with its figure (no line break between "-" and the currency sign)', () => {
    expect(money('en', -905_545, 'CNY', 2)).toBe(`-${WJ}CN¥9,055.45`);
    expect(money('zh', -905_545, 'CNY', 2)).toBe(`-${WJ}¥9,055.45`);
    expect(money('en', -1999, 'EUR', 2)).toBe(`-${WJ}€19.99`);
    expect(moneyShort('en', -1_234_500, 'CNY', 2)).toBe(`-${WJ}CN¥12.3K`);
    expect(money('en', 905_545, 'CNY', 2)).toBe('CN¥9,055.45');
  });

  it('leave zero unsigned, however it was reached', () => {
    expect(money('en', -0, 'CNY', 2)).toBe('CN¥0.00');
    expect(money('zh', -0.4, 'CNY', 2)).toBe('¥0.00');
    expect(new Fmt('en', shippedScenario('tutorial')).money(-0.4)).toBe('CN¥0.00');
    expect(moneyShort('zh', -40, 'CNY', 2)).toBe('¥0');
    expect(count('en', -0.2)).toBe('0');
    expect(decimal('en', -0.001, 1)).toBe('0.0');
    expect(percent('en', -0.00001)).toBe('0.0%');
    expect(money('en', -1, 'CNY', 2)).toBe(`-${WJ}CN¥0.01`);
  });
});

describe('exchange rates', () => {
  it('have four significant figures, however small the rate', () => {
    expect(rate('en', 0.00045)).toBe('0.0004500');
    expect(rate('en', 0.00041234)).toBe('0.0004123');
    expect(rate('en', 7.2)).toBe('7.200');
    expect(rate('zh', 0.048123)).toBe('0.04812');
    const tutorial = shippedScenario('tutorial');
    expect(new Fmt('en', tutorial).rate(0.00045)).toBe('0.0004500');
    expect(new SceneFmt('en', 'CNY', 2).rate(0.00045)).toBe('0.0004500');
  });
});

describe('plurals', () => {
  it('agree with the count shown in English; Chinese has none', () => {
    expect(t('en', 'unit.weeks', { n: 1 })).toBe('1 week');
    expect(t('en', 'unit.weeks', { n: 3 })).toBe('3 weeks');
    expect(t('en', 'unit.weeks', { n: 0 })).toBe('0 weeks');
    expect(t('zh', 'unit.weeks', { n: 1 })).toBe('1 周');
    expect(t('en', 'buyers.chargebacks', { n: '1', amount: 'CN¥201.18', ratio: '3.13%' })).toBe('Chargebacks: 1 order, CN¥201.18 (3.13% of orders)');
    expect(t('en', 'buyers.chargebacks', { n: '1,234', amount: 'x', ratio: 'y' })).toBe('Chargebacks: 1,234 orders, x (y of orders)');
    expect(t('en', 'buyers.agents', { n: '1' })).toBe('1 agent');
    expect(t('en', 'act.promotion', { market: 'US', kind: 'Flash sale', pct: '20%', turns: 1 })).toBe('US: Flash sale, 20% off for 1 week');
    expect(t('en', 'unit.days', { n: '1.0' })).toBe('1.0 days'); // CLDR: 1.0 is plural
    expect(t('en', 'form.fix', { n: 1 })).toBe('1 field needs fixing.');
    expect(t('en', 'err.homeStock', { n: '1' })).toMatch(/^Only 1 unit is in/);
  });

  it('leave no count before a plural noun without its singular in the English tables', () => {
    const nouns = 'weeks|days|turns|orders|agents|units|markets|problems|warnings|carts|methods|fields|pairs|contacts|digits';
    // A range ("{lo}–{hi} days") is plural whatever its ends.
    const bare = Object.entries(TABLES.en).filter(([, v]) => new RegExp(`(?<!–)\\{\\w+\\} (${nouns})\\b`).test(v));
    expect(bare).toEqual([]);
  });

  it('choose by a count the string itself fills in', () => {
    for (const [key, v] of Object.entries(TABLES.en)) {
      const own = new Set([...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const m of v.matchAll(/\{(\w+):[^{}|]*\|[^{}|]*\}/g)) expect(own.has(m[1]), `${key}: {${m[1]}:…}`).toBe(true);
    }
  });
});

describe('counts of people and complaints', () => {
  it('are whole, and some but under half of one is "<1"', () => {
    expect(wholeCount('en', 7.7)).toBe('8');
    expect(wholeCount('en', 0.1)).toBe('<1');
    expect(wholeCount('en', 0)).toBe('0');
    expect(wholeCount('en', 0.6)).toBe('1');
    expect(wholeCount('zh', 0.1)).toBe('不足 1');
    expect(wholeCount('en', 1234.4)).toBe('1,234');
  });
});

describe('the Chinese crisis deadline', () => {
  // "第 4 回合前" reads "before turn 4"; the engine's own notice says 回合结束前 (phases/crises.ts).
  it('says "by the end of turn N", as the engine accepts answers during turn N', () => {
    for (const key of ['crisis.notice', 'crisis.deadline'] as const) {
      expect(TABLES.zh[key]).not.toMatch(/回合前/);
      expect(TABLES.zh[key]).toMatch(/第 \{turn\} 回合结束前/);
    }
  });
});
