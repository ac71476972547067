// `chuhai grade DIR_OR_FILES… --scenario SCENARIO --out grades.csv` (DESIGN.md §7,
// issue 4 item 7): replays every run file on every core and writes one CSV row per
// file. It never stops at a bad file: each gets a row with its status and why.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Command } from './main';
import { intFlag, requiredFlag } from './args';
import { InputError, say, warn } from './output';
import { collectFiles, displayPath } from './files';
import { checkReplaceable, writeAtomic } from './outFile';
import { loadScenarioFile, resolveScenarioArg } from './scenarios';
import { jobsWanted, runPool, TASKS_PER_RUNNER } from './pool';
import { GRADE_TASK, type GradeInit } from './tasks';
import { progressBar, type Progress } from './progress';
import { gradesCsv, isGradesCsv, type GradeRow, type GradeStatus } from '../run';

/** Files that are not ok listed on stderr; the CSV has them all. */
const SHOWN_BAD = 20;

const STATUSES: readonly GradeStatus[] = ['ok', 'tampered', 'invalid', 'wrong-scenario', 'wrong-seed', 'wrong-version'];

const help = `Usage: chuhai grade DIR_OR_FILES… --scenario SCENARIO --out grades.csv
                    [--jobs N] [--json]

Replays and checks every run file (folders are walked for *.json), trusting
nothing in a file but the student id and the actions, and writes one CSV row per
file: file, student, status, detail, score and the headline KPIs. The CSV is UTF-8
with a byte-order mark and RFC 4180 quoting, for spreadsheets and gradebooks.

status   ok              replays exactly; scored
         tampered        an action, a hash, the score or the scenario version was edited
         invalid         not a run file: truncated, not JSON, too large, bad fields
         wrong-scenario  played on another scenario, or another version of it
         wrong-seed      the seed is not the one the scenario's seed policy gives
         wrong-version   recorded by another rules or file-format version

--scenario SCENARIO   the scenario file (or shipped id) of the assignment
--out FILE            the CSV to write (an older grades CSV there is replaced;
                      any other file, a run among them, is left, with an error)
--jobs N              runners: 1 is this thread alone, more are worker threads, at
                      most one per core (default: every core, here ${availableParallelism()}, fewer
                      for a batch under ${TASKS_PER_RUNNER * availableParallelism()} files)
--json                print the summary as JSON: { "files", "counts": { status: n }, "out" }
--debug               show the stack trace of an internal error

A bad file never stops the batch: each gets a row, and the first 20 are listed
on stderr with their status and why. Rows are sorted by file path; a file met
twice (through a symbolic link) is graded once. A progress bar is drawn on a
terminal (stderr).
Exit codes: 0 every file is ok, 1 at least one file is not ok (the CSV is still
complete) or the scenario is wrong, 2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'grade',
    flags: [
      { name: 'scenario', kind: 'string' },
      { name: 'out', kind: 'string' },
      { name: 'jobs', kind: 'string' },
      { name: 'json', kind: 'boolean' },
    ],
    positional: 'DIR_OR_FILES (the run files, or folders holding them)',
    minPositionals: 1,
    maxPositionals: Number.POSITIVE_INFINITY,
  },
  help,
  async execute(args) {
    const out = requiredFlag(args, 'out', 'grade');
    const scenarioPath = resolveScenarioArg(requiredFlag(args, 'scenario', 'grade'));
    const jobs = jobsWanted(intFlag(args, 'jobs', 'grade', 1, 1024));
    const walked = collectFiles(args.positionals, new Set([scenarioPath, out]));
    // Drawn once the checks below pass, so that an error does not land after a bar.
    let bar: Progress = { tick() {}, done() {} };
    // Made while the workers start (runPool); checked in this order, before any file is graded.
    const prepare = (): GradeInit => {
      const { scenario } = loadScenarioFile(scenarioPath); // a bad scenario stops here, once, not in every worker
      if (!existsSync(dirname(resolve(out)))) throw new InputError(`${out}: cannot write: the folder ${dirname(out)} does not exist`);
      checkReplaceable(out, 'a grades CSV', isGradesCsv);
      if (walked.files.length === 0 && walked.unreadable.length === 0) {
        throw new InputError(`no run files (*.json) in ${args.positionals.join(', ')}`);
      }
      bar = progressBar(walked.files.length, 'grading');
      return { scenario };
    };
    if (walked.files.length === 0) prepare();

    const rows: (GradeRow & { file: string })[] = [];
    for (const u of walked.unreadable) {
      rows.push({ file: displayPath(u.file), status: 'invalid', detail: u.reason, student: '', score: null, kpis: null });
    }
    const results = await runPool({
      task: GRADE_TASK,
      init: prepare,
      tasks: walked.files,
      ...(jobs === undefined ? {} : { jobs }),
      onResult: () => bar.tick(),
    });
    bar.done();
    results.forEach((r, i) => {
      const file = displayPath(walked.files[i]!);
      rows.push(r.ok ? { file, ...r.value } : { file, status: 'invalid', detail: `could not be graded: ${r.error}`, student: '', score: null, kpis: null });
    });
    // One order for every row, a file that could not be read among the rest: by
    // path, compared as code units (as the folder walk sorts), the same on every machine.
    rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    writeAtomic(out, gradesCsv(rows));

    const counts = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
    if (args.booleans.has('json')) say(JSON.stringify({ files: rows.length, counts, out }));
    else {
      say(`graded ${rows.length} file${rows.length === 1 ? '' : 's'} into ${out}`);
      for (const s of STATUSES) if (counts[s]! > 0) say(`  ${s.padEnd(15)}${String(counts[s]).padStart(6)}`);
    }
    const bad = rows.filter((r) => r.status !== 'ok');
    if (bad.length > 0 && !args.booleans.has('json')) {
      // Why, at once: a mistyped folder is "FOLDER: invalid: no such file or folder", not just "invalid 1".
      for (const r of bad.slice(0, SHOWN_BAD)) warn(`${r.file}: ${r.status}: ${r.detail}`);
      if (bad.length > SHOWN_BAD) warn(`… and ${bad.length - SHOWN_BAD} more`);
      warn(`${bad.length} file${bad.length === 1 ? ' is' : 's are'} not ok: see the status and detail columns of ${out}`);
    }
    return bad.length > 0 ? 1 : 0;
  },
};
