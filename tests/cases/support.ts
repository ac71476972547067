// What every case test (issue 6) does to a case scenario: play it with a bot, read
// the student's KPIs turn by turn as the case figures read them (cli/caseFigures.ts),
// and take some of the as-happened moves away to show that they are the cause.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import { playRun, type PlayedRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import type { TurnKpis } from '../../src/cli/caseFigures';
import type { Action, Scenario } from '../../src/engine';

/**
 * The shipped case `scenarios/cases/NAME.json`, loaded as an instructor's file is,
 * after `edit` has changed its JSON (a counterfactual: the same case with one cause taken away).
 */
export function caseScenario<Raw = unknown>(name: string, edit?: (raw: Raw) => void): Scenario {
  const raw = JSON.parse(readFileSync(new URL(`../../scenarios/cases/${name}.json`, import.meta.url), 'utf8')) as Raw;
  edit?.(raw);
  const loaded = loadScenario(JSON.stringify(raw));
  if (!loaded.ok) throw new Error(`${name}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.scenario;
}

/** A whole run of the scenario played by the named bot (`as-happened` plays the case's own script). */
export function playBot(scenario: Scenario, botName: string, seed: number): PlayedRun {
  const bot = getBot(botName);
  if (!bot) throw new Error(`no bot ${botName}`);
  return playRun(scenario, { seed, decide: (state, last) => botActions(bot, state, last) });
}

/** The student's KPIs of each turn, as evaluateCase reads them. */
export function turnsOf(played: PlayedRun): TurnKpis[] {
  return played.reports.map((r) => {
    const c = r.companies.player!;
    return { turn: r.turn, kpis: c.kpis, markets: c.markets };
  });
}

/** The scenario with the as-happened actions that `drop` picks taken out (turns left empty go too). */
export function withoutActions(scenario: Scenario, drop: (a: Action) => boolean): Scenario {
  const turns = scenario.asHappened!.turns
    .map((t) => ({ ...t, actions: t.actions.filter((a) => !drop(a)) }))
    .filter((t) => t.actions.length > 0);
  return { ...scenario, asHappened: { ...scenario.asHappened!, turns } };
}

/** The student's profit summed over the run (home currency, minor units). */
export function totalProfit(played: PlayedRun): number {
  return played.reports.reduce((a, r) => a + r.companies.player!.kpis.profit, 0);
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
