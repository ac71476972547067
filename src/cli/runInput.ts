// Reading a run file for replay and report, and finding its scenario: the one
// given with --scenario, or the shipped one with the id and hash the run names
// (DESIGN.md §7).
import { checkShape, precheck, type GradeStatus } from '../run';
import { decodeUtf8, parseJson } from '../scenario/parseJson';
import { RUN_FILE, readOrFail } from './files';
import { findShipped, loadScenarioFile, resolveScenarioArg, type LoadedScenario } from './scenarios';

/**
 * The run's JSON and its scenario, or a verdict on a file that is no run file
 * (said as `chuhai grade` would say it), or on a run whose scenario is not shipped
 * (wrong-scenario). A file that cannot be read at all, or a --scenario that cannot
 * be loaded, stops the command (InputError).
 */
export type RunInput =
  | { ok: true; raw: unknown; scenario: LoadedScenario }
  | { ok: false; status: GradeStatus; detail: string };

export function readRunInput(path: string, scenarioArg: string | undefined): RunInput {
  const decoded = decodeUtf8(readOrFail(path, RUN_FILE));
  if (!decoded.ok) return { ok: false, status: 'invalid', detail: decoded.problems[0]!.message };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return { ok: false, status: 'invalid', detail: parsed.problems[0]!.message };
  const raw = parsed.value;
  const early = precheck(raw);
  if (early) return early;
  // The shape first, as grade and replayRun check it: a malformed file is invalid
  // whether or not its scenario is given, never wrong-scenario for a bad field.
  const shape = checkShape(raw);
  if (!shape.ok) return { ok: false, status: 'invalid', detail: shape.detail };
  if (scenarioArg !== undefined) return { ok: true, raw, scenario: loadScenarioFile(resolveScenarioArg(scenarioArg)) };
  const named = shape.run.scenario;
  const shipped = findShipped(named.id, named.hash);
  return shipped.ok ? { ok: true, raw, scenario: shipped.scenario } : { ok: false, status: 'wrong-scenario', detail: shipped.detail };
}
