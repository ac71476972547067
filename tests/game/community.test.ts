// Community operations (社群运营, seed 004 §03) in the Service panel: a weekly budget
// per market like the other budgets, with a hint in the course's words, the budget
// in place shown beside the field, and the decision in words in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { PendingList } from '../../src/game/pending';
import { newSession } from '../../src/game/session';
import { describeAction } from '../../src/game/ui/describe';
import { servicePanel } from '../../src/game/ui/panelsService';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

const session = () => newSession(shippedScenario('tutorial'), '{}', 'c1');

describe('community operations in the game', () => {
  beforeAll(installFakeDom);

  it('is described in the pending list in both languages (0 stops it)', () => {
    const s = session();
    const on = { type: 'setCommunity', market: 'US', weekly: 8000 };
    const off = { type: 'setCommunity', market: 'US', weekly: 0 };
    expect(describeAction(fakeApp(s, 'en'), on)).toBe('United States: community operations CN¥80.00 a week');
    expect(describeAction(fakeApp(s, 'zh'), on)).toBe('美国：社群运营每周 ¥80.00');
    expect(describeAction(fakeApp(s, 'en'), off)).toBe('United States: stop community operations');
    expect(describeAction(fakeApp(s, 'zh'), off)).toBe('美国：停止社群运营');
  });

  it('has a yuan field per market with the budget in place and a hint saying what it does', () => {
    const s = session();
    const form = (lang: 'en' | 'zh') => servicePanel(fakeApp(s, lang)) as unknown as FakeElement;
    const field = (panel: FakeElement) => panel.querySelector('[id="community-US-weekly"]')!;
    const panel = form('en');
    expect(field(panel).getAttribute('placeholder')).toBe('0.00');
    expect(field(panel).getAttribute('inputmode')).toBe('decimal');
    expect(textOf(panel.querySelector('[for="community-US-weekly"]'))).toBe('Community operations (CNY a week)');
    expect(textOf(panel.querySelector('[id="community-US-weekly-hint"]'))).toBe('Now CN¥0.00 a week.');
    expect(textOf(panel.querySelector('[data-testid="community-hint"]'))).toMatch(/^Run buyer groups \(WhatsApp\/LINE\/Telegram\): a weekly budget engages part of your active customers;.*Diminishing returns;/);
    expect(panel.querySelector('[id="community-US-submit"]')).not.toBeNull();
    s.endTurn(new PendingList([{ type: 'setCommunity', market: 'US', weekly: 7000 }]));
    const after = form('zh');
    expect(field(after).getAttribute('placeholder')).toBe('70.00');
    expect(textOf(after.querySelector('[for="community-US-weekly"]'))).toBe('社群运营（每周 CNY）');
    expect(textOf(after.querySelector('[id="community-US-weekly-hint"]'))).toBe('目前每周 ¥70.00。');
    expect(textOf(after.querySelector('[data-testid="community-hint"]'))).toMatch(/^社群运营（私域流量）：.*WhatsApp/);
  });
});
