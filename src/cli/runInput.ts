// Reading a run file for replay and report, and finding its scenario: the one
// given with --scenario, or the shipped one with the id and hash the run names
// (DESIGN.md §7).
import { DEFAULT_MAX_RUN_BYTES, precheck, type GradeStatus } from '../run';
import { decodeUtf8, parseJson } from '../scenario/parseJson';
import { readOrFail } from './files';
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
  const decoded = decodeUtf8(readOrFail(path, DEFAULT_MAX_RUN_BYTES));
  if (!decoded.ok) return { ok: false, status: 'invalid', detail: decoded.problems[0]!.message };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return { ok: false, status: 'invalid', detail: parsed.problems[0]!.message };
  const raw = parsed.value;
  const early = precheck(raw);
  if (early) return early;
  if (scenarioArg !== undefined) return { ok: true, raw, scenario: loadScenarioFile(resolveScenarioArg(scenarioArg)) };
  // Read best-effort: the replay that follows checks the whole file strictly.
  const named = (raw as { scenario?: { id?: unknown; hash?: unknown } }).scenario;
  if (typeof named?.id !== 'string') return { ok: false, status: 'invalid', detail: 'scenario.id: the run file names no scenario' };
  const shipped = findShipped(named.id, typeof named.hash === 'string' ? named.hash : undefined);
  return shipped.ok ? { ok: true, raw, scenario: shipped.scenario } : { ok: false, status: 'wrong-scenario', detail: shipped.detail };
}
