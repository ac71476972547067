// Plays one seed of one bot in a pool runner, for `chuhai simulate`. The same loop as
// playRun (src/run/record.ts) without the state hash of every turn and the
// recording: a difficulty check needs only the score, and hashing each state
// would cost time over 10,000 runs. The score is the one `chuhai run --bot NAME
// --seed N` records, because the bot sees the same state and reports.
import { newGame, resolveTurn, PLAYER_ID, type TurnReport } from '../engine';
import { forScoring, scoreRun, type ScoredTurn } from '../engine/score';
import { botActions, getBot } from '../bots';
import { deepFreeze } from '../scenario/freeze';
import type { SimulateInit, SimulateOutcome, SimulateTask } from './tasks';

export function handler(init: SimulateInit): (task: SimulateTask) => SimulateOutcome {
  // A worker gets a structured clone, which is not frozen: freeze it again, as the
  // loader does, so the engine may remember what it derives from it (scenarioHash).
  const scenario = deepFreeze(init.scenario);
  const limit = Math.min(init.turns ?? scenario.turns, scenario.turns);
  return ({ bot: name, seed }) => {
    const bot = getBot(name);
    if (!bot) throw new Error(`unknown bot "${name}"`);
    let state = newGame(scenario, seed);
    // The bot reads last turn's full report; the score only its part of each (forScoring).
    const scored: ScoredTurn[] = [];
    let last: TurnReport | null = null;
    while (!state.finished && scored.length < limit) {
      const result = resolveTurn(state, botActions(bot, state, last));
      state = result.state;
      last = result.report;
      scored.push(forScoring(last, PLAYER_ID));
    }
    return {
      score: scoreRun(scenario, scored, state, PLAYER_ID).total,
      bankrupt: state.companies[PLAYER_ID]?.bankrupt ?? false,
      turns: scored.length,
    };
  };
}
