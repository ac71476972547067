// The engine keeps complaints and the customers lost over them as expected
// (fractional) counts; the report shows them whole, "<1" for some but under half
// of one — never "7.7 of 7.7 settled" or "0.1 customers lost".
import { beforeAll, describe, expect, it } from 'vitest';
import { complaintsPart, customerBasePart } from '../../src/game/ui/reportCustomers';
import { PendingList } from '../../src/game/pending';
import { newSession } from '../../src/game/session';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

const complaints = {
  policy: 'fifo' as const, levels: [5.2, 2.5, 0] as [number, number, number], total: 7.7, settled: 7.7,
  repeatTotal: 0.1, repeatSettled: 0.1, customersLost: 0.1,
};

describe('complaints in the turn report', () => {
  beforeAll(installFakeDom);
  const session = () => newSession(shippedScenario('tutorial'), '{}');

  it('are counted whole in English', () => {
    const text = textOf(complaintsPart(fakeApp(session(), 'en'), 'US', complaints));
    expect(text).toContain('Settled: 8 of 8.');
    expect(text).not.toContain('Repeat buyers'); // under half a complaint: nothing to say
    expect(textOf(complaintsPart(fakeApp(session(), 'en'), 'US', { ...complaints, repeatTotal: 1.6, repeatSettled: 0.3 })))
      .toContain('Repeat buyers: <1 of 2 settled.');
    expect(text).toContain('Customers lost over complaints: <1');
    expect(text).toMatch(/2 · returns 3\b/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('and in Chinese', () => {
    const text = textOf(complaintsPart(fakeApp(session(), 'zh'), 'US', { ...complaints, settled: 3.4, customersLost: 2.6 }));
    expect(text).toContain('已解决：8 件中的 3 件。');
    expect(text).toContain('因投诉流失的客户：3');
    expect(text).not.toMatch(/\d\.\d/);
  });
});

describe('referrals and community operations in the customer base', () => {
  beforeAll(installFakeDom);

  /** The tutorial three weeks in, with a community budget from the first week or none. */
  function played(weekly: number | null) {
    const s = newSession(shippedScenario('tutorial'), '{}', 'r1');
    s.endTurn(new PendingList(weekly === null ? [] : [{ type: 'setCommunity', market: 'US', weekly }]));
    s.endTurn(new PendingList());
    s.endTurn(new PendingList());
    return { s, c: s.lastReport!.companies.player!.buyers.US!.customers };
  }

  it('show the engine\'s referred shoppers and the engaged share, in both languages', () => {
    const { s, c } = played(5000);
    expect(c.community.weekly).toBe(5000);
    expect(c.community.engaged).toBeGreaterThan(0);
    expect(c.community.engaged).toBeLessThan(1);
    expect(c.referredVisitors).toBeGreaterThan(0);
    const part = (lang: 'en' | 'zh') => customerBasePart(fakeApp(s, lang), 'US', c) as unknown as FakeElement;
    const line = (lang: 'en' | 'zh', id: string) => textOf(part(lang).querySelector(`[data-testid="${id}-US"]`));
    const pct = Math.round(c.community.engaged * 100);
    expect(line('en', 'referred')).toBe(`Referred by customers this week: ${c.referredVisitors.toLocaleString('en-US')}`);
    expect(line('en', 'community')).toBe(`Community: CN¥50.00 a week, engaging ${pct}% of active customers`);
    expect(line('zh', 'referred')).toBe(`本周由客户推荐来的访客：${c.referredVisitors.toLocaleString('zh-CN')}`);
    expect(line('zh', 'community')).toBe(`社群运营：每周 ¥50.00，带动 ${pct}% 的活跃客户参与`);
  });

  it('say nothing of a community without a budget, but still count referrals', () => {
    const { s, c } = played(null);
    expect(c.community.weekly).toBe(0);
    const part = customerBasePart(fakeApp(s, 'en'), 'US', c) as unknown as FakeElement;
    expect(part.querySelector('[data-testid="community-US"]')).toBeNull();
    expect(textOf(part)).toContain(`Referred by customers this week: ${c.referredVisitors}`);
  });
});
