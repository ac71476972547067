// The engine gives the same state hashes in Chromium as in Node (DESIGN.md §4):
// the production build plays the shipped scenarios on the page, and the hashes
// it shows must equal the ones computed here. The page must log no errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveProductionBuild, type Site } from './site';
import { shippedScenario } from '../support/scenarios';
import { playPassive } from '../../src/engine/playPassive';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveProductionBuild();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('engine in the browser', () => {
  it('shows the same per-turn state hashes as Node, with no console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(site.url)) outside.push(r.url()); });
    await page.goto(site.url);
    const text = await page.getByTestId('engine-hash').textContent({ timeout: 30_000 });
    const lines = (text ?? '').split('\n');
    const expected = ([['tutorial', 8], ['campaign-global', 12]] as const).map(([name, turns]) => {
      const { hashes, orders } = playPassive(shippedScenario(name), 1, turns);
      return `${name} ${hashes.join(' ')} orders ${orders}`;
    });
    expect(lines).toEqual(expected);
    expect(await page.locator('#engine-title').textContent()).toContain('·');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);
});
