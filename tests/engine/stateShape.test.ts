// stateHash walks a state by its known shape (src/engine/stateShape.ts) instead of
// listing every object's keys; it must give exactly hashCanonical's hash of the state
// without its scenario, on every state the engine makes. Random play over every
// action type is checked in properties.test.ts; here every bot plays every shipped
// scenario, so every system (crises, research, compliance, forwards…) leaves records.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, stateHash, type GameState, type TurnReport } from '../../src/engine';
import { hashCanonical } from '../../src/engine/hash';
import { BOT_NAMES, botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';

function generic(state: GameState): string {
  const { scenario: _scenario, ...dynamic } = state;
  return hashCanonical(dynamic);
}

const cases = readdirSync(new URL('../../scenarios/cases/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => `cases/${f.slice(0, -5)}`);

describe('stateHash by shape', () => {
  for (const name of ['tutorial', 'campaign-global', ...cases]) {
    it(`equals hashCanonical on every state of every bot's run: ${name}`, () => {
      const scenario = shippedScenario(name);
      for (const botName of BOT_NAMES) {
        const bot = getBot(botName)!;
        let state = newGame(scenario, 7);
        expect(stateHash(state)).toBe(generic(state));
        let last: TurnReport | null = null;
        while (!state.finished) {
          const result = resolveTurn(state, botActions(bot, state, last));
          state = result.state;
          last = result.report;
          expect(stateHash(state), `${botName}, turn ${state.turn}`).toBe(generic(state));
        }
      }
    });
  }

  it('drops undefined fields and reads a missing one as absent, as JSON and hashCanonical do', () => {
    const state = newGame(shippedScenario('tutorial'), 3);
    const player = state.companies[state.companyOrder[0]!]!;
    const market = Object.keys(player.markets)[0]!;
    const presence = { ...player.markets[market]!, promotion: undefined } as unknown as typeof player.markets[string];
    const edited: GameState = { ...state, companies: { ...state.companies, [player.id]: { ...player, markets: { ...player.markets, [market]: presence } } } };
    expect(stateHash(edited)).toBe(generic(edited));
    expect(stateHash(edited)).not.toBe(stateHash(state));
  });
});
