// Plays a whole run headlessly and records it (issue 4 items 2, 3, 5): the bots,
// `chuhai run` and the tests use it; the browser records the same file turn by
// turn. The seed comes from the scenario's policy unless an instructor overrides
// it; actions are recorded as given, refused ones too, because the grader
// replays intents, not outcomes.
import {
  canonicalJson, deriveSeed, newGame, normaliseStudentId, resolveTurn, stateHash, PLAYER_ID, RULES_VERSION, scenarioHash,
  type GameState, type PlayerDecisions, type Scenario, type TurnReport,
} from '../engine';
import { scoreRun } from '../engine/score';
import { RUN_FORMAT, RUN_FORMAT_VERSION, type RunFile, type RunSeedPolicy } from './runFile';

export interface PlayOptions {
  /**
   * An instructor's seed (`chuhai run --seed N`), for experiments: recorded as a
   * fixed seed, so a grader flags it wrong-seed unless it is the scenario's own.
   */
  seed?: number;
  /** The student id: derives the seed of a perStudent scenario; a label otherwise. */
  studentId?: string;
  /** The company's actions for the next turn, from the state and the last report. */
  decide: PlayerDecisions;
  /** Stop after this many turns (default: until the run ends). */
  turns?: number;
}

export interface PlayedRun { run: RunFile; reports: TurnReport[]; state: GameState }

/** The seed and how it was chosen; throws with a plain message when it cannot be chosen. */
export function chooseSeed(scenario: Scenario, opts: { seed?: number; studentId?: string }): { seed: number; seedPolicy: RunSeedPolicy } {
  const id = opts.studentId === undefined ? undefined : normaliseStudentId(opts.studentId);
  const label = id === undefined || id === '' ? {} : { studentId: id };
  if (opts.seed !== undefined) {
    if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) {
      throw new RangeError(`a seed is a whole number from 0 to 4294967295 (got ${String(opts.seed)})`);
    }
    return { seed: opts.seed, seedPolicy: { kind: 'fixed', ...label } };
  }
  const derived = deriveSeed(scenario.seedPolicy, id);
  if (!derived.ok) throw new Error(derived.reason);
  if (scenario.seedPolicy.kind === 'perStudent') return { seed: derived.seed, seedPolicy: { kind: 'perStudent', studentId: id! } };
  return { seed: derived.seed, seedPolicy: { kind: 'fixed', ...label } };
}

/**
 * The actions as the run file will hold them: JSON with sorted keys. The engine
 * is given this copy, not the original, so what is recorded is exactly what was
 * played (an `undefined` or NaN in a bot's action cannot make a replay differ).
 */
export function recordable(actions: unknown): unknown[] {
  if (!Array.isArray(actions)) throw new TypeError('decide() must return an array of actions');
  return JSON.parse(canonicalJson(actions)) as unknown[];
}

export function playRun(scenario: Scenario, opts: PlayOptions): PlayedRun {
  const { seed, seedPolicy } = chooseSeed(scenario, opts);
  const limit = Math.min(opts.turns ?? scenario.turns, scenario.turns);
  let state = newGame(scenario, seed);
  const reports: TurnReport[] = [];
  const turns: RunFile['turns'] = [];
  while (!state.finished && turns.length < limit) {
    const actions = recordable(opts.decide(state, reports.at(-1) ?? null));
    const result = resolveTurn(state, actions);
    state = result.state;
    reports.push(result.report);
    turns.push({ actions, hash: stateHash(state) });
  }
  const run: RunFile = {
    format: RUN_FORMAT,
    formatVersion: RUN_FORMAT_VERSION,
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.id, version: scenario.version, hash: scenarioHash(scenario) },
    seedPolicy,
    seed,
    turns,
    final: { hash: stateHash(state), score: scoreRun(scenario, reports, state, PLAYER_ID) },
  };
  return { run, reports, state };
}
