// A run file opened in the graders' viewer, read as `chuhai replay` reads it
// (src/cli/runInput.ts), so the page and the command line give one verdict on one
// file: its bytes decoded as strict UTF-8 (a UTF-16 or Latin-1 file is refused, not
// read with replacement characters, which once let a garbled student id verify),
// then JSON, the run file's precheck and shape, then its scenario among the shipped
// ones by id and hash. The messages are the CLI's own.
import { scenarioHash, type Scenario } from '../engine';
import { checkShape, precheck, type GradeStatus, type RunFile } from '../run';
import { decodeUtf8, parseJson } from '../scenario/parseJson';
import { loadScenario } from '../scenario/load';
import type { CatalogEntry } from './catalog';

export type RunRead =
  | { ok: false; status: GradeStatus; detail: string }
  /** Its scenario is shipped, in the version it was played on. */
  | { ok: true; run: RunFile; scenario: Scenario }
  /**
   * Its scenario must be given: none shipped has its id (`shipped` empty), or one
   * does but in another version (`shipped`: the engine hashes of the shipped ones).
   */
  | { ok: true; run: RunFile; scenario: null; shipped: string[] };

export function readRunBytes(bytes: Uint8Array, catalog: readonly CatalogEntry[]): RunRead {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, status: 'invalid', detail: decoded.problems[0]!.message };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return { ok: false, status: 'invalid', detail: parsed.problems[0]!.message };
  const early = precheck(parsed.value);
  if (early) return early;
  // The shape before the scenario, as the CLI checks it: a malformed file is
  // invalid, never "open its scenario" for a bad field.
  const shape = checkShape(parsed.value);
  if (!shape.ok) return { ok: false, status: 'invalid', detail: shape.detail };
  const run = shape.run;
  const shipped: string[] = [];
  for (const e of catalog) {
    if (e.id !== run.scenario.id) continue;
    const loaded = loadScenario(e.text);
    if (!loaded.ok) continue;
    const hash = scenarioHash(loaded.scenario);
    if (hash === run.scenario.hash) return { ok: true, run, scenario: loaded.scenario };
    shipped.push(hash);
  }
  return { ok: true, run, scenario: null, shipped };
}
