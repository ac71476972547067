// Ways of playing for the scoring tests: passive, the plain test player, the
// balanced bot (a sound seller), and the two end-of-run tricks the scorecard must
// not reward (issue 4 item 8), played on top of the sound seller.
import { newGame, resolveTurn, type GameState, type Scenario, type TurnReport } from '../../src/engine';
import { scoreCard, type ScoreCard } from '../../src/engine/score';
import { botActions, getBot } from '../../src/bots';
import { simplePlayerActions } from '../support/simplePlayer';

export type Decide = (state: GameState, last: TurnReport | null) => unknown[];

export const passive: Decide = () => [];
export const simple: Decide = (s) => simplePlayerActions(s);
const balancedBot = getBot('balanced')!;
export const sound: Decide = (s, last) => botActions(balancedBot, s, last);

/** A seller, but every listing priced at 1 minor unit in the last `k` turns. */
export function fireSale(turns: number, seller: Decide = sound, k = 3): Decide {
  return (s, last) => {
    const base = seller(s, last);
    if (s.turn < turns - k) return base;
    const c = s.companies.player!;
    return [...base, ...c.listings.map((l) => ({ type: 'setPrice', market: l.market, channel: l.channel, product: l.product, price: 1 }))];
  };
}

/**
 * A seller, but in the last `k` turns: ads to 0, no restocking, no shipping, no
 * crisis answered, no running programme renewed — nothing.
 */
export function cutSpending(turns: number, seller: Decide = sound, k = 3): Decide {
  return (s, last) => {
    if (s.turn < turns - k) return seller(s, last);
    if (s.turn > turns - k) return [];
    return Object.keys(s.companies.player!.markets).sort().map((m) => ({ type: 'setAdBudget', market: m, weekly: 0 }));
  };
}

export interface Played { card: ScoreCard; reports: TurnReport[]; state: GameState }

export function play(scenario: Scenario, seed: number, decide: Decide): Played {
  let state = newGame(scenario, seed);
  const reports: TurnReport[] = [];
  while (!state.finished) {
    const r = resolveTurn(state, decide(state, reports.at(-1) ?? null));
    state = r.state;
    reports.push(r.report);
  }
  return { card: scoreCard(scenario, reports, state), reports, state };
}
