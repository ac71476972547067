// Bad input in the browser (DESIGN.md §8) and the grader's replay viewer: a
// damaged save is reported with a choice and kept; a scenario file's problems are
// listed as `path: message`; scenario text is shown as text, never as HTML; a run
// file is verified and stepped through. And the engine in Chromium gives Node's
// state hashes on every shipped scenario (DESIGN.md §4).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endTurn, siteWithPages, stateHash, turnNumber } from './play';
import { playRun, serializeRun } from '../../src/run';
import { newSession } from '../../src/game/session';
import { encodeSave } from '../../src/game/save';
import { RULES_VERSION } from '../../src/engine';
import { shippedScenario } from '../support/scenarios';

// Each test's page is checked for console errors and outside requests, then closed.
const { open } = siteWithPages();

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');

describe('bad input', () => {
  it('reports a damaged save, keeps it aside when the student starts over', async () => {
    const { page } = await open('zh-CN');
    await page.evaluate(() => localStorage.setItem('chuhai.save', '{"format":"chuhai-save","version":1,"turns":'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const problem = page.getByTestId('save-problem');
    expect(await problem.textContent()).toContain('存档已损坏');
    await page.getByTestId('lang-en').click();
    await page.reload();
    expect(await page.getByTestId('save-problem').textContent()).toContain('damaged');
    await page.getByTestId('start-over').click();
    await page.getByTestId('scenario-tutorial').waitFor();
    expect(await page.evaluate(() => [localStorage.getItem('chuhai.save'), localStorage.getItem('chuhai.save.damaged')])).toEqual([
      null, '{"format":"chuhai-save","version":1,"turns":',
    ]);
  }, 60_000);

  it('keeps a foreign save when asked, and a new game does not drop it', async () => {
    const { page } = await open();
    await page.evaluate(() => localStorage.setItem('chuhai.save', '{"format":"other-app"}'));
    await page.reload();
    expect(await page.getByTestId('save-problem').textContent()).toContain('not a Chuhai game');
    await page.getByTestId('keep-save').click();
    await page.getByTestId('scenario-tutorial').click();
    await page.getByTestId('start-game').click();
    await page.getByTestId('continue').click();
    await endTurn(page);
    expect(await page.evaluate(() => localStorage.getItem('chuhai.save.damaged'))).toBe('{"format":"other-app"}');
  }, 60_000);

  it('continues a save from older rules by playing its decisions again, keeping the old save aside', async () => {
    // A real save of two weeks, as a game with the previous rules version wrote it.
    const session = newSession(shippedScenario('tutorial'), tutorialText);
    session.play([{ type: 'setAdBudget', market: 'US', weekly: 30000 }]);
    session.play([]);
    const old = JSON.stringify({ ...(JSON.parse(encodeSave(session, [])) as Record<string, unknown>), rulesVersion: RULES_VERSION - 1 });
    const { page } = await open();
    await page.evaluate((text) => localStorage.setItem('chuhai.save', text), old);
    await page.reload();
    expect(await page.getByTestId('save-problem').textContent()).toContain('another version');
    expect(await page.getByTestId('replay-save-hint').textContent()).toContain('2 weeks');
    await page.getByTestId('replay-save').click();
    await page.getByTestId('end-turn').waitFor();
    expect(await turnNumber(page)).toBe(3);
    // The same decisions under the same engine: the state the session in Node reached.
    expect(await stateHash(page)).toBe(session.hash());
    const [current, aside] = await page.evaluate(() => [localStorage.getItem('chuhai.save'), localStorage.getItem('chuhai.save.damaged')]);
    expect(aside).toBe(old);
    expect((JSON.parse(current!) as { rulesVersion: number }).rulesVersion).toBe(RULES_VERSION);
  }, 60_000);

  it('lists the problems of a scenario file, and shows a scenario title as text, not HTML', async () => {
    const { page } = await open();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('scenario-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x", "turns": "eight"}') });
    const problems = await page.getByTestId('scenario-problems').textContent();
    expect(problems).toContain('bad.json');
    expect(problems).toMatch(/turns: /);
    const evil = '<img src=x onerror=alert(1)>';
    const scenario = JSON.parse(tutorialText) as { title: { zh: string; en: string }; briefing: { zh: string; en: string } };
    scenario.title = { zh: evil, en: evil };
    scenario.briefing = { zh: `${evil}<script>alert(2)</script>`, en: `${evil}<script>alert(2)</script>` };
    await page.getByTestId('scenario-file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    // The file is read asynchronously: wait for the briefing screen's heading, not the list's.
    await page.locator('h1').filter({ hasText: evil }).waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').textContent()).toBe(evil);
    await page.getByTestId('start-game').click();
    expect(await page.locator('.briefing').textContent()).toContain('<script>alert(2)</script>');
    await page.getByTestId('continue').click();
    expect(await page.locator('.hud-title').textContent()).toBe(evil);
    expect(await page.locator('img, script:not([src])').count()).toBe(0);
  }, 60_000);
});

describe('the replay viewer', () => {
  it('verifies a run file, steps through its turns, and names a tampered one', async () => {
    const scenario = shippedScenario('tutorial');
    const played = playRun(scenario, {
      studentId: 'S-42',
      decide: (state) => (state.turn === 0 ? [{ type: 'setPayments', market: 'US', methods: ['card', 'paypal'] }, { type: 'setAdBudget', market: 'US', weekly: 30000 }] : []),
    });
    const text = serializeRun(played.run);
    const { page } = await open();
    await page.getByTestId('load-run').setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = page.getByTestId('replay-status');
    expect(await status.getAttribute('data-status')).toBe('ok');
    expect(await page.getByTestId('replay-hash').textContent()).toBe(played.run.final.hash);
    expect(await page.getByTestId('replay-turn').getAttribute('data-value')).toBe('8');
    await page.getByTestId('replay-prev').click();
    expect(await page.getByTestId('replay-turn').getAttribute('data-value')).toBe('7');
    expect(await page.locator('.replay-side').textContent()).toContain('Turn 7 report');
    // Turn 1's decisions are said in words beside the map (the raw JSON is one click away).
    for (let i = 0; i < 6; i++) await page.getByTestId('replay-prev').click();
    expect(await page.getByTestId('replay-turn').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('replay-actions').textContent()).toMatch(/PayPal/);
    // The map/charts switch says what it does (not a pressed state shown by colour) and keeps the focus.
    await page.getByTestId('replay-mode').click();
    expect(await page.getByTestId('replay-mode').textContent()).toBe('Show the map');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('replay-mode');
    await page.getByRole('button', { name: 'Back' }).click();
    const tampered = text.replace('"weekly":30000', '"weekly":30001');
    await page.getByTestId('load-run').setInputFiles({ name: 'run2.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    expect(await page.getByTestId('replay-status').getAttribute('data-status')).toBe('failed');
    expect(await page.locator('.replay-screen').textContent()).toMatch(/tampered: turn 1/);
  }, 60_000);
});

describe('the engine in Chromium gives the same state hashes as in Node', () => {
  const cases = readdirSync(new URL('../../scenarios/cases/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => `cases/${f.replace(/\.json$/, '')}`);
  for (const name of ['campaign-global', ...cases]) {
    it(`${name}: two turns with decisions`, async () => {
      const scenario = shippedScenario(name);
      const { page } = await open();
      await page.getByTestId('lang-en').click();
      await page.getByTestId(`scenario-${scenario.id}`).click();
      if (scenario.seedPolicy.kind === 'perStudent') await page.getByTestId('student-id').fill('学生 007');
      await page.getByTestId('start-game').click();
      await page.getByTestId('continue').click();
      const market = scenario.markets[0]!.id;
      await page.getByTestId('tab-marketing').click();
      await page.locator(`#ads-${market}-weekly`).fill('200');
      await page.locator(`#ads-${market}-submit`).click();
      await endTurn(page);
      await endTurn(page);
      const save = JSON.parse((await page.evaluate(() => localStorage.getItem('chuhai.save')))!) as { seed: number; turns: { actions: unknown[] }[] };
      const node = newSession(scenario, '', scenario.seedPolicy.kind === 'perStudent' ? '学生 007' : undefined);
      expect(node.seed).toBe(save.seed);
      for (const t of save.turns) node.play(t.actions);
      expect(save.turns[0]!.actions).toContainEqual({ type: 'setAdBudget', market, weekly: 20000 });
      expect(await stateHash(page)).toBe(node.hash());
    }, 60_000);
  }
});
