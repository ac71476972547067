// A run file opened in the graders' viewer, read by the same reader as `chuhai
// replay` (src/run/readRun.ts), so the page and the command line give one verdict
// on one file (strict UTF-8: a Latin-1 file once verified with a garbled student
// id), then its scenario among the shipped ones by id and hash.
import { scenarioHash, type Scenario } from '../engine';
import { readRunBytes as readRunFile, type GradeStatus, type RunFile } from '../run';
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
  // The shape before the scenario, as the CLI reads it (src/run/readRun.ts): a
  // malformed file is invalid, never "open its scenario" for a bad field.
  const read = readRunFile(bytes);
  if (!read.ok) return { ok: false, status: read.status, detail: read.detail };
  const run = read.run;
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
