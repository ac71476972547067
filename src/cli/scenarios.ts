// Finding and loading scenarios. DESIGN.md §7: without --scenario, a run's scenario
// is looked up among the shipped `scenarios/` by id and content hash, so a grader
// can replay a student's file with nothing but the file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../scenario/load';
import { inputText, quotedInput } from '../scenario/inputText';
import { scenarioHash, type Scenario } from '../engine';
import { InputError } from './output';
import { SCENARIO_FILE, readLimited, readOrFail } from './files';

export interface LoadedScenario {
  scenario: Scenario;
  /** SHA-256 of the file's bytes (the loader's content hash). */
  hash: string;
  /** The engine's hash of the parsed scenario (what states and run files may record). */
  engineHash: string;
  path: string;
}

/** The repository's `scenarios/` folder, found from this file so any cwd works. */
export const SHIPPED_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Loads a scenario file, or stops with exit 1 and one `FILE: path: message` line per problem. */
export function loadScenarioFile(path: string): LoadedScenario {
  const bytes = readOrFail(path, SCENARIO_FILE);
  const loaded = loadScenario(bytes);
  if (!loaded.ok) {
    throw new InputError(`${path} is not a valid scenario:`, loaded.problems.map((p) => `${path}: ${p.path}: ${p.message}`));
  }
  return { scenario: loaded.scenario, hash: loaded.hash, engineHash: scenarioHash(loaded.scenario), path };
}

/**
 * A SCENARIO argument is a file path, or the id of a shipped scenario
 * (`chuhai run tutorial …`) when no such file exists.
 */
export function resolveScenarioArg(arg: string): string {
  if (existsSync(arg)) return arg;
  const shipped = shippedFiles().find((f) => f.id === arg);
  if (shipped) return shipped.path;
  throw new InputError(`${arg}: no such file, and no shipped scenario has this id (shipped: ${shippedFiles().map((f) => f.id).join(', ') || 'none'})`);
}

interface ShippedEntry { path: string; id: string }

let cache: ShippedEntry[] | null = null;

/** Every shipped scenario file with its id (read cheaply with JSON.parse, not loaded). */
export function shippedFiles(): ShippedEntry[] {
  if (cache) return cache;
  const found: ShippedEntry[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try { names = readdirSync(dir).sort(); } catch { return; }
    for (const name of names) {
      const p = join(dir, name);
      if (name.startsWith('.')) continue;
      if (statSync(p).isDirectory()) { walk(p); continue; }
      if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
      const r = readLimited(p, SCENARIO_FILE);
      if (!r.ok) continue;
      try {
        const id = (JSON.parse(new TextDecoder().decode(r.bytes)) as { id?: unknown }).id;
        if (typeof id === 'string') found.push({ path: p, id });
      } catch { /* a broken file among the shipped ones is the shipped tests' business */ }
    }
  };
  walk(SHIPPED_DIR);
  cache = found;
  return found;
}

/**
 * The shipped scenario with this id and content hash, or why there is none — a
 * verdict on the run (wrong-scenario), since it is the run's own record that names
 * them: a scenario that is not shipped, or a version of it that is not. Several
 * versions of one id may ship side by side; the hash picks the one the run was
 * played on. Either hash is accepted, because a run file may record the file's
 * SHA-256 or the engine's scenario hash.
 */
export function findShipped(id: string, hash: string | undefined): { ok: true; scenario: LoadedScenario } | { ok: false; detail: string } {
  const candidates = shippedFiles().filter((f) => f.id === id);
  if (candidates.length === 0) {
    return { ok: false, detail: `the run is for scenario ${quotedInput(id)}, which is not one of the shipped scenarios; give its scenario file with --scenario` };
  }
  const hashes: string[] = [];
  for (const c of candidates) {
    const loaded = loadScenarioFile(c.path);
    if (hash === undefined || loaded.hash === hash || loaded.engineHash === hash) return { ok: true, scenario: loaded };
    hashes.push(loaded.engineHash);
  }
  return {
    ok: false,
    detail: `the run was played on another version of ${quotedInput(id)} (scenario hash ${inputText(String(hash))}) than the shipped one (${hashes.join(', ')}): `
      + 'give the scenario file it was played on with --scenario (if the run was played on the shipped one, its file was edited)',
  };
}
