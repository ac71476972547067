// Grades one submitted file (issue 4 item 7): size → UTF-8 → JSON → run-file
// shape → replay. Every failure becomes a row with a status and a detail that
// says what is wrong and where; nothing throws, so `chuhai grade` finishes a
// batch whatever students hand in.
import type { Scenario, GameState } from '../engine';
import { PLAYER_ID } from '../engine';
import { decodeUtf8 } from '../scenario/parseJson';
import { tooLargeMessage, utf8Length } from '../scenario/size';
import type { GradeStatus } from './runFile';
import { replayForGrade } from './replay';
import { readRunText } from './readRun';
import { headlineKpis } from './headline';

export { gradesCsv } from './csv';
export { HEADLINE_KPIS, headlineKpis, type HeadlineKpi } from './headline';

/** Larger files are refused before parsing: a 52-turn run is under 100 KB. */
export const DEFAULT_MAX_RUN_BYTES = 5 * 1024 * 1024;

export interface GradeRow {
  status: GradeStatus;
  detail: string;
  /** The student id the file names ('' when it names none or cannot be read). */
  student: string;
  score: number | null;
  kpis: Record<string, number> | null;
}

export interface GradeOptions { maxBytes?: number }

export function gradeRun(input: string | Uint8Array, scenario: Scenario, opts: GradeOptions = {}): GradeRow {
  try {
    return grade(input, scenario, opts);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return row('invalid', `the file could not be graded (internal error: ${message.slice(0, 200)}); please report this with the file`);
  }
}

function grade(input: string | Uint8Array, scenario: Scenario, opts: GradeOptions): GradeRow {
  const maxBytes = typeof opts.maxBytes === 'number' && opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_RUN_BYTES;
  let text: string;
  if (typeof input === 'string') {
    // UTF-8 takes at least one byte per UTF-16 unit, so a long string is refused
    // without counting; otherwise count exactly, without encoding a copy.
    const bytes = input.length > maxBytes ? input.length : utf8Length(input);
    if (bytes > maxBytes) return tooLarge(bytes, maxBytes, input.length > maxBytes);
    text = input;
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) return tooLarge(input.byteLength, maxBytes, false);
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return row('invalid', decoded.problems[0]?.message ?? 'the file is not UTF-8 text');
    text = decoded.text;
  } else {
    return row('invalid', 'expected the text or the bytes of a run file');
  }
  const read = readRunText(text);
  if (!read.ok) return row(read.status, read.detail, studentOf(read.value));
  const run = read.run;
  const student = studentOf(run);
  const result = replayForGrade(scenario, run);
  if (!result.ok) return row(result.status, result.detail, student);
  return {
    status: 'ok',
    detail: playedDetail(scenario, run.turns.length, result.state),
    student,
    score: result.score.total,
    kpis: headlineKpis(result.reports, result.state),
  };
}

/** How a run that replays ended, for a grader: '' when every turn was played (the CSV's detail, chuhai report's header). */
export function playedDetail(scenario: Scenario, played: number, state: GameState): string {
  if (state.companies[PLAYER_ID]?.bankrupt) return `the company went bankrupt; ${played} of ${scenario.turns} turns played`;
  if (!state.finished) return `incomplete: ${played} of ${scenario.turns} turns played`;
  return played < scenario.turns ? `the run ended after ${played} of ${scenario.turns} turns` : '';
}

/** The student id a file names, read best-effort so that even a bad file's row says whose it is. */
function studentOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const policy = (value as Record<string, unknown>).seedPolicy;
  if (policy === null || typeof policy !== 'object') return '';
  const id = (policy as Record<string, unknown>).studentId;
  return typeof id === 'string' ? id.trim().normalize('NFC').slice(0, 200) : '';
}

function tooLarge(bytes: number, maxBytes: number, atLeast: boolean): GradeRow {
  return row('invalid', tooLargeMessage(bytes, maxBytes, 'a run file', atLeast));
}

function row(status: GradeStatus, detail: string, student = ''): GradeRow {
  return { status, detail, student, score: null, kpis: null };
}
