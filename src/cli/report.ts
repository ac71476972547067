// `chuhai report RUN [--scenario SCENARIO] [--json]` (DESIGN.md §7): replays the run
// (a report of a run that does not replay would show numbers nobody earned) and
// prints the student's per-turn KPIs and the final score.
import type { Command } from './main';
import { stringFlag } from './args';
import { InputError, money, percent, say, sayLines, table, warn } from './output';
import { readRunInput } from './runInput';
import { playedDetail, replayCheckedRun } from '../run';
import { SCORE_PARTS, type Score } from '../engine/score';
import { PLAYER_ID, type Scenario, type TurnReport } from '../engine';
import { evaluateCase, type CaseResult, type TurnKpis } from './caseFigures';

const help = `Usage: chuhai report RUN [--scenario SCENARIO] [--json]

Replays a run file and prints the student's KPIs turn by turn (a table of the
headline figures) and the final score with its parts. A case scenario's headline
figures (its "case" block) are measured on the run and marked as holding or not.

RUN                   a run file
--scenario SCENARIO   the scenario file (or shipped id) the run was played on;
                      default: the shipped scenario with the run's id and hash
--json                print { "scenarioId", "seed", "score", "turns": [ { "turn",
                      "kpis" } ], "case"? }: kpis are every KPI of the student's
                      company, per market under "markets.<marketId>"; money in the
                      home currency's minor units, rates as fractions 0–1
--debug               show the stack trace of an internal error

A run played with a seed of your choosing (chuhai run --seed N) that is not the
one the scenario's policy gives is reported all the same, with a note on stderr
that chuhai grade marks it wrong-seed.

Exit codes: 0 printed, 1 the run does not replay (or a file is wrong), 2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'report',
    flags: [{ name: 'scenario', kind: 'string' }, { name: 'json', kind: 'boolean' }],
    positional: 'RUN (a run file)',
    minPositionals: 1,
    maxPositionals: 1,
  },
  help,
  execute(args) {
    const file = args.positionals[0]!;
    const input = readRunInput(file, stringFlag(args, 'scenario'));
    if (!input.ok) throw new InputError(`${file}: ${input.status}: ${input.detail}`);
    const { scenario } = input.scenario;
    // An instructor's experiment (chuhai run --seed N) is shown, with what a grader would say of its seed.
    const result = replayCheckedRun(scenario, input.run, { chosenSeed: true });
    if (!result.ok) throw new InputError(`${file}: ${result.status}: ${result.detail}`);
    if (result.seedNote) warn(`chuhai: note: ${file}: played with a chosen seed, so chuhai grade marks it wrong-seed: ${result.seedNote}`);
    const turns = studentTurns(result.reports);
    const seed = input.run.seed;
    const caseResult = scenario.case ? evaluateCase(scenario.case, turns) : undefined;
    if (args.booleans.has('json')) {
      sayLines(JSON.stringify({
        scenarioId: scenario.id,
        seed,
        score: result.score,
        turns: turns.map((t) => ({ turn: t.turn, kpis: { ...t.kpis, markets: t.markets } })),
        ...(caseResult ? { case: caseResult } : {}),
      }, null, 2));
      return 0;
    }
    printReadable(scenario, seed, turns, result.score, caseResult, playedDetail(scenario, result.reports.length, result.state));
    return 0;
  },
};

function studentTurns(reports: readonly TurnReport[]): TurnKpis[] {
  const out: TurnKpis[] = [];
  for (const r of reports) {
    const c = r.companies[PLAYER_ID];
    if (c) out.push({ turn: r.turn, kpis: c.kpis, markets: c.markets });
  }
  return out;
}

function printReadable(scenario: Scenario, seed: number, turns: TurnKpis[], score: Score, caseResult: CaseResult | undefined, played: string): void {
  const home = scenario.homeCurrency;
  const decimals = scenario.currencies.find((c) => c.code === home)?.decimals ?? 2;
  const m = (v: number): string => money(v, decimals);
  say(`${scenario.title.zh} · ${scenario.title.en} (${scenario.id} ${scenario.version}), seed ${seed}`);
  // An incomplete, bankrupt or ended run says so, as its grade row does.
  if (played !== '') say(`${played[0]!.toUpperCase()}${played.slice(1)}.`);
  say(`Money in ${home}; rates in %.`);
  say('');
  sayLines(table(
    ['turn', 'cash', 'revenue', 'profit', 'orders', 'conv', 'AOV', 'new', 'repeat', 'days', 'returns', 'satisf', 'rating'],
    turns.map(({ turn, kpis: k }) => [
      String(turn), m(k.cash), m(k.revenue), m(k.profit), String(k.orders), percent(k.conversionRate, 2), m(k.aov),
      String(k.newCustomers), percent(k.repeatRate), k.deliveryDays.toFixed(1), percent(k.returnRate), percent(k.satisfaction),
      k.rating.toFixed(2),
    ]),
  ));
  say('');
  say(`Score 得分: ${score.total.toFixed(2)} / 100`);
  for (const p of SCORE_PARTS) say(`  ${p.padEnd(13)} ${score.parts[p].toFixed(2).padStart(6)}  (weight ${scenario.scoring[p]})`);
  if (caseResult) {
    say('');
    say(`Case figures 案例指标 (${caseResult.source}): ${caseResult.holds ? 'reproduced' : 'not reproduced'}`);
    for (const f of caseResult.figures) {
      const where = f.market ? `${f.kpi} in ${f.market}` : f.kpi;
      const value = f.value === null ? 'not measurable' : formatNumber(f.value);
      say(`  ${f.holds ? 'holds' : 'fails'}: ${f.measure} of ${where}, turns ${f.turns[0]}–${f.turns[1]}: ${value} (${f.op} ${formatNumber(f.target)})`);
    }
  }
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(4);
}
