// Reading a run file for replay and report, and finding its scenario: the one
// given with --scenario, or the shipped one with the id and hash the run names
// (DESIGN.md §7).
import { readRunBytes, type GradeStatus, type RunFile } from '../run';
import { RUN_FILE, readOrFail } from './files';
import { findShipped, loadScenarioFile, resolveScenarioArg, type LoadedScenario } from './scenarios';

/**
 * The run (checked against the run-file schema) and its scenario, or a verdict on a file that is no run file
 * (said as `chuhai grade` would say it), or on a run whose scenario is not shipped
 * (wrong-scenario). A file that cannot be read at all, or a --scenario that cannot
 * be loaded, stops the command (InputError).
 */
export type RunInput =
  | { ok: true; run: RunFile; scenario: LoadedScenario }
  | { ok: false; status: GradeStatus; detail: string };

export function readRunInput(path: string, scenarioArg: string | undefined): RunInput {
  // The shape first (readRun.ts), as grade checks it: a malformed file is invalid
  // whether or not its scenario is given, never wrong-scenario for a bad field.
  const read = readRunBytes(readOrFail(path, RUN_FILE));
  if (!read.ok) return { ok: false, status: read.status, detail: read.detail };
  const run = read.run;
  if (scenarioArg !== undefined) return { ok: true, run, scenario: loadScenarioFile(resolveScenarioArg(scenarioArg)) };
  const shipped = findShipped(run.scenario.id, run.scenario.hash);
  return shipped.ok ? { ok: true, run, scenario: shipped.scenario } : { ok: false, status: 'wrong-scenario', detail: shipped.detail };
}
