// A script the validator passes can still fail in play: guarded `always`
// transitions that go round in a circle whenever their guards hold (the validator
// catches only guardless circles, script/alwaysLoops.ts). The turn goes on without
// the script, and the report says so — to the student as a message, to the CLI
// and instructors as `scriptProblems` — instead of a silently different game.
import { describe, expect, it } from 'vitest';
import { scriptProblemsInPlay, scriptStartProblems } from '../../../src/engine';
import { play, quiet, scenarioFrom, startOf, text, type Draft } from './build';

const circle = (s: Draft, from = 2) => {
  quiet(s);
  s.script = {
    initial: 'a',
    states: {
      a: {
        always: { guard: { type: 'turnAtLeast', params: { turn: from } }, target: 'b' },
        on: { TURN: { guard: { type: 'turnIs', params: { turn: 1 } }, actions: { type: 'showMessage', params: { text: text('Week one.') } } } },
      },
      b: { always: { guard: { type: 'turnAtLeast', params: { turn: from } }, target: 'a' } },
    },
  } as Draft['script'];
};

describe('a script that fails in play', () => {
  const turns = play(startOf(scenarioFrom(circle)), 3);

  it('runs normally while its guards keep it out of the circle', () => {
    expect(turns[0]!.report.scriptProblems).toEqual([]);
    expect(turns[0]!.report.messages.map((m) => m.en)).toEqual(['Week one.']);
  });

  it('is reported in every turn it fails, and the turn still resolves', () => {
    for (const t of turns.slice(1)) {
      expect(t.report.scriptProblems).toHaveLength(1);
      expect(t.report.scriptProblems[0]).toMatch(new RegExp(`^turn ${t.report.turn}: the script could not take turn ${t.report.turn}`));
      expect(t.report.messages.at(-1)!.en).toMatch(/^The scenario's script failed in turn \d+.*Please tell your instructor\.$/);
      expect(t.report.messages.at(-1)!.zh).toContain('请告诉任课老师');
      expect(t.state.turn).toBe(t.report.turn);
    }
  });
});

describe('a test play finds it (chuhai validate)', () => {
  it('in the turns it fails, and at the start when it cannot start', () => {
    const later = scenarioFrom(circle);
    const problems = scriptProblemsInPlay(later, 1);
    expect(problems.length).toBe(later.turns - 1);
    expect(problems[0]).toMatch(/^turn 2: the script could not take turn 2/);
    expect(scriptStartProblems(later, 1)).toEqual([]);
    const atStart = scenarioFrom((s) => circle(s, 0));
    expect(scriptStartProblems(atStart, 1)).toEqual([expect.stringMatching(/^start: the script could not start: .*Infinite loop/)]);
    expect(scriptProblemsInPlay(atStart, 1)[0]).toMatch(/^start: /);
    // The start's failure reaches the student too: the opening messages say so.
    expect(startOf(atStart).messages.at(-1)!.en).toMatch(/^The scenario's script failed as the run started/);
  });

  it('is empty for a sound script', () => {
    const sound = scenarioFrom();
    expect(sound.script).toBeDefined();
    expect(scriptProblemsInPlay(sound, 1)).toEqual([]);
  });
});
