// Reads a scenario file into the engine's `Scenario` (DESIGN.md §3, §8): size →
// UTF-8 → JSON → raw-structure checks → not another kind of file → schema →
// cross-references → script.
// Each step reports every problem it finds with a path and plain words; a later
// step runs only when the earlier ones passed, because its checks assume their
// guarantees. It never throws: the CLI validates batches and the browser loads
// files chosen by students, and neither may stop at one bad file.
import { Scenario } from '../engine/schema';
import type { Problem } from '../engine/problems';
import { validateScript } from '../engine/script';
import { DEFAULT_MAX_BYTES, checkSize, utf8Length } from './size';
import { decodeUtf8, parseJson } from './parseJson';
import { checkRawValue } from './walk';
import { findTimerKeys } from './scriptTimers';
import { issuesToProblems } from './zodProblems';
import { quotedInput } from './inputText';
import { checkReferences } from './references';
import { deepFreeze } from './freeze';
import { sha256Hex } from './sha256';
// runFile.ts alone (it imports nothing of src/scenario), not src/run, which does.
import { isRunFile } from '../run/runFile';

export interface LoadOptions {
  /** Largest accepted file, in bytes (default 2 MiB). */
  maxBytes?: number;
}

export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string }
  /** `total`: every problem found, which can be more than the `problems` described (MAX_PROBLEMS). */
  | { ok: false; problems: Problem[]; total: number };

/** Past this many, more problems only bury the first ones; the rest are counted. */
export const MAX_PROBLEMS = 200;

/**
 * Two files that are not scenarios are met where a scenario is asked for, and each
 * gets one line saying what it is, instead of a problem for every field a scenario
 * has and it lacks (23 to 27 lines): a JSON Schema (`chuhai validate scenarios/*.json`
 * meets scenario.schema.json itself) and a run file given as the scenario (`chuhai
 * grade runs/ --scenario run.json`, the arguments swapped).
 */
function otherDocument(value: unknown): Problem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.$schema === 'string' && /^https?:\/\/json-schema\.org\//.test(v.$schema)) {
    return {
      path: '$schema',
      message: `${quotedInput(v.$schema)} is the JSON Schema standard itself: this file is a JSON Schema (such as scenario.schema.json), not a scenario, whose "$schema" names scenario.schema.json`,
    };
  }
  if (isRunFile(v)) {
    return { path: 'format', message: 'this is a Chuhai run file (a student\'s play), not a scenario: open it as a run (in the game, "Open a run file" on the title screen; on the command line, chuhai replay, report or grade), and the scenario it was played on as the scenario' };
  }
  return null;
}

export function loadScenario(input: string | Uint8Array, opts: LoadOptions = {}): LoadResult {
  try {
    return load(input, opts);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return fail([{
      path: '(root)',
      message: `the scenario could not be checked because of an internal error (${detail.slice(0, 200)}); please report this together with the file`,
    }]);
  }
}

function load(input: string | Uint8Array, opts: LoadOptions): LoadResult {
  const maxBytes = typeof opts.maxBytes === 'number' && opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES;
  let text: string;
  let bytes: Uint8Array | null = null;
  if (typeof input === 'string') {
    const tooBig = checkSize(utf8Length(input), maxBytes);
    if (tooBig) return fail([tooBig]);
    text = input;
  } else if (isBytes(input)) {
    const tooBig = checkSize(input.length, maxBytes);
    if (tooBig) return fail([tooBig]);
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return fail(decoded.problems);
    bytes = input;
    text = decoded.text;
  } else {
    return fail([{ path: '(root)', message: 'expected the text or the bytes of a scenario file' }]);
  }

  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.problems);
  const raw = checkRawValue(parsed.value);
  if (raw.length > 0) return fail(raw);
  const other = otherDocument(parsed.value);
  if (other) return fail([other]);

  const result = Scenario.safeParse(parsed.value);
  const timers = findTimerKeys(parsed.value);
  if (!result.success) {
    const { problems, more } = issuesToProblems(result.error.issues, Scenario, parsed.value, MAX_PROBLEMS);
    return fail([...problems, ...timers], more);
  }
  if (timers.length > 0) return fail(timers);

  const scenario = result.data;
  // Both need only a well-shaped scenario, so both run and all is reported. The
  // script's own rules (targets that exist, guard and action names, the ids they
  // use) live with the script runner in the engine.
  const meaning = [...checkReferences(scenario), ...validateScript(scenario)];
  if (meaning.length > 0) return fail(meaning);

  return { ok: true, scenario: deepFreeze(scenario), hash: contentHash(bytes ?? new TextEncoder().encode(text)) };
}

/**
 * SHA-256 of the file's bytes. A leading UTF-8 byte-order mark is left out, so
 * the hash is the same whether a caller passes bytes or text decoded from them
 * (TextDecoder and Blob.text() drop the mark; fs.readFileSync keeps it).
 */
function contentHash(bytes: Uint8Array): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return sha256Hex(bom ? bytes.subarray(3) : bytes);
}

function isBytes(input: unknown): input is Uint8Array {
  // instanceof fails for arrays from another realm (an iframe, a worker message).
  return input instanceof Uint8Array || Object.prototype.toString.call(input) === '[object Uint8Array]';
}

/** `more`: problems found but not described (issuesToProblems stops at MAX_PROBLEMS). */
function fail(problems: Problem[], more = 0): LoadResult {
  const unique: Problem[] = [];
  if (problems.length === 0) problems = [{ path: '(root)', message: 'the scenario is not valid' }];
  const seen = new Set<string>();
  for (const p of problems) {
    const key = `${p.path}\u0000${p.message}`;
    if (!seen.has(key)) { seen.add(key); unique.push(p); }
  }
  if (unique.length <= MAX_PROBLEMS && more === 0) return { ok: false, problems: unique, total: unique.length };
  const shown = unique.slice(0, MAX_PROBLEMS - 1);
  shown.push({ path: '(root)', message: `… and ${unique.length - shown.length + more} more problems not shown; fix the ones above first` });
  return { ok: false, problems: shown, total: unique.length + more };
}
