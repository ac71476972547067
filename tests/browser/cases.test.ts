// The case library and the case debrief in the production build (issue 6 §5): the
// library lists every shipped case with success or failure in words and its
// headline figure in words, in both languages, reachable and openable with the
// keyboard; a card opens the case's briefing; the shortest case (14 weeks) played
// to the debrief shows the student's run beside the as-happened run, whose numbers
// equal `chuhai run --as-happened`'s play of the same scenario and seed in Node.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveProductionBuild, type Site } from './site';
import { endTurn, openPage, tabTo, type Watched } from './play';
import { playRun } from '../../src/run';
import { headlineKpis } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase } from '../../src/cli/caseFigures';
import { SCORE_PARTS } from '../../src/engine';
import type { Scenario, TurnReport } from '../../src/engine';
import { shippedScenario } from '../support/scenarios';

let site: Site;
let browser: Browser;
let w: Watched;

const caseFiles = readdirSync(new URL('../../scenarios/cases/', import.meta.url)).filter((f) => f.endsWith('.json'));
/** Each case file's id and what its source says it is (seed 004 §06 numbers four successes and four failures). */
const cases = caseFiles.map((f) => {
  const v = JSON.parse(readFileSync(new URL(`../../scenarios/cases/${f}`, import.meta.url), 'utf8')) as { id: string; case: { source: string } };
  return { id: v.id, outcome: /\bsuccess\b/.test(v.case.source) ? 'success' : /\bfailure\b/.test(v.case.source) ? 'failure' : 'none' };
});

