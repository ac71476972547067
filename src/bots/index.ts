// The bots of `chuhai run --bot` and `chuhai simulate` (DESIGN.md §7, issue 4 item 9).
// Each decides only from what the student could see: the StudentView of its own
// company and the public scenario, whose true demand is zeroed.
import type { Action, GameState, TurnReport } from '../engine';
import { PLAYER_ID, publicScenario, studentView } from '../engine';
import type { Scenario } from '../engine';
import { aggressive } from './aggressive';
import { asHappened } from './asHappened';
import { balanced } from './balanced';
import { naive } from './naive';
import { passive } from './passive';
import { BOT_NAMES, type Bot, type BotName } from './types';
import { onlyChanges } from './changes';
import { knownScenario } from './known';

export { BOT_NAMES, type Bot, type BotName };

const BOTS = new Map<string, Bot>([passive, naive, balanced, aggressive, asHappened].map((b) => [b.name, b]));

export function getBot(name: string): Bot | undefined {
  return BOTS.get(name);
}

export function allBots(): Bot[] {
  return BOT_NAMES.map((n) => BOTS.get(n)!);
}

const publicCache = new WeakMap<Scenario, Scenario>();

/** The scenario as the student sees it, made once per scenario object. */
export function publicOf(scenario: Scenario): Scenario {
  let p = publicCache.get(scenario);
  if (!p) { p = publicScenario(scenario); publicCache.set(scenario, p); }
  return p;
}

/** The actions a bot takes for the student's company this turn: builds the view and the public scenario itself. */
export function botActions(bot: Bot, state: GameState, lastReport: TurnReport | null, companyId: string = PLAYER_ID): Action[] {
  if (state.finished) return [];
  const view = studentView(state, companyId, lastReport);
  if (!view) return [];
  return onlyChanges(view.company, state.turn + 1, bot.decide(view, knownScenario(publicOf(state.scenario), view)));
}
