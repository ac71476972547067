// Helpers for the browser tests: a page that records console errors and any
// request that leaves the site, and small steps through the game's test handles.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './chromium';
import { serveProductionBuild, type Site } from './site';

export interface Watched { page: Page; errors: string[]; outside: string[] }

/** Options of the page's browser context, and a script run in each page before its own. */
export interface PageSetup { context?: BrowserContextOptions; initScript?: () => void }

export async function openPage(browser: Browser, url: string, locale = 'en-US', setup?: PageSetup): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale, acceptDownloads: true, ...setup?.context });
  if (setup?.initScript) await context.addInitScript(setup.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url()); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto(url);
  return { page, errors, outside };
}

export async function stateHash(page: Page): Promise<string> {
  return (await page.getByTestId('state-hash').textContent())!.trim();
}

export async function turnNumber(page: Page): Promise<number> {
  return Number(await page.getByTestId('turn-number').getAttribute('data-value'));
}

/** Ends the turn and dismisses the report; answers a crisis with `option` when one is asked. */
export async function endTurn(page: Page, crisisOption = 0): Promise<{ crisis: boolean }> {
  await page.getByTestId('end-turn').click();
  await page.getByTestId('report').waitFor();
  await page.getByTestId('continue').click();
  const crisis = page.getByTestId('crisis');
  if (await crisis.isVisible()) {
    await page.getByTestId(`crisis-option-${crisisOption}`).click();
    await expect.poll(() => crisis.isVisible()).toBe(false);
    return { crisis: true };
  }
  return { crisis: false };
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The production build served and Chromium launched for one test file, with a watched page open; both closed after its tests. */
export function siteWithPage(locale = 'en-US'): { readonly site: Site; readonly browser: Browser; readonly w: Watched } {
  const env = {} as { site: Site; browser: Browser; w: Watched };
  beforeAll(async () => {
    env.site = await serveProductionBuild();
    env.browser = await launchChromium();
    env.w = await openPage(env.browser, env.site.url, locale);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * The production build served and Chromium launched for one test file; `open` gives
 * each test a fresh page, closed after the test once checked for console errors and
 * requests that left the site (a page left open keeps its map animating and slows the next).
 */
export function siteWithPages(): { readonly site: Site; readonly browser: Browser; open(locale?: string, setup?: PageSetup): Promise<Watched> } {
  const opened: Watched[] = [];
  const env = {
    site: undefined as unknown as Site,
    browser: undefined as unknown as Browser,
    async open(locale = 'en-US', setup?: PageSetup): Promise<Watched> {
      const w = await openPage(env.browser, env.site.url, locale, setup);
      opened.push(w);
      return w;
    },
  };
  beforeAll(async () => {
    env.site = await serveProductionBuild();
    env.browser = await launchChromium();
  }, 120_000);
  afterEach(async () => {
    for (const w of opened.splice(0)) {
      await w.page.context().close();
      expect(w.errors).toEqual([]);
      expect(w.outside).toEqual([]);
    }
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
