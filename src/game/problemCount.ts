// A scenario file's problems as the scenario list shows them, with how many the
// loader found. The loader (src/scenario/load.ts) describes at most MAX_PROBLEMS of
// them and ends the list with one line saying how many more; its `total` counts
// them all. The list once counted the lines, so a file with 500 problems read
// "200 problems".
import type { Problem } from '../engine';

/** What the scenario list shows of a file that cannot be played: `path: message` lines, as `chuhai validate` prints them, and the count. */
export function scenarioProblems(file: string, loaded: { problems: readonly Problem[]; total: number }): { file: string; lines: string[]; count: number } {
  return { file, lines: loaded.problems.map((p) => `${p.path}: ${p.message}`), count: loaded.total };
}
