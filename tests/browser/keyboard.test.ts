// Keyboard alone (issue 5 §8), in the production build: every decision tab is
// reached with the arrow keys, every stop inside it shows a focus ring and has a
// name, Space ticks a box and Enter submits; the hidden file inputs show their
// ring on the button-like label; the map and the charts are named images whose
// facts are also in words (the peaks ahead are listed in the Markets tab).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteWithPage, tabTo } from './play';
import { newSession } from '../../src/game/session';
import { encodeSave } from '../../src/game/save';
import { shippedScenario } from '../support/scenarios';

// The campaign three turns in: six markets, so every panel has its full set of fields.
const campaignText = readFileSync(new URL('../../scenarios/campaign-global.json', import.meta.url), 'utf8');
const session = newSession(shippedScenario('campaign-global'), campaignText, 'keyboard-student');
for (let i = 0; i < 3; i++) session.play([]);
const save = encodeSave(session, []);

const env = siteWithPage();

interface Stop { inPanel: boolean; ring: boolean; name: string; what: string }

/** The focused element: inside the tab panel?, a visible outline?, its accessible name (label, aria-label/-labelledby or text). */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    const by = el.getAttribute('aria-labelledby');
    const name = el.getAttribute('aria-label')
      || (by ? by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '')
      || ((el as HTMLInputElement).labels?.[0]?.textContent ?? '')
      || (['BUTTON', 'SUMMARY'].includes(el.tagName) ? el.textContent ?? '' : '')
      || (el.getAttribute('role') === 'tabpanel' ? 'tabpanel' : '');
    return {
      inPanel: el.closest('[role=tabpanel]') !== null,
      ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
      name: name.trim(),
      what: `${el.tagName}#${el.id}`,
    };
  });
}

describe('keyboard alone', () => {
  it('reaches every decision tab with the arrows; every stop in it shows its focus and has a name', async () => {
    const { page } = env.w;
    await page.evaluate((sv) => { localStorage.setItem('chuhai.save', sv); localStorage.setItem('chuhai.lang', 'en'); }, save);
    await page.reload();
    await page.getByTestId('resume').click();
    await page.getByTestId('tab-markets').waitFor(); // the save is replayed first (three campaign turns)
    const ids = await page.locator('[role=tab]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(11);
    await page.locator('body').focus();
    await tabTo(page, '[role="tab"][aria-selected="true"]');
    for (const id of ids) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
      expect(await page.locator(`#${id}`).getAttribute('aria-selected')).toBe('true');
      expect((await focused(page)).ring).toBe(true);
      let stops = 0;
      const bad: Stop[] = [];
      for (;;) {
        await page.keyboard.press('Tab');
        const s = await focused(page);
        if (!s.inPanel) break;
        stops++;
        if (!s.ring || s.name === '') bad.push(s);
        expect(stops).toBeLessThan(250);
      }
      expect(bad, id).toEqual([]);
      expect(stops, id).toBeGreaterThan(0);
      // Back to the tab (the last key pressed was Tab, so the ring shows), then on to the next one with the arrow key.
      await page.locator(`#${id}`).focus();
      await page.keyboard.press('ArrowRight');
    }
  }, 120_000);

  it('ticks a payment method with Space and applies it with Enter', async () => {
    const { page } = env.w;
    await page.getByTestId('tab-payments').focus();
    await page.keyboard.press('Enter');
    const box = page.locator('#pay-US-paypal');
    const before = await box.isChecked();
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(!before);
    await page.locator('#pay-US-submit').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('pending-list').textContent()).toMatch(/United States: accept/);
    // The focus stays on the button pressed (the panel is rebuilt around it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pay-US-submit');
  }, 60_000);

  it('names the map and lists the peaks ahead in words', async () => {
    const { page } = env.w;
    const world = page.getByTestId('world');
    await expect.poll(() => world.getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
    expect(await world.getAttribute('role')).toBe('img');
    expect(await world.getAttribute('aria-label')).toMatch(/Markets and Stock & shipping tabs/);
    await page.getByTestId('tab-markets').click();
    expect(await page.getByTestId('upcoming-seasons').textContent()).toMatch(/Turn \d+: /);
  }, 60_000);

  it('shows the focus of a hidden file input on its button', async () => {
    const { page } = env.w;
    await page.goto(env.site.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByTestId('title-case-library').focus();
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.id === 'load-run')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('load-run');
    const ring = await page.locator('label[for="load-run"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    expect(await page.locator('#load-run-chosen').textContent()).toBe('No file chosen');
    expect(env.w.errors).toEqual([]);
    expect(env.w.outside).toEqual([]);
  }, 60_000);
});
