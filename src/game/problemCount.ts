// A scenario file's problems as the scenario list shows them, with how many the
// loader counted. The loader (src/scenario/load.ts) describes at most MAX_PROBLEMS
// of them and ends the list with one line saying how many more it found ("… and
// 301 more problems not shown; fix the ones above first"). The list once counted
// the lines, so a file with 500 problems read "200 problems"; the count is the
// lines that describe a problem plus that number. tests/game/problemCount.test.ts
// checks this against the loader itself, so a change in its wording fails there
// instead of miscounting here.
import type { Problem } from '../engine';

const MORE = /^… and (\d+) more problems? not shown/;

export function problemCount(problems: readonly Problem[]): number {
  const last = problems[problems.length - 1];
  const more = last && last.path === '(root)' ? MORE.exec(last.message) : null;
  return more ? problems.length - 1 + Number(more[1]) : problems.length;
}

/** What the scenario list shows of a file that cannot be played: `path: message` lines, as `chuhai validate` prints them, and the count. */
export function scenarioProblems(file: string, problems: readonly Problem[]): { file: string; lines: string[]; count: number } {
  return { file, lines: problems.map((p) => `${p.path}: ${p.message}`), count: problemCount(problems) };
}
