// The run file (DESIGN.md §5, issue 4 item 2): what a student submits. It holds
// the inputs a grader trusts — the seed-policy inputs and every turn's actions —
// and the results a grader recomputes and compares: per-turn state hashes, the
// final hash and the score. Plain JSON; serializeRun writes it in one fixed
// layout so the same run always gives the same bytes (and hence the same file
// hash in a gradebook or a plagiarism check).
import { z } from 'zod';
import { MAX_STUDENT_ID, canonicalJson } from '../engine';
import { SCORE_PARTS, type Score } from '../engine/score';

export const RUN_FORMAT = 'chuhai-run';
export const RUN_FORMAT_VERSION = 1;

/** Whether a parsed value says it is a run file (of any format version): its "format" is RUN_FORMAT. */
export function isRunFile(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { format?: unknown }).format === RUN_FORMAT;
}

/** The grader's verdict on one file (DESIGN.md §7). */
export type GradeStatus = 'ok' | 'tampered' | 'invalid' | 'wrong-scenario' | 'wrong-seed' | 'wrong-version';

/**
 * How the seed was chosen. `perStudent`: derived from the scenario's salt and the
 * student id (the grader recomputes it). `fixed`: the scenario's own seed, or one
 * an instructor chose with `--seed` (graded wrong-seed where the scenario derives
 * it). A fixed run may name its student, as a label only.
 */
export type RunSeedPolicy = { kind: 'fixed'; studentId?: string } | { kind: 'perStudent'; studentId: string };

export interface RunTurn { actions: unknown[]; hash: string }

export interface RunFile {
  format: typeof RUN_FORMAT;
  formatVersion: typeof RUN_FORMAT_VERSION;
  rulesVersion: number;
  scenario: { id: string; version: string; hash: string };
  seedPolicy: RunSeedPolicy;
  seed: number;
  turns: RunTurn[];
  final: { hash: string; score: Score };
}

const Hash = z.string().regex(/^[0-9a-f]{16}$/, 'a state hash is 16 lower-case hex digits');
const ScenarioHash = z.string().regex(/^[0-9a-f]{16}$/, 'a scenario hash is 16 lower-case hex digits');

/** The longest student id a run file may hold (the engine's seed-policy limit); `chuhai run --student` refuses a longer one. */
export { MAX_STUDENT_ID };

/** Whether a student id is only blanks: '' and '   ' are both no id (the engine trims ids). */
export function isBlankStudentId(id: string): boolean {
  return id.trim() === '';
}

const StudentId = z.string().max(MAX_STUDENT_ID).refine((id) => !isBlankStudentId(id), 'the student id is empty');
const Points = z.number().min(0).max(100);

export const ScoreSchema = z.strictObject({
  total: Points,
  parts: z.strictObject(Object.fromEntries(SCORE_PARTS.map((p) => [p, Points])) as Record<(typeof SCORE_PARTS)[number], typeof Points>),
});

/** Reads a parsed run file; strict, so a misspelt or extra field is reported with its path. */
export const RunFileSchema = z.strictObject({
  format: z.literal(RUN_FORMAT),
  formatVersion: z.literal(RUN_FORMAT_VERSION),
  rulesVersion: z.number().int().min(1).max(1e6),
  scenario: z.strictObject({ id: z.string().min(1).max(200), version: z.string().min(1).max(50), hash: ScenarioHash }),
  seedPolicy: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), studentId: StudentId.optional() }),
    z.strictObject({ kind: z.literal('perStudent'), studentId: StudentId }),
  ]),
  seed: z.number().int().min(0).max(0xffffffff),
  // 104 turns is the longest scenario; 1,000 actions a turn is far beyond play.
  turns: z.array(z.strictObject({ actions: z.array(z.unknown()).max(1000), hash: Hash })).max(104),
  final: z.strictObject({ hash: Hash, score: ScoreSchema }),
});

/**
 * The run as JSON text: keys in a fixed order, one line per turn, actions in
 * canonical form (sorted keys), "\n" line ends and a final newline. Fields the
 * RunFile type does not have are not written. About 2 KB plus ~76 bytes per
 * action: the 52-turn campaign is 3.5 KB for the simple test player and 64 KB
 * with 16 actions every turn (tests/run/runFile.test.ts measures it).
 */
export function serializeRun(run: RunFile): string {
  const s = JSON.stringify;
  const policy = run.seedPolicy.kind === 'perStudent'
    ? `{"kind":"perStudent","studentId":${s(run.seedPolicy.studentId)}}`
    : run.seedPolicy.studentId === undefined
      ? '{"kind":"fixed"}'
      : `{"kind":"fixed","studentId":${s(run.seedPolicy.studentId)}}`;
  const turns = run.turns.map((t) => `    {"actions":${canonicalJson(t.actions)},"hash":${s(t.hash)}}`);
  const score = run.final.score;
  const parts = SCORE_PARTS.map((p) => `${s(p)}:${num(score.parts[p])}`).join(',');
  return [
    '{',
    `  "format": ${s(run.format)},`,
    `  "formatVersion": ${num(run.formatVersion)},`,
    `  "rulesVersion": ${num(run.rulesVersion)},`,
    `  "scenario": {"id":${s(run.scenario.id)},"version":${s(run.scenario.version)},"hash":${s(run.scenario.hash)}},`,
    `  "seedPolicy": ${policy},`,
    `  "seed": ${num(run.seed)},`,
    turns.length === 0 ? '  "turns": [],' : `  "turns": [\n${turns.join(',\n')}\n  ],`,
    `  "final": {"hash":${s(run.final.hash)},"score":{"total":${num(score.total)},"parts":{${parts}}}}`,
    '}',
    '',
  ].join('\n');
}

/** Numbers as JSON writes them, −0 as 0 (JSON would too; said here for the reader). */
function num(n: number): string {
  return Number.isFinite(n) ? JSON.stringify(n === 0 ? 0 : n) : 'null';
}
