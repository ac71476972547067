// Reading a run file, one way for every reader: `chuhai grade`, `chuhai replay` and
// `report`, and the graders' viewer in the browser, so they give one verdict on one
// file. Its bytes are decoded as strict UTF-8 (a UTF-16 or Latin-1 file is refused,
// not read with replacement characters), then JSON, then what can be said before
// the schema (precheck: not a run file, another format version), then the schema.
// The run it returns has passed RunFileSchema; replayCheckedRun replays it without
// checking it again.
import { decodeUtf8, parseJson } from '../scenario/parseJson';
import type { GradeStatus, RunFile } from './runFile';
import { checkShape, precheck } from './replay';

/** A checked run, or a verdict; `value`: the file's JSON when it parsed (a grader still reads the student id from it). */
export type RunRead = { ok: true; run: RunFile } | { ok: false; status: GradeStatus; detail: string; value?: unknown };

export function readRunText(text: string): RunRead {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, status: 'invalid', detail: parsed.problems[0]?.message ?? 'the file is not valid JSON' };
  const value = parsed.value;
  const early = precheck(value);
  if (early) return { ...early, value };
  const shape = checkShape(value);
  return shape.ok ? { ok: true, run: shape.run } : { ok: false, status: 'invalid', detail: shape.detail, value };
}

export function readRunBytes(bytes: Uint8Array): RunRead {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, status: 'invalid', detail: decoded.problems[0]?.message ?? 'the file is not UTF-8 text' };
  return readRunText(decoded.text);
}
