// Golden run files (issue 4, item 11): real run files, as `chuhai run` writes them,
// replayed and verified on every CI run. A change to the rules that alters any
// result makes them fail ("tampered" at the first turn that differs) until the
// rules version is bumped on purpose and they are written again:
//   UPDATE_GOLDEN=1 npx vitest run tests/golden
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeRun, playRun, serializeRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';

const GOLDEN: { file: string; scenario: string; bot: string; studentId?: string }[] = [
  { file: 'tutorial.balanced.json', scenario: 'tutorial', bot: 'balanced' },
  { file: 'campaign.balanced.student-2026001.json', scenario: 'campaign-global', bot: 'balanced', studentId: '2026001' },
  { file: 'campaign.naive.student-张三.json', scenario: 'campaign-global', bot: 'naive', studentId: '张三' },
];

describe('golden run files', () => {
  for (const g of GOLDEN) {
    it(`${g.file} replays ok with its recorded score`, () => {
      const scenario = shippedScenario(g.scenario);
      const url = new URL(`./runs/${g.file}`, import.meta.url);
      if (process.env.UPDATE_GOLDEN === '1') {
        const bot = getBot(g.bot)!;
        const { run } = playRun(scenario, { studentId: g.studentId, decide: (state, last) => botActions(bot, state, last) });
        writeFileSync(url, serializeRun(run));
      }
      const text = readFileSync(url);
      const row = gradeRun(text, scenario);
      expect(row.detail).not.toMatch(/differs/);
      expect(row.status).toBe('ok');
      expect(row.score).toBe(JSON.parse(text.toString('utf8')).final.score.total);
    });
  }
});
