// Replays a run file and checks it (issue 4 items 6 and 7). It trusts nothing in
// the file but the seed-policy inputs and the actions: the scenario must be the
// one given, the seed must be the one its policy gives, and every state hash,
// the final hash and the score are recomputed and compared. It never throws: a
// grading batch must not stop at one bad file.
import {
  deriveSeed, newGame, resolveTurn, scenarioHash, stateHash, PLAYER_ID, RULES_VERSION,
  type GameState, type ReportDetail, type Scenario, type TurnReport,
} from '../engine';
import { SCORE_PARTS, forScoring, scoreRun, type Score, type ScoredTurn } from '../engine/score';
import { issuesToProblems } from '../scenario/zodProblems';
import { inputText, quotedInput } from '../scenario/inputText';
import { RUN_FORMAT, RUN_FORMAT_VERSION, RunFileSchema, isRunFile, type GradeStatus, type RunFile } from './runFile';

export type ReplayResult<R extends ScoredTurn = TurnReport> =
  | { ok: true; reports: R[]; state: GameState; score: Score; complete: boolean; seedNote?: string }
  | { ok: false; status: GradeStatus; detail: string; turn?: number };

/**
 * Replays a run file already read as JSON: checked against RunFileSchema first.
 * `chosenSeed`: a run played with a seed someone chose (`chuhai run --seed`, a
 * "fixed" seed policy) that is not the scenario's replays all the same, the seed
 * check's finding in `seedNote` (chuhai report shows an instructor's experiment);
 * grading and replay verification never pass it.
 */
export function replayRun(scenario: Scenario, run: unknown, opts: { chosenSeed?: boolean } = {}): ReplayResult {
  const early = precheck(run);
  if (early) return early;
  const shape = checkShape(run);
  if (!shape.ok) return fail('invalid', shape.detail);
  return replayCheckedRun(scenario, shape.run, opts);
}

/** As replayRun, for a run that RunFileSchema has already accepted (readRun.ts): it is not checked twice. */
export function replayCheckedRun(scenario: Scenario, run: RunFile, opts: { chosenSeed?: boolean } = {}): ReplayResult {
  try {
    return replay(scenario, run, (r) => r, 'full', opts.chosenSeed === true);
  } catch (err) {
    return internalError(err);
  }
}

/**
 * What can be said before the schema: not an object, not a run file at all, or a
 * run file of another format version (whose shape this build cannot judge).
 */
export function precheck(value: unknown): { ok: false; status: GradeStatus; detail: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, status: 'invalid', detail: `not a run file: expected a JSON object with "format": "${RUN_FORMAT}", found ${found}` };
  }
  const v = value as Record<string, unknown>;
  if (!isRunFile(v)) return { ok: false, status: 'invalid', detail: `not a run file: "format" must be "${RUN_FORMAT}"` };
  if (typeof v.formatVersion === 'number' && v.formatVersion !== RUN_FORMAT_VERSION) {
    return { ok: false, status: 'wrong-version', detail: `run file format version ${v.formatVersion}; this version of Chuhai reads version ${RUN_FORMAT_VERSION}` };
  }
  return null;
}

/** The value as a RunFile, or the first problems (path: message) that make it not one. */
export function checkShape(value: unknown): { ok: true; run: RunFile } | { ok: false; detail: string } {
  const checked = RunFileSchema.safeParse(value);
  if (checked.success) return { ok: true, run: checked.data as RunFile };
  const { problems, more } = issuesToProblems(checked.error.issues, RunFileSchema, value, 3);
  const shown = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return { ok: false, detail: `${shown || 'not a valid run file'}${more > 0 ? ` (and ${more} more)` : ''}` };
}

/**
 * As replayRun, for a run that RunFileSchema has already accepted, keeping of each
 * turn's report only what the score and the headline KPIs read (forScoring): a grader needs no more, and 52 full reports held
 * to the end of a run outlive V8's young generation and cost old-space collections.
 * The reports are built with that detail only (engine report.ts ReportDetail).
 */
export function replayForGrade(scenario: Scenario, run: RunFile): ReplayResult<ScoredTurn> {
  try {
    return replay(scenario, run, (r) => forScoring(r, PLAYER_ID), 'scoring');
  } catch (err) {
    return internalError(err);
  }
}

