// `chuhai simulate SCENARIO --bot NAME[,NAME…] --runs N` (DESIGN.md §1, §7): the
// instructor's difficulty check — each bot plays N seeds on every core, and the
// spread of its score and how often it goes bankrupt are printed.
import { availableParallelism } from 'node:os';
import type { Command } from './main';
import { intFlag, requiredFlag } from './args';
import { InputError, UsageError, percent, say, sayLines, table, warn } from './output';
import { loadScenarioFile, resolveScenarioArg } from './scenarios';
import { jobsWanted, runPool, TASKS_PER_RUNNER } from './pool';
import { progressBar } from './progress';
import { spread } from './stats';
import { SIMULATE_TASK, type SimulateTask } from './tasks';
import { BOT_NAMES, getBot } from '../bots';

const help = `Usage: chuhai simulate SCENARIO --bot NAME[,NAME…] --runs N
                       [--turns K] [--jobs N] [--json]

Plays the scenario N times per bot, on seeds 1 to N, and prints each bot's score
spread — min, p10, median, p90, max (linear interpolation between ranks) — and
how often its company went bankrupt: how hard the scenario is, and for whom.

SCENARIO           a scenario file, or the id of a shipped scenario
--bot NAMES        comma-separated: ${BOT_NAMES.join(', ')}
--runs N           seeds per bot, 1–1000000
--turns K          stop each run after K turns (default: the whole scenario)
--jobs N           runners: 1 is this thread alone, more are worker threads, at most
                   one per core (default: every core, here ${availableParallelism()}, fewer under ${TASKS_PER_RUNNER * availableParallelism()} runs)
--json             print { "scenarioId", "runs", "seeds": [1, N], "turns", "bots": [ { "bot",
                   "runs", "min", "p10", "median", "p90", "max", "mean",
                   "bankruptcyRate", "failed" } ] }
--debug            show the stack trace of an internal error

A progress bar is drawn on a terminal (stderr).
Exit codes: 0 done, 1 the scenario is wrong or a run failed, 2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'simulate',
    flags: [
      { name: 'bot', kind: 'string' },
      { name: 'runs', kind: 'string' },
      { name: 'turns', kind: 'string' },
      { name: 'jobs', kind: 'string' },
      { name: 'json', kind: 'boolean' },
    ],
    positional: 'SCENARIO',
    minPositionals: 1,
    maxPositionals: 1,
  },
  help,
  async execute(args) {
    const bots = requiredFlag(args, 'bot', 'simulate').split(',').map((b) => b.trim()).filter((b) => b !== '');
    const runs = intFlag(args, 'runs', 'simulate', 1, 1_000_000);
    if (runs === undefined) throw new UsageError('--runs is required', 'simulate');
    const turns = intFlag(args, 'turns', 'simulate', 1, 104);
    const jobs = jobsWanted(intFlag(args, 'jobs', 'simulate', 1, 1024));
    for (const b of bots) {
      if (!getBot(b)) throw new UsageError(`unknown bot "${b}"; the bots are ${BOT_NAMES.join(', ')}`, 'simulate');
    }
    if (bots.length === 0) throw new UsageError('--bot needs at least one bot name', 'simulate');
    if (new Set(bots).size !== bots.length) throw new UsageError('--bot names a bot twice', 'simulate');

    const scenarioPath = resolveScenarioArg(args.positionals[0]!);
    const { scenario } = loadScenarioFile(scenarioPath);
    // As `chuhai run` does: a difficulty check over more turns than the scenario has is a mistake, not a request.
    if (turns !== undefined && turns > scenario.turns) {
      throw new InputError(`--turns ${turns}: the scenario "${scenario.id}" has only ${scenario.turns} turns`);
    }
    const played = turns ?? scenario.turns;
    if (bots.includes('as-happened') && !scenario.asHappened) {
      throw new InputError(`the scenario "${scenario.id}" has no "asHappened" script for the as-happened bot`);
    }
    const tasks: SimulateTask[] = [];
    for (const bot of bots) for (let seed = 1; seed <= runs; seed += 1) tasks.push({ bot, seed });

    const bar = progressBar(tasks.length, 'simulating');
    const results = await runPool({
      task: SIMULATE_TASK,
      init: { scenario, ...(turns === undefined ? {} : { turns }) },
      tasks,
      ...(jobs === undefined ? {} : { jobs }),
      onResult: () => bar.tick(),
    });
    bar.done();

    let failed = 0;
    const rows = bots.map((bot) => {
      const scores: number[] = [];
      let bankrupt = 0;
      let botFailed = 0;
      results.forEach((r, i) => {
        if (tasks[i]!.bot !== bot) return;
        if (!r.ok) {
          botFailed += 1;
          if (failed + botFailed <= 5) warn(`${bot}, seed ${tasks[i]!.seed}: the run failed: ${r.error}`);
          return;
        }
        scores.push(r.value.score);
        if (r.value.bankrupt) bankrupt += 1;
      });
      failed += botFailed;
      return { bot, runs: scores.length, ...spread(scores), bankruptcyRate: scores.length > 0 ? bankrupt / scores.length : 0, failed: botFailed };
    });

    if (args.booleans.has('json')) {
      sayLines(JSON.stringify({ scenarioId: scenario.id, runs, seeds: [1, runs], turns: played, bots: rows }, null, 2));
    } else {
      const seeds = runs === 1 ? '1 seed per bot (seed 1)' : `${runs} seeds per bot (seeds 1–${runs})`;
      // A check cut short scores the first turns only: said, so that it is not read as the whole scenario's.
      const cut = played < scenario.turns ? `, the first ${played} of ${scenario.turns} turns` : '';
      say(`${scenario.title.zh} · ${scenario.title.en} (${scenario.id}), ${seeds}${cut}`);
      say('');
      const f = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(2));
      sayLines(table(
        ['bot', 'min', 'p10', 'median', 'p90', 'max', 'mean', 'bankrupt'],
        rows.map((r) => [r.bot, f(r.min), f(r.p10), f(r.median), f(r.p90), f(r.max), f(r.mean), percent(r.bankruptcyRate)]),
      ));
    }
    if (failed > 0) {
      warn(`${failed} run${failed === 1 ? '' : 's'} failed (see above); the spread leaves them out`);
      return 1;
    }
    return 0;
  },
};
