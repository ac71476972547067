// The bot registry and the simple bots: names, lookups, passive, as-happened.
import { describe, expect, it } from 'vitest';
import { Action, newGame, PLAYER_ID, resolveTurn, studentView, publicScenario, type Scenario } from '../../src/engine';
import { BOT_NAMES, botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';
import { played } from './play';

const tutorial = shippedScenario('tutorial');
const campaign = shippedScenario('campaign-global');

describe('the bot registry', () => {
  it('has every documented bot under its name, with a description', () => {
    expect([...BOT_NAMES]).toEqual(['passive', 'naive', 'balanced', 'aggressive', 'as-happened']);
    for (const name of BOT_NAMES) {
      const bot = getBot(name);
      expect(bot?.name).toBe(name);
      expect(bot?.description.length).toBeGreaterThan(10);
    }
  });

  it('finds nothing for unknown or inherited names', () => {
    for (const name of ['', 'Balanced', 'random', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(getBot(name)).toBeUndefined();
    }
  });

  it('sends nothing for a company that does not exist or a run that has ended', () => {
    const bot = getBot('balanced')!;
    const state = newGame(campaign, 1);
    expect(botActions(bot, state, null, 'nobody')).toEqual([]);
    expect(botActions(bot, { ...state, finished: true }, null)).toEqual([]);
  });

  it('builds only well-formed actions (each passes the Action schema)', () => {
    for (const name of BOT_NAMES) {
      let state = newGame(campaign, 7);
      let report = null;
      for (let t = 0; t < 12 && !state.finished; t += 1) {
        const actions = botActions(getBot(name)!, state, report);
        for (const a of actions) expect(Action.safeParse(a).success, JSON.stringify(a)).toBe(true);
        ({ state, report } = resolveTurn(state, actions));
      }
    }
  });
});

describe('passive', () => {
  it('sends no actions in a whole campaign or tutorial', () => {
    for (const scenario of [campaign, tutorial]) {
      const run = played(getBot('passive')!, scenario, 1);
      expect(run.actions).toBe(0);
      expect(run.turns).toBe(scenario.turns);
    }
  });
});

describe('as-happened', () => {
  const bot = getBot('as-happened')!;
  const withScript: Scenario = {
    ...tutorial,
    asHappened: {
      turns: [
        { turn: 1, actions: [{ type: 'setPayments', market: 'US', methods: ['card', 'paypal'] }] },
        { turn: 3, actions: [{ type: 'setAdBudget', market: 'US', weekly: 80_000 }, { type: 'orderStock', product: 'serum', units: 300 }] },
      ],
    },
  };

  it('plays nothing when the scenario has no as-happened script', () => {
    expect(tutorial.asHappened).toBeUndefined();
    expect(played(bot, tutorial, 1).actions).toBe(0);
  });

  it('plays the actions of turn n when turn n is decided, and they take effect', () => {
    let state = newGame(withScript, 1);
    let report = null;
    const sent: number[] = [];
    while (!state.finished) {
      const actions = botActions(bot, state, report);
      sent.push(actions.length);
      ({ state, report } = resolveTurn(state, actions));
      expect(report.companies[PLAYER_ID]!.refused).toEqual([]);
      if (state.turn === 1) expect(state.companies[PLAYER_ID]!.markets.US!.payments).toEqual(['card', 'paypal']);
      if (state.turn === 3) expect(state.companies[PLAYER_ID]!.markets.US!.adBudget).toBe(80_000);
    }
    expect(sent).toEqual([1, 0, 2, 0, 0, 0, 0, 0]);
  });

  it('reads the script from the public scenario (it is no secret)', () => {
    const view = studentView(newGame(withScript, 1), PLAYER_ID, null)!;
    expect(bot.decide(view, publicScenario(withScript))).toEqual(withScript.asHappened!.turns[0]!.actions);
  });
});
