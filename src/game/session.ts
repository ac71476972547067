// One student's game in the browser (issue 5): the scenario, the seed its policy
// gives, the state, every turn's report and the recorded actions. The run file it
// writes is the one `chuhai replay` checks: the actions exactly as played (in
// canonical form, refused ones too) and the state hash after every turn.
import {
  newGame, resolveTurn, stateHash, studentView, scenarioHash, PLAYER_ID, RULES_VERSION,
  type GameState, type Scenario, type StudentView, type TurnReport,
} from '../engine';
import { scoreCard } from '../engine/score';
import type { ScoreCard } from '../engine/score';
import { chooseSeed, recordable, RUN_FORMAT, RUN_FORMAT_VERSION, type RunFile, type RunSeedPolicy, type RunTurn } from '../run';
import type { PendingList } from './pending';

export interface SessionInfo {
  scenario: Scenario;
  /** The scenario file's text, kept for the autosave (a reload rebuilds from it). */
  scenarioText: string;
  seed: number;
  seedPolicy: RunSeedPolicy;
}

export class Session {
  readonly scenario: Scenario;
  readonly scenarioText: string;
  readonly seed: number;
  readonly seedPolicy: RunSeedPolicy;
  readonly scenarioHash: string;
  state: GameState;
  readonly reports: TurnReport[] = [];
  readonly turns: RunTurn[] = [];
  /** States after each turn (index 0 = the opening state), for the replay viewer and charts. */
  readonly states: GameState[] = [];

  constructor(info: SessionInfo) {
    this.scenario = info.scenario;
    this.scenarioText = info.scenarioText;
    this.seed = info.seed;
    this.seedPolicy = info.seedPolicy;
    this.scenarioHash = scenarioHash(info.scenario);
    this.state = newGame(info.scenario, info.seed);
    this.states.push(this.state);
  }

  get turn(): number { return this.state.turn; }
  get finished(): boolean { return this.state.finished || this.state.turn >= this.scenario.turns; }
  get lastReport(): TurnReport | null { return this.reports.at(-1) ?? null; }
  hash(): string { return stateHash(this.state); }

  view(): StudentView {
    return studentView(this.state, PLAYER_ID, this.lastReport)!;
  }

  /** Resolves the next turn with the actions given (recorded as played) and returns its report. */
  play(actions: readonly unknown[]): TurnReport {
    const recorded = recordable(actions);
    const result = resolveTurn(this.state, recorded);
    this.state = result.state;
    this.states.push(result.state);
    this.reports.push(result.report);
    this.turns.push({ actions: recorded, hash: stateHash(result.state) });
    return result.report;
  }

  /** Ends the turn with the pending decisions. */
  endTurn(pending: PendingList): TurnReport {
    return this.play(pending.actions());
  }

  scoreCard(): ScoreCard {
    return scoreCard(this.scenario, this.reports, this.state, PLAYER_ID);
  }

  runFile(): RunFile {
    return {
      format: RUN_FORMAT,
      formatVersion: RUN_FORMAT_VERSION,
      rulesVersion: RULES_VERSION,
      scenario: { id: this.scenario.id, version: this.scenario.version, hash: this.scenarioHash },
      seedPolicy: this.seedPolicy,
      seed: this.seed,
      turns: this.turns.map((t) => ({ actions: t.actions, hash: t.hash })),
      final: { hash: this.hash(), score: this.scoreCard().score },
    };
  }
}

/** A new session: the seed from the scenario's policy and the student id (throws with a plain reason when it cannot be chosen). */
export function newSession(scenario: Scenario, scenarioText: string, studentId?: string): Session {
  const { seed, seedPolicy } = chooseSeed(scenario, studentId === undefined ? {} : { studentId });
  return new Session({ scenario, scenarioText, seed, seedPolicy });
}