function replay<R extends ScoredTurn>(scenario: Scenario, run: RunFile, keep: (report: TurnReport) => R, detail: ReportDetail = 'full', chosenSeed = false): ReplayResult<R> {
  if (run.formatVersion !== RUN_FORMAT_VERSION) return fail('wrong-version', `run file format version ${run.formatVersion}; this version of Chuhai reads version ${RUN_FORMAT_VERSION}`);
  if (run.rulesVersion !== RULES_VERSION) {
    return fail('wrong-version', `recorded with rules version ${run.rulesVersion}; this version of Chuhai has rules version ${RULES_VERSION}, so the run cannot be replayed exactly`);
  }
  // The run's own words (its ids, its version) are shown shortened, controls escaped (inputText.ts).
  if (run.scenario.id !== scenario.id) return fail('wrong-scenario', `this run is for scenario ${quotedInput(run.scenario.id)}, not "${scenario.id}"`);
  const hash = scenarioHash(scenario);
  if (run.scenario.hash !== hash) {
    return fail('wrong-scenario', `the run was played on another version of "${scenario.id}" (version ${inputText(run.scenario.version)}, hash ${run.scenario.hash}; the given file is version ${scenario.version}, hash ${hash})`);
  }
  // The hash covers the whole scenario, its version too: a matching hash with another
  // version named means the file's own record of its scenario was edited.
  if (run.scenario.version !== scenario.version) {
    return fail('tampered', `the run names version ${inputText(run.scenario.version)} of "${scenario.id}", but its scenario hash is that of version ${scenario.version}: the file was edited`);
  }
  const seedProblem = checkSeed(scenario, run);
  // A per-student run whose seed is not its student's was edited: never replayed.
  if (seedProblem && !(chosenSeed && run.seedPolicy.kind === 'fixed')) return fail('wrong-seed', seedProblem);
  if (run.turns.length > scenario.turns) return fail('tampered', `the run has ${run.turns.length} turns; the scenario has ${scenario.turns}`);

  let state = newGame(scenario, run.seed);
  const reports: R[] = [];
  for (let i = 0; i < run.turns.length; i += 1) {
    const turn = run.turns[i]!;
    if (state.finished) return fail('tampered', `turn ${i + 1}: recorded after the run had ended (turn ${i})`, i + 1);
    const result = resolveTurn(state, turn.actions, detail);
    state = result.state;
    reports.push(keep(result.report));
    const actual = stateHash(state);
    if (actual !== turn.hash) {
      return fail('tampered', `turn ${i + 1}: the recorded state hash differs (recorded ${turn.hash}, replay gives ${actual}): an action or a hash was edited`, i + 1);
    }
  }
  // The final state is the last turn's, whose recorded hash was just checked: not worked out twice.
  const finalHash = run.turns.at(-1)?.hash ?? stateHash(state);
  if (run.final.hash !== finalHash) return fail('tampered', `the recorded final state hash differs (recorded ${run.final.hash}, replay gives ${finalHash})`);
  const score = scoreRun(scenario, reports, state, PLAYER_ID);
  const scoreDiff = differs(run.final.score, score);
  if (scoreDiff) return fail('tampered', `the recorded score differs: ${scoreDiff}`);
  return seedProblem ? { ok: true, reports, state, score, complete: state.finished, seedNote: seedProblem } : { ok: true, reports, state, score, complete: state.finished };
}

/** Why the recorded seed is not the one the scenario's policy gives, or null. */
function checkSeed(scenario: Scenario, run: RunFile): string | null {
  const policy = scenario.seedPolicy;
  if (policy.kind === 'fixed') {
    if (run.seedPolicy.kind !== 'fixed') return `the scenario fixes the seed (${policy.seed}); the run claims a per-student seed`;
    return run.seed === policy.seed ? null : `the scenario fixes seed ${policy.seed}; the run used seed ${run.seed}`;
  }
  if (run.seedPolicy.kind !== 'perStudent') {
    return `the scenario derives each student's seed from the student id; this run was played with a chosen seed (${run.seed})`;
  }
  const derived = deriveSeed(policy, run.seedPolicy.studentId);
  if (!derived.ok) return derived.reason;
  return derived.seed === run.seed ? null : `the seed for student ${quotedInput(run.seedPolicy.studentId)} is ${derived.seed}; the run used seed ${run.seed}`;
}

function differs(recorded: Score, actual: Score): string | null {
  if (recorded.total !== actual.total) return `recorded total ${recorded.total}, replay gives ${actual.total}`;
  for (const p of SCORE_PARTS) {
    if (recorded.parts[p] !== actual.parts[p]) return `recorded ${p} ${recorded.parts[p]}, replay gives ${actual.parts[p]}`;
  }
  return null;
}

function fail(status: GradeStatus, detail: string, turn?: number): { ok: false; status: GradeStatus; detail: string; turn?: number } {
  return turn === undefined ? { ok: false, status, detail } : { ok: false, status, detail, turn };
}

function internalError(err: unknown): { ok: false; status: GradeStatus; detail: string } {
  const message = err instanceof Error ? err.message : String(err);
  return fail('invalid', `the run could not be replayed (internal error: ${message.slice(0, 200)}); please report this with the file`);
}
