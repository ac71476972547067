// Step 2 of loading: bytes → text → JSON value, with a message that names the
// line and column of a syntax error.
import type { Problem } from '../engine/problems';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';

export type Parsed = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Decodes UTF-8 bytes; a file saved in another encoding (GBK, UTF-16) is refused, not garbled. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  try {
    // fatal: refuse invalid sequences instead of silently inserting U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'the file is not valid UTF-8 text; save it with the UTF-8 encoding' }],
    };
  }
}

export function parseJson(text: string): Parsed {
  // Editors on Windows may start a UTF-8 file with a byte-order mark; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    return { ok: false, problems: [{ path: '(root)', message: describeSyntaxError(body, err) }] };
  }
}

function describeSyntaxError(text: string, err: unknown): string {
  const found = findJsonSyntaxError(text);
  if (found) {
    const { line, column } = lineAndColumn(text, found.offset);
    return `the file is not valid JSON: line ${line}, column ${column}: ${found.message}`;
  }
  // Our scanner accepts the text but JSON.parse did not: most likely the engine
  // ran out of stack on extreme nesting. Fall back to the engine's own words.
  const detail = err instanceof Error ? err.message : String(err);
  return `the file could not be read as JSON (${detail.slice(0, 200)})`;
}