beforeAll(async () => {
  site = await serveProductionBuild();
  browser = await launchChromium();
  w = await openPage(browser, site.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function cardText(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`case-${id}`).textContent()) ?? '';
}

/** The raw numbers of one column of the comparison (data-value of each cell), by row id. */
async function column(page: Page, who: 'you' | 'ah'): Promise<Record<string, number>> {
  return page.evaluate((prefix) => {
    const out: Record<string, number> = {};
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[data-testid^="${prefix}"]`))) {
      const v = el.dataset.value;
      if (v !== undefined && v !== '') out[el.dataset.testid!.slice(prefix.length)] = Number(v);
    }
    return out;
  }, `cmp-${who}-`);
}

/** What the comparison should say of a run played in Node: its score, parts, figures and totals. */
function expected(scenario: Scenario, reports: TurnReport[], state: Parameters<typeof headlineKpis>[1], score: { total: number; parts: Record<string, number> }): Record<string, number> {
  const rows = reports.map((r) => ({ turn: r.turn, kpis: r.companies.player!.kpis, markets: r.companies.player!.markets }));
  const figures = evaluateCase(scenario.case!, rows).figures;
  const head = headlineKpis(reports, state);
  const out: Record<string, number> = { score: score.total, weeks: reports.length, totalRevenue: head.totalRevenue, totalProfit: head.totalProfit, totalOrders: head.totalOrders, finalCash: head.finalCash };
  for (const p of SCORE_PARTS) out[`part-${p}`] = score.parts[p]!;
  figures.forEach((f, i) => { out[`fig-${i}`] = f.value!; });
  return out;
}

describe('the case library', () => {
  it('lists every shipped case with success or failure in words and its figure in words, in both languages', async () => {
    const { page } = w;
    await page.getByTestId('lang-en').click();
    await page.getByTestId('scenario-case-sea-cards-only').waitFor(); // the list's handles still work
    await page.getByTestId('open-case-library').click();
    await page.getByTestId('case-library').waitFor();
    expect(cases).toHaveLength(8);
    expect(cases.filter((c) => c.outcome === 'success')).toHaveLength(4);
    expect(await page.locator('[data-testid^="case-case-"]').count()).toBe(8);
    for (const c of cases) {
      const card = page.getByTestId(`case-${c.id}`);
      expect(await card.getAttribute('data-outcome'), c.id).toBe(c.outcome);
      expect(await card.getByTestId('case-outcome').textContent(), c.id).toContain(c.outcome === 'success' ? 'Success' : 'Failure');
      expect((await card.getByTestId('case-figure').textContent())!.length, c.id).toBeGreaterThan(10);
    }
    expect(await cardText(page, 'case-sea-cards-only')).toContain('Checkout abandonment in Indonesia, average over weeks 3–14: about 85%');
    expect(await cardText(page, 'case-sea-cards-only')).toContain('Markets: Indonesia');
    expect(await cardText(page, 'case-beauty-dtc-tiktok')).toContain('Revenue, best 4 weeks in a row: at least CN¥7.2M');
    expect(await cardText(page, 'case-b2b-portal-data')).toContain('Orders, weeks 40–52 against weeks 1–13: at least 4×');
    expect(await cardText(page, 'case-b2b-portal-data')).toContain('United States, Germany, United Kingdom, Japan');
    expect(await cardText(page, 'case-hidden-logistics-costs')).toContain('Freight in Germany, weeks 1–12 against the plan: about 1.3×');
    await page.getByTestId('lang-zh').click();
    expect(await cardText(page, 'case-sea-cards-only')).toContain('印度尼西亚结算放弃率');
    expect(await cardText(page, 'case-sea-cards-only')).toContain('约 85%');
    expect(await cardText(page, 'case-sea-cards-only')).toContain('失败案例');
    expect(await cardText(page, 'case-3c-overseas-warehouse')).toContain('成功案例');
    await page.getByTestId('lang-en').click();
  }, 60_000);

  it('is reached and used with the keyboard, with a visible focus ring, and a card opens its briefing', async () => {
    const { page } = w;
    await page.getByTestId('case-library-back').click();
    await page.locator('body').focus();
    await tabTo(page, '[data-testid="open-case-library"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('case-library').waitFor();
    await tabTo(page, '[data-testid="case-case-sea-cards-only"]');
    const ring = await page.evaluate(() => { const s = getComputedStyle(document.activeElement!); return `${s.outlineStyle} ${s.outlineWidth}`; });
    expect(ring).toBe('solid 3px');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') ? document.getElementById(document.activeElement.getAttribute('aria-labelledby')!)?.textContent : null))
      .toContain('cards-only checkout');
    await page.keyboard.press('Enter');
    // Back from the student-id screen returns to the library the case came from.
    await page.getByTestId('start-game').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByTestId('case-library').waitFor();
    // The title screen opens the library too.
    await page.getByTestId('case-library-back').click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByTestId('title-case-library').click();
    await page.getByTestId('case-case-sea-cards-only').click();
    await page.getByTestId('start-game').click(); // a fixed seed: the student id is optional
    await expect.poll(() => page.locator('h1').textContent()).toContain('Briefing: Case: a cards-only checkout in Southeast Asia');
  }, 60_000);

  it('plays the shortest case to a debrief that sets the run beside the as-happened run, equal to Node\'s', async () => {
    const { page } = w;
    await page.getByTestId('continue').click();
    for (let i = 0; i < 14 && !(await page.getByTestId('debrief').isVisible()); i++) await endTurn(page);
    await page.getByTestId('debrief').waitFor();
    const compare = page.locator('[data-testid="case-compare"][data-state="done"]');
    await compare.waitFor({ timeout: 30_000 });

    const scenario = shippedScenario('cases/sea-cards-only');
    const bot = getBot('as-happened')!;
    const theirs = playRun(scenario, { decide: (state, last) => botActions(bot, state, last) });
    const mine = playRun(scenario, { decide: () => [] });
    const ah = await column(page, 'ah');
    const you = await column(page, 'you');
    const wantAh = expected(scenario, theirs.reports, theirs.state, theirs.run.final.score);
    const wantYou = expected(scenario, mine.reports, mine.state, mine.run.final.score);
    for (const [k, v] of Object.entries(wantAh)) expect(ah[k], `as happened: ${k}`).toBe(v);
    for (const [k, v] of Object.entries(wantYou)) expect(you[k], `yours: ${k}`).toBe(v);
    // Different plays: the as-happened column is not a copy of the student's.
    expect(ah.score).not.toBe(you.score);
    // Formatted with the app's Intl helpers.
    const two = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(await page.getByTestId('cmp-ah-score').textContent()).toBe(two.format(wantAh.score!));
    // The case's source as a reader cites it, not as a file name.
    expect(await page.locator('[data-testid="case-compare"] caption').first().textContent()).toContain('course document 004, section 06, failure 4');
    expect(await page.getByTestId('cmp-ah-fig-0').textContent()).toContain(new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(wantAh['fig-0']!));
    const text = (await compare.textContent())!;
    for (const part of ['Your run beside the case as reconstructed', 'As reconstructed', 'In the case', 'about 85.0%', 'Score and its parts', 'Revenue, all weeks']) expect(text).toContain(part);
    // The reconstructed column's moves, in the case's own words.
    expect(await page.getByTestId('as-happened-moves').textContent()).toBe(scenario.asHappened!.description!.en);
    // The language changes; the as-happened run is kept, not played again.
    await page.getByTestId('lang-zh').click();
    expect(await page.locator('[data-testid="case-compare"][data-state="done"]').textContent()).toContain('还原经过');
    expect(await page.getByTestId('as-happened-moves').textContent()).toBe(scenario.asHappened!.description!.zh);
    // The screen-reader status line does not keep the English announcement after the switch.
    expect(await page.locator('[role="status"][aria-live="polite"]').first().textContent()).not.toMatch(/ready to compare/);
    expect((await column(page, 'ah')).score).toBe(wantAh.score);
    await page.getByTestId('lang-en').click();
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
  }, 180_000);
});
