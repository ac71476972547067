// Works offline once loaded (issue 5 §10): the production build's service worker
// holds exactly the build's own files; with the network gone, a reload brings the
// title screen back with its test handles and the saved game resumes and plays on,
// every file answered by the worker. A new build replaces the old cache. Where no
// worker can be had, the game runs as before and says nothing in the console.
// No console errors, no request leaves the site — the worker's own included.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { build, createServer } from 'vite';
import { endTurn, openPage, siteWithPages, stateHash, turnNumber, type PageSetup, type Watched } from './play';

const env = siteWithPages();

async function open(setup?: PageSetup): Promise<Watched> {
  const w = await env.open('en-US', setup);
  // Requests of the whole context: the service worker's own downloads too, not only the page's.
  w.page.context().on('request', (r) => { if (!r.url().startsWith(env.site.url) && !r.url().startsWith('data:')) w.outside.push(`context: ${r.url()}`); });
  return w;
}

/** Every file the build wrote (the worker itself aside), as the URLs the preview server gives them. */
function builtUrls(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(env.site.outDir, join(d, e.name)).split(sep).join('/'));
    }
  };
  walk(env.site.outDir);
  return out.filter((f) => f !== 'sw.js').map((f) => env.site.url + f).sort();
}

/** The offline caches of the page's origin: their names and the URLs each holds. */
function cachedFiles(page: Page): Promise<[string, string[]][]> {
  return page.evaluate(async () => Promise.all((await caches.keys()).map(async (name): Promise<[string, string[]]> =>
    [name, (await (await caches.open(name)).keys()).map((r) => r.url).sort()])));
}

async function waitForWorker(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), { timeout: 30_000 }).toBe(`${env.site.url}sw.js`);
}

/** The title screen with the handles DESIGN.md §7 gives it. */
async function titleIsUp(page: Page, saved: boolean): Promise<void> {
  for (const id of ['lang-zh', 'lang-en', 'title-case-library', 'load-run', ...(saved ? ['resume'] : [])]) await page.getByTestId(id).waitFor();
}

/** Responses from this point on that came from the network rather than from the worker. */
function networkAnswers(page: Page): string[] {
  const out: string[] = [];
  page.on('response', (r) => { if (r.url().startsWith(env.site.url) && !r.fromServiceWorker()) out.push(r.url()); });
  return out;
}

describe('offline once loaded', () => {
  it('precaches exactly the build, and offline a reload shows the title and the saved game resumes and plays', async () => {
    const { page } = await open();
    await titleIsUp(page, false);
    await waitForWorker(page);
    const cached = await cachedFiles(page);
    expect(cached).toEqual([[expect.stringMatching(/^chuhai-offline:\/:[0-9a-f]{16}$/), builtUrls()]]);
    expect(cached[0]![1]).toContain(`${env.site.url}index.html`);

    await page.getByTestId('lang-en').click();
    await page.getByTestId('scenario-tutorial').click();
    await page.getByTestId('start-game').click();
    await page.getByTestId('continue').click();
    await endTurn(page);
    const turn = await turnNumber(page);
    const hash = await stateHash(page);

    await page.context().setOffline(true);
    const fromNetwork = networkAnswers(page);
    await page.reload();
    await titleIsUp(page, true);
    await page.getByTestId('resume').click();
    expect(await turnNumber(page)).toBe(turn);
    expect(await stateHash(page)).toBe(hash);
    // The map's lazily loaded chunks (Phaser) come from the cache too.
    await expect.poll(() => page.getByTestId('world').getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
    await endTurn(page);
    expect(await turnNumber(page)).toBe(turn + 1);
    expect(fromNetwork).toEqual([]);
  }, 120_000);

  it('takes a new build in place of the old one, deleting the old cache', async () => {
    const { page } = await open();
    await titleIsUp(page, false);
    await waitForWorker(page);
    const [[oldName, oldFiles]] = (await cachedFiles(page)) as [[string, string[]]];
    // The next release: one line more in the entry, so its chunk and index.html naming it change.
    await build({
      logLevel: 'error', build: { outDir: env.site.outDir, emptyOutDir: true },
      plugins: [{ name: 'next-release', transform: (code, id) => (id.endsWith('/src/main.ts') ? `${code}\ndocument.documentElement.dataset.release = 'next';\n` : null) }],
    });
    const newFiles = builtUrls();
    expect(newFiles).not.toEqual(oldFiles);
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    // Installed (the new cache filled) and activated (the old one deleted).
    await expect.poll(async () => { const names = await page.evaluate(() => caches.keys()); return names.length === 1 && names[0] !== oldName; }, { timeout: 30_000 }).toBe(true);
    const cached = await cachedFiles(page);
    expect(cached).toEqual([[expect.stringMatching(/^chuhai-offline:\/:[0-9a-f]{16}$/), newFiles]]);

    await page.context().setOffline(true);
    const fromNetwork = networkAnswers(page);
    await page.reload();
    await titleIsUp(page, false);
    expect(await page.evaluate(() => document.documentElement.dataset.release)).toBe('next');
    expect(fromNetwork).toEqual([]);
  }, 120_000);
});

describe('npm run dev', () => {
  it('registers no worker, so edited scenario files keep reloading', async () => {
    const server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 5173, strictPort: false } });
    try {
      await server.listen();
      const url = server.resolvedUrls!.local[0]!;
      // Counts the page's attempts: in dev a request for sw.js would be answered with index.html and refused quietly.
      const w = await openPage(env.browser, url, 'en-US', { initScript: () => {
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
          document.documentElement.dataset.workerAsked = 'yes';
          return register.apply(this, args);
        };
      } });
      await titleIsUp(w.page, false);
      await w.page.waitForLoadState('load');
      // The production build's page has asked by now (once `load` has fired).
      expect(await w.page.evaluate(() => document.documentElement.dataset.workerAsked ?? 'no')).toBe('no');
      expect(await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      // Closed before the server: once its socket drops, Vite's client tries a blob: worker that the page's CSP refuses.
      await w.page.context().close();
      expect(w.errors).toEqual([]);
      expect(w.outside).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('where there can be no worker', () => {
  it('runs online as before when the browser has no service workers, with nothing in the console', async () => {
    const { page } = await open({ context: { serviceWorkers: 'block' } });
    await titleIsUp(page, false);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  }, 60_000);

  it('says nothing when the browser refuses the worker (a private window) or forbids asking (a sandboxed frame)', async () => {
    for (const initScript of [
      () => { ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('refused', 'SecurityError')); },
      () => { Object.defineProperty(Navigator.prototype, 'serviceWorker', { get() { throw new DOMException('sandboxed', 'SecurityError'); } }); },
    ]) {
      const { page } = await open({ initScript });
      await titleIsUp(page, false);
      await page.waitForLoadState('load');
      await page.getByTestId('lang-en').click();
      await page.getByTestId('scenario-tutorial').waitFor();
    }
  }, 60_000);
});
