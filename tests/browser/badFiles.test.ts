// Bad input in the browser (DESIGN.md §8), as a read-only audit found it: a save
// whose pending decisions are damaged blanked the play screen or made Resume do
// nothing, with no message; a UTF-16 or Latin-1 run file verified in the viewer
// though `chuhai replay` calls it invalid; a run of another version of a shipped
// scenario was said to be for one not shipped; a scenario file with 500 problems
// was said to have 200. Every page is checked for console errors (play.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteWithPages } from './play';
import { playRun, serializeRun } from '../../src/run';
import { newSession } from '../../src/game/session';
import { encodeSave } from '../../src/game/save';
import { PendingList } from '../../src/game/pending';
import { shippedScenario } from '../support/scenarios';

const { open } = siteWithPages();

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');

/** A real save of one played week whose pending list is `pending` (JSON text of each entry). */
function saveWith(pending: string[]): string {
  const s = newSession(shippedScenario('tutorial'), tutorialText);
  s.endTurn(new PendingList());
  return encodeSave(s, []).replace('"pending":[]', `"pending":[${pending.join(',')}]`);
}

describe('a save with damaged pending decisions', () => {
  it('names them before resuming, resumes without them, and keeps the save as it was', async () => {
    const text = saveWith([
      '{"type":"setAdBudget","market":"US","weekly":30000}',
      '{"type":"setPayments","market":"US","methods":"card"}',
      '{"type":"setPrice"}',
      `{"type":"setPrice","market":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    ]);
    const { page } = await open();
    await page.evaluate((t) => localStorage.setItem('chuhai.save', t), text);
    await page.reload();
    const note = page.getByTestId('save-dropped');
    expect(await note.textContent()).toContain('Of the 4 decisions waiting in this save, 3 cannot be restored');
    expect(await note.locator('li').allTextContents()).toEqual([
      'decision 2 (setPayments): field methods: the wrong kind of value',
      'decision 3 (setPrice): field market is missing',
      'decision 4 (setPrice): nested too deeply or too large to be a decision',
    ]);
    // Nothing is written before the student chooses.
    expect(await page.evaluate(() => localStorage.getItem('chuhai.save'))).toBe(text);
    await page.getByTestId('resume').click();
    await page.getByTestId('end-turn').waitFor();
    expect(await page.getByTestId('turn-number').getAttribute('data-value')).toBe('2');
    expect(await page.locator('[data-testid=pending-list] li .pending-text').allTextContents()).toEqual(['United States: social ads CN¥300.00 a week']);
    expect(await page.getByTestId('pending-dropped').locator('li').count()).toBe(3);
    // The game saved on resuming; the save it replaced is kept whole under the damaged-save key.
    expect(await page.evaluate(() => localStorage.getItem('chuhai.save.damaged'))).toBe(text);
    expect(await page.evaluate(() => (JSON.parse(localStorage.getItem('chuhai.save')!) as { pending: unknown[] }).pending)).toEqual([{ type: 'setAdBudget', market: 'US', weekly: 30000 }]);
    await page.getByTestId('end-turn').click();
    await page.getByTestId('report').waitFor();
  }, 60_000);
});

describe('the replay viewer', () => {
  const played = playRun(shippedScenario('tutorial'), { studentId: 'sé', decide: () => [] });
  const text = serializeRun(played.run);

  it('refuses a run file that is not UTF-8, in the words of chuhai replay', async () => {
    const { page } = await open();
    const files = [
      { name: 'utf16.json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
      { name: 'latin1.json', buffer: Buffer.from(text, 'latin1') },
    ];
    for (const f of files) {
      await page.getByTestId('load-run').setInputFiles({ ...f, mimeType: 'application/json' });
      expect(await page.getByTestId('replay-status').getAttribute('data-status'), f.name).toBe('failed');
      expect(await page.locator('.replay-screen pre.detail').textContent()).toBe('invalid: the file is not valid UTF-8 text; save it with the UTF-8 encoding');
      await page.getByRole('button', { name: 'Back' }).click();
    }
    await page.getByTestId('load-run').setInputFiles({ name: 'utf8.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    expect(await page.getByTestId('replay-status').getAttribute('data-status')).toBe('ok');
    expect(await page.locator('.verified .small-text').textContent()).toContain('student sé');
  }, 60_000);

  it('says a run of another version of a shipped scenario is that, not a scenario that is not shipped', async () => {
    const run = JSON.parse(text) as { scenario: { id: string; hash: string } };
    const tutorialHash = run.scenario.hash;
    run.scenario.id = 'campaign-global';
    const { page } = await open();
    await page.getByTestId('load-run').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(run)) });
    const said = await page.getByTestId('replay-need-scenario').textContent();
    expect(said).toContain(`another version of the shipped scenario "campaign-global" (scenario hash ${tutorialHash}`);
    expect(said).not.toContain('not one of the shipped scenarios');
  }, 60_000);
});

describe('a scenario file', () => {
  it('with 500 problems says 500, and one not in UTF-8 is refused as such', async () => {
    const many = JSON.parse(tutorialText) as Record<string, unknown>;
    for (let i = 0; i < 500; i++) many[`x${i}`] = i;
    const { page } = await open();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('scenario-file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(many)) });
    const problems = page.getByTestId('scenario-problems');
    expect(await problems.locator('p').first().textContent()).toContain('many.json cannot be played: 500 problems.');
    await page.getByTestId('scenario-file').setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tutorialText, 'utf16le')]) });
    await expect.poll(() => problems.textContent()).toContain('utf16.json cannot be played: 1 problem.');
    expect(await problems.textContent()).toContain('(root): the file is not valid UTF-8 text; save it with the UTF-8 encoding');
  }, 60_000);
});
