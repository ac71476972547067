// The browser game's speed targets (issue 5), measured on the production build
// served on loopback and driven in headless Chromium; prints medians:
// - initial JavaScript (gzip), the scripts index.html loads before anything else
//   (Phaser is a lazy chunk and does not count) — target ≤ 450 KB;
// - title interactive: navigation start → the language buttons enabled — ≤ 1.5 s;
// - end of turn → report on screen: click → the report in the DOM and a frame
//   drawn, over the 52-turn campaign — ≤ 150 ms;
// - heap growth over the 52-turn campaign, after garbage collection — ≤ 20 MB.
// Run: npx tsx tests/bench/game.bench.ts (part of `npm run bench`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build, preview } from 'vite';
import { launchChromium } from '../browser/chromium';

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const line = (name: string, value: string, target: string, ok: boolean) => console.log(`${name.padEnd(34)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);

const outDir = mkdtempSync(join(tmpdir(), 'chuhai-bench-'));
await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });

// Initial JavaScript: the entry module and what it preloads.
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = initial.reduce((a, f) => a + gzipSync(readFileSync(join(outDir, f))).length, 0);

const server = await preview({ logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 4174, strictPort: false, open: false } });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  // Title interactive, fresh context each time (no cache), median of 7.
  const title: number[] = [];
  for (let i = 0; i < 7; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByTestId('lang-en').waitFor({ state: 'visible' });
    title.push(await page.evaluate(() => performance.now()));
    await ctx.close();
  }

  // The campaign, 52 turns: report time per turn and heap growth.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize; };
  await page.goto(url);
  await page.getByTestId('lang-en').click();
  await page.getByTestId('scenario-campaign-global').click();
  await page.getByTestId('student-id').fill('bench');
  await page.getByTestId('start-game').click();
  await page.getByTestId('continue').click();
  await page.getByTestId('tab-marketing').click();
  await page.locator('#ads-US-weekly').fill('500');
  await page.locator('#ads-US-submit').click();
  const report: number[] = [];
  let heapStart = 0;
  for (let turn = 1; turn <= 52; turn++) {
    const ms = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      document.querySelector<HTMLElement>('[data-testid="end-turn"]')!.click();
      if (!document.querySelector('[data-testid="report"]')) { resolve(Number.NaN); return; }
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }));
    report.push(ms);
    await page.getByTestId('continue').click();
    if (await page.getByTestId('crisis').isVisible()) await page.getByTestId('crisis-option-0').click();
    if (turn === 1) heapStart = await heap();
    if (await page.getByTestId('debrief').isVisible()) break;
  }
  await page.getByTestId('debrief').waitFor();
  const growth = (await heap()) - heapStart;
  await ctx.close();

  console.log(`browser game (production build, headless Chromium, loopback; ${report.length} campaign turns)`);
  line('initial JavaScript (gzip)', `${(gz / 1024).toFixed(1)} KB`, '≤ 450 KB', gz <= 450 * 1024);
  line('title interactive (median of 7)', `${median(title).toFixed(0)} ms`, '≤ 1500 ms', median(title) <= 1500);
  line('end of turn → report (median)', `${median(report).toFixed(1)} ms`, '≤ 150 ms', median(report) <= 150);
  line('  slowest turn', `${Math.max(...report).toFixed(1)} ms`, '', true);
  line('heap growth over the campaign', `${(growth / 1048576).toFixed(1)} MB`, '≤ 20 MB', growth <= 20 * 1048576);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
