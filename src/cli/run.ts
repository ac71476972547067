// `chuhai run SCENARIO --out RUN …` (DESIGN.md §7, issue 4 item 5): plays a whole
// run headlessly — a bot, an actions file or the scenario's as-happened script —
// and writes its run file. Same scenario, seed and actions ⇒ the same bytes.
import type { Command } from './main';
import { intFlag, oneOf, requiredFlag, stringFlag, type Parsed } from './args';
import { InputError, UsageError, say, warn } from './output';
import { checkReplaceable, writeAtomic } from './outFile';
import { loadScenarioFile, resolveScenarioArg } from './scenarios';
import { readActionsFile } from './actionsFile';
import { MAX_STUDENT_ID, isBlankStudentId, isRunFile, playRun, serializeRun } from '../run';
import { BOT_NAMES, botActions, getBot } from '../bots';
import { PLAYER_ID, normaliseStudentId, scriptStartProblems, type GameState, type TurnReport } from '../engine';

const help = `Usage: chuhai run SCENARIO --out RUN [--seed N | --student ID]
                  [--bot NAME | --actions FILE | --as-happened] [--turns K]

Plays a whole run without the browser and writes its run file (JSON). The same
scenario, seed and actions always give a byte-identical file.

SCENARIO            a scenario file, or the id of a shipped scenario (e.g. tutorial)
--out RUN           where to write the run file (an older run file there is
                    replaced; any other file is left as it is, with an error)

The seed (default: the scenario's seed policy):
--student ID        the student id (at most ${MAX_STUDENT_ID} characters); a "perStudent"
                    scenario derives the seed from it
--seed N            an instructor's seed, 0–4294967295, for experiments (a grader
                    marks such a run "wrong-seed" unless it is the scenario's own)

Who decides (default: nobody, as --bot passive):
--bot NAME          a bot: ${BOT_NAMES.join(', ')}
--actions FILE      a JSON array with one array of actions per turn:
                      [ [ {"type":"setPrice", …}, … ],   ← turn 1
                        [],                             ← turn 2: nothing
                        … ]
                    turns after the last entry get no actions; the action types are
                    in src/cli/README.md and scenarios/scenario.schema.json
--as-happened       the scenario's own "as it happened" script (case scenarios)

--turns K           stop after K turns (default: the whole scenario)
--debug             show the stack trace of an internal error

Actions the engine refuses are recorded anyway (the grader replays intents) and
listed on stderr.
Exit codes: 0 written, 1 a file is wrong (scenario, actions, seed), 2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'run',
    flags: [
      { name: 'out', kind: 'string' },
      { name: 'seed', kind: 'string' },
      { name: 'student', kind: 'string' },
      { name: 'bot', kind: 'string' },
      { name: 'actions', kind: 'string' },
      { name: 'as-happened', kind: 'boolean' },
      { name: 'turns', kind: 'string' },
    ],
    positional: 'SCENARIO',
    minPositionals: 1,
    maxPositionals: 1,
  },
  help,
  execute(args) {
    const out = requiredFlag(args, 'out', 'run');
    oneOf(args, ['seed', 'student'], 'run');
    const source = oneOf(args, ['bot', 'actions', 'as-happened'], 'run');
    const seed = intFlag(args, 'seed', 'run', 0, 0xffffffff);
    const turns = intFlag(args, 'turns', 'run', 1, 104);
    const student = studentFlag(args);
    const botName = stringFlag(args, 'bot');
    if (botName !== undefined && !getBot(botName)) {
      throw new UsageError(`unknown bot "${botName}"; the bots are ${BOT_NAMES.join(', ')}`, 'run');
    }

    const { scenario } = loadScenarioFile(resolveScenarioArg(args.positionals[0]!));
    checkReplaceable(out, 'a run file', isRunFileText);
    if (turns !== undefined && turns > scenario.turns) {
      throw new InputError(`--turns ${turns}: the scenario "${scenario.id}" has only ${scenario.turns} turns`);
    }
    if (scenario.seedPolicy.kind === 'perStudent' && seed === undefined && student === undefined) {
      throw new InputError(`the scenario "${scenario.id}" derives each student's seed from the student id: give --student ID (or --seed N for an experiment)`);
    }
    let decide: (state: GameState, last: TurnReport | null) => unknown[] = () => [];
    if (source === 'bot') {
      const bot = getBot(botName!)!;
      decide = (state, last) => botActions(bot, state, last);
    } else if (source === 'as-happened') {
      if (!scenario.asHappened) throw new InputError(`the scenario "${scenario.id}" has no "asHappened" script; use --bot or --actions`);
      const bot = getBot('as-happened')!;
      decide = (state, last) => botActions(bot, state, last);
    } else if (source === 'actions') {
      const perTurn = readActionsFile(stringFlag(args, 'actions')!, scenario.turns);
      decide = (state) => perTurn[state.turn] ?? [];
    }

    let played;
    try {
      played = playRun(scenario, { seed, studentId: student, decide, turns });
    } catch (err) {
      // chooseSeed's plain-words refusals (a perStudent scenario without --student).
      throw new InputError(`cannot choose the seed: ${err instanceof Error ? err.message : String(err)}`);
    }
    writeAtomic(out, serializeRun(played.run));

    let refused = 0;
    for (const report of played.reports) {
      for (const r of report.companies[PLAYER_ID]?.refused ?? []) {
        refused += 1;
        if (refused <= 20) warn(`turn ${report.turn}: action ${r.index + 1} refused: ${r.reason.en} / ${r.reason.zh}`);
      }
    }
    if (refused > 20) warn(`… ${refused - 20} more refused actions (chuhai report ${out} shows every turn)`);
    // A script that fails in play (guarded always transitions in a circle) is the instructor's to fix: say where.
    const scriptProblems = [...scriptStartProblems(scenario, played.run.seed), ...played.reports.flatMap((r) => r.scriptProblems)];
    for (const p of scriptProblems.slice(0, 5)) warn(`the scenario's script failed: ${p}`);
    if (scriptProblems.length > 5) warn(`… the script failed in ${scriptProblems.length - 5} more turns`);
    const { run, state } = played;
    const bankrupt = state.companies[PLAYER_ID]?.bankrupt ? ', bankrupt' : '';
    say(`${out}: ${scenario.id}, seed ${run.seed}, ${run.turns.length} of ${scenario.turns} turns${bankrupt}, score ${run.final.score.total.toFixed(2)}`);
    return 0;
  },
};

/**
 * --student as the run file will record it (trimmed, NFC), refused (exit 2) when
 * replay and grade would refuse the file: blank, or longer than a run file holds,
 * whatever the seed policy (a fixed-seed run records the id as a label).
 */
function studentFlag(args: Parsed): string | undefined {
  const raw = stringFlag(args, 'student');
  if (raw === undefined) return undefined;
  const id = normaliseStudentId(raw);
  if (isBlankStudentId(id)) throw new UsageError('--student: the student id is empty', 'run');
  if (id.length > MAX_STUDENT_ID) {
    throw new UsageError(`--student: a student id may be at most ${MAX_STUDENT_ID} characters (this one has ${id.length})`, 'run');
  }
  return id;
}

/** Whether a file's text is a run file, which `chuhai run` may replace (checkReplaceable). */
function isRunFileText(text: string): boolean {
  try {
    return isRunFile(JSON.parse(text));
  } catch {
    return false;
  }
}
