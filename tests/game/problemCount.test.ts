// A scenario file's problem count on the scenario list is the loader's count, not
// the number of lines it describes: a read-only audit found a file with 500
// problems reported as "cannot be played: 200 problems" (199 lines and "… and 301
// more"). Checked against the loader itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_PROBLEMS } from '../../src/scenario/load';
import { scenarioProblems } from '../../src/game/problemCount';
import { scenarioListScreen } from '../../src/game/ui/scenarioList';
import type { App } from '../../src/game/ui/app';
import { t, type StringKey } from '../../src/i18n';
import { installFakeDom, textOf, type FakeElement } from './fakeDom';

const tutorial = JSON.parse(readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The tutorial with `n` unknown fields added: n problems, one each. */
function withUnknownFields(n: number): string {
  const v = { ...tutorial };
  for (let i = 0; i < n; i++) v[`x${i}`] = i;
  return JSON.stringify(v);
}

function failed(text: string) {
  const loaded = loadScenario(text);
  if (loaded.ok) throw new Error('loaded');
  return loaded;
}
const problemCount = (text: string) => scenarioProblems('f.json', failed(text)).count;

describe('the problem count of a scenario file', () => {
  it('is the loader\'s count when it describes only the first problems', () => {
    expect(failed(withUnknownFields(500)).problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    expect(problemCount(withUnknownFields(500))).toBe(500);
  });

  it('is the number of lines when the loader describes every problem', () => {
    expect(problemCount(withUnknownFields(3))).toBe(3);
    expect(problemCount(withUnknownFields(MAX_PROBLEMS))).toBe(MAX_PROBLEMS);
  });

  it('is what the scenario list says, beside the lines the loader wrote', () => {
    installFakeDom();
    const problems = scenarioProblems('many.json', failed(withUnknownFields(500)));
    const app = {
      lang: 'en', tr: (key: StringKey, vars?: Record<string, string | number>) => t('en', key, vars),
      scenarios: () => [], go: () => {},
    } as unknown as App;
    const screen = scenarioListScreen(app, { name: 'scenarios', problems }) as unknown as FakeElement;
    const shown = textOf(screen.querySelector('[data-testid="scenario-problems"]'));
    expect(shown).toContain('many.json cannot be played: 500 problems.');
    expect(shown).toContain('… and 301 more problems not shown');
    const thousands = scenarioListScreen(app, { name: 'scenarios', problems: { ...problems, count: 180_000 } }) as unknown as FakeElement;
    expect(textOf(thousands.querySelector('[data-testid="scenario-problems"]'))).toContain('many.json cannot be played: 180,000 problems.');
  });
});
