// What the engine computes, made visible (issue 5 §3–§4) in the production build:
// a week with a flash sale shows the promotion's evaluation, the complaints and
// the service line with the engine's own figures — the same run replayed in Node
// from the autosave gives the same hashes and the same numbers; the risk panel
// lists the FX forward bought; the forecast's expected orders fall with a price
// rise and rise with a search-ad budget; the report reads in Chinese too; and a
// damaged save's detail line is said in the player's language.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveProductionBuild, type Site } from './site';
import { openPage, stateHash, turnNumber, type Watched } from './play';
import { newSession } from '../../src/game/session';
import { shippedScenario } from '../support/scenarios';

let site: Site;
let browser: Browser;
let w: Watched;

beforeAll(async () => {
  site = await serveProductionBuild();
  browser = await launchChromium();
  w = await openPage(browser, site.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');

/** The run so far, replayed in Node from the browser's autosave (its actions, checked against its hashes). */
async function replayedInNode(page: Page) {
  const save = JSON.parse((await page.evaluate(() => localStorage.getItem('chuhai.save')))!) as { seed: number; turns: { actions: unknown[]; hash: string }[] };
  const s = newSession(shippedScenario('tutorial'), tutorialText);
  expect(s.seed).toBe(save.seed);
  for (const t of save.turns) {
    s.play(t.actions);
    expect(s.turns.at(-1)!.hash).toBe(t.hash);
  }
  return s;
}

const expectedOrders = async (page: Page) => {
  await page.getByTestId('tab-forecast').click();
  return Number(await page.getByTestId('forecast-orders-US-marketplace-serum').getAttribute('data-expected'));
};

describe('the report, risk panel and forecast show what the engine computes', () => {
  it('lists the FX forward bought last week in the risk panel, with the engine\'s rate', async () => {
    const { page } = w;
    await page.getByTestId('lang-en').click();
    await page.getByTestId('scenario-tutorial').click();
    await page.getByTestId('start-game').click();
    await page.getByTestId('continue').click();
    await page.getByTestId('tab-risk').click();
    expect(await page.getByTestId('risk-open').textContent()).toContain('No FX forwards');
    await page.locator('#hedge-currency').selectOption('USD');
    await page.locator('#hedge-share').fill('50');
    await page.locator('#hedge-turns').fill('8');
    await page.locator('#hedge-submit').click();
    await page.getByTestId('end-turn').click();
    await page.getByTestId('report').waitFor();
    await page.getByTestId('continue').click();
    expect(await turnNumber(page)).toBe(2);
    const s = await replayedInNode(page);
    const forward = s.state.companies.player!.forwards[0]!;
    await page.getByTestId('tab-risk').click();
    const row = await page.getByTestId('open-forwards').locator('tbody tr').textContent();
    expect(row).toContain('USD');
    expect(row).toContain('50%');
    expect(row).toContain(`turns ${forward.fromTurn}–${forward.untilTurn}`);
    expect(row).toContain(`1 USD = ${(forward.rate / 1e9).toPrecision(4)} CNY`); // four significant figures, as every rate
  }, 90_000);

  it('expects fewer orders after a price rise and more with a search-ad budget', async () => {
    const { page } = w;
    const base = await expectedOrders(page);
    expect(base).toBeGreaterThan(0);
    await page.getByTestId('tab-prices').click();
    await page.locator('#price-US-marketplace-serum-price').fill('25.99');
    await page.locator('#price-US-marketplace-serum-submit').click();
    const dearer = await expectedOrders(page);
    expect(dearer).toBeLessThan(base);
    await page.getByTestId('tab-marketing').click();
    await page.locator('#search-US-weekly').fill('2000');
    await page.locator('#search-US-submit').click();
    expect(await expectedOrders(page)).toBeGreaterThan(dearer);
    expect(await page.getByTestId('forecast-assumes').textContent()).toMatch(/Price sensitivity.*1\.50 \(region\)/);
  }, 60_000);

  it('evaluates a flash sale, counts complaints and service with the engine\'s figures, in both languages', async () => {
    const { page } = w;
    await page.getByTestId('tab-growth').click();
    await page.locator('#promo-US-kind').selectOption('flashSale');
    await page.locator('#promo-US-depth').fill('20');
    await page.locator('#promo-US-turns').fill('1');
    await page.locator('#promo-US-submit').click();
    await page.getByTestId('end-turn').click();
    const report = page.getByTestId('report');
    await report.waitFor();
    const s = await replayedInNode(page);
    expect(await stateHash(page)).toBe(s.hash());
    const b = s.reports[1]!.companies.player!.buyers.US!;
    expect(b.promotion).not.toBeNull();
    const promo = page.getByTestId('promotion-US');
    expect(await promo.textContent()).toContain('Flash sale, 20% off, turn 2');
    expect(Number(await page.getByTestId('promotion-US-lift').getAttribute('data-value'))).toBe(b.promotion!.salesLift);
    expect(Number(await page.getByTestId('promotion-US-new').getAttribute('data-value'))).toBe(b.promotion!.newCustomers);
    expect(b.promotion!.baselineOrders).toBeGreaterThan(0); // week 1 was a normal week: the lift is shown in words
    expect(await promo.textContent()).toMatch(new RegExp(`(up|down) ${Math.round(Math.abs(b.promotion!.salesLift) * 100)}%`));
    expect(await promo.textContent()).toContain(b.promotion!.newCustomers.toLocaleString('en-US'));
    // Judged by what changed: the week before, and satisfaction and awareness since it began.
    expect(await promo.textContent()).toContain(`(week before it: ${b.promotion!.newCustomersBefore.toLocaleString('en-US')})`);
    expect(Number(await page.getByTestId('promotion-US-awareness').getAttribute('data-value'))).toBe(b.promotion!.awarenessChange);
    expect(Number(await page.getByTestId('promotion-US-satisfaction').getAttribute('data-value'))).toBe(b.promotion!.satisfactionChange);
    expect(await page.getByTestId('promotion-US-awareness').textContent()).toMatch(/(up|down) \d+\.\d points since it began|unchanged since it began/);
    expect(b.customers.complaints.total).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('complaints-US-total').getAttribute('data-value'))).toBe(b.customers.complaints.total);
    expect(await page.getByTestId('service-US').textContent()).toContain(`replies in ${b.service.responseHours.toFixed(1)} h`);
    // The customer base is folded away and opens with the keyboard.
    const base = page.getByTestId('customers-US');
    expect(await base.getAttribute('open')).toBeNull();
    await base.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await base.getAttribute('open')).not.toBeNull();
    expect(await base.textContent()).toContain(b.customers.lifecycle.new.toLocaleString('en-US'));
    await page.getByTestId('continue').click();
    // The same report in Chinese.
    await page.getByTestId('lang-zh').click();
    await page.getByRole('button', { name: '打开上周报告' }).click();
    const zh = await page.getByTestId('report-buyers').textContent();
    for (const part of ['买家与客户', '限时抢购', '销量提升', '投诉', '客服']) expect(zh).toContain(part);
    await page.getByTestId('continue').click();
    await page.getByTestId('lang-en').click();
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
  }, 90_000);

  it('says what is wrong with a damaged save in the player\'s language', async () => {
    const x = await openPage(browser, site.url, 'zh-CN');
    try {
      await x.page.evaluate(() => { localStorage.setItem('chuhai.save', '{"format":"chuhai-save",'); localStorage.setItem('chuhai.lang', 'zh'); });
      await x.page.reload();
      expect(await x.page.getByTestId('save-problem-detail').textContent()).toMatch(/^存档内容不是 JSON（.+）$/);
      await x.page.getByTestId('lang-en').click();
      await x.page.reload();
      expect(await x.page.getByTestId('save-problem-detail').textContent()).toMatch(/^the saved text is not JSON \(.+\)$/);
      expect(x.errors).toEqual([]);
    } finally {
      await x.page.context().close();
    }
  }, 60_000);
});
