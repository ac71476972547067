// Plays whole runs with a bot, for the bot tests: final cash, bankruptcy, actions
// sent and refused, and the per-turn state hashes.
import { newGame, resolveTurn, stateHash, type Scenario, type TurnReport } from '../../src/engine';
import { botActions, type Bot } from '../../src/bots';

export interface Played {
  cash: number;
  bankrupt: boolean;
  turns: number;
  actions: number;
  refused: number;
  reasons: string[];
  hashes: string[];
  profit: number;
}

export function play(bot: Bot, scenario: Scenario, seed: number): Played {
  let state = newGame(scenario, seed);
  let report: TurnReport | null = null;
  const out: Played = { cash: 0, bankrupt: false, turns: 0, actions: 0, refused: 0, reasons: [], hashes: [], profit: 0 };
  while (!state.finished) {
    const actions = botActions(bot, state, report);
    ({ state, report } = resolveTurn(state, actions));
    const mine = report.companies.player!;
    out.actions += actions.length;
    out.refused += mine.refused.length;
    for (const r of mine.refused) out.reasons.push(`turn ${state.turn}: ${JSON.stringify(r.action)}: ${r.reason.en}`);
    out.profit += mine.kpis.profit;
    out.hashes.push(stateHash(state));
  }
  const player = state.companies.player!;
  out.cash = player.cash;
  out.bankrupt = player.bankrupt;
  out.turns = state.turn;
  return out;
}

const memo = new Map<string, Played>();

/** One run per bot × scenario × seed, shared by the tests of a file. */
export function played(bot: Bot, scenario: Scenario, seed: number): Played {
  const key = `${bot.name}|${scenario.id}|${seed}`;
  let hit = memo.get(key);
  if (!hit) { hit = play(bot, scenario, seed); memo.set(key, hit); }
  return hit;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
