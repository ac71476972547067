// Text that came from an input file (a run's student id or scenario id, a field
// name in a scenario), as a message shows it. Messages end up on a terminal, one
// line per problem: a newline in an id would forge a second line ("…: ok: score
// 100.00"), an escape sequence would clear the grader's screen, and a 1 MB field
// name would be echoed as a 1 MB line. So control characters are written as JSON
// string escapes (still valid inside JSON output) and long text is shortened.
import { formatPath } from '../engine/problems';

/** Longest id or field name shown whole; longer ones end in "…". */
const MAX_SHOWN_TEXT = 60;

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
 * bidirectional overrides (which can make text read in another order than it is).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** Every control character as a JSON escape: "\n", "\u001b". Other text unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** At most `max` characters (code points, so no emoji is cut in half), "…" marking a cut. */
export function shorten(text: string, max = MAX_SHOWN_TEXT): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2));
  return points.length <= max && text.length <= max * 2 ? text : `${points.slice(0, max).join('')}…`;
}

/** Text from an input file, safe to print inside a one-line message: shortened, then escaped. */
export function inputText(text: string, max = MAX_SHOWN_TEXT): string {
  return escapeControls(shorten(text, max));
}

/** Text from an input file in double quotes, as JSON writes it (a quote inside is \\"): `"tutorial"`. */
export function quotedInput(text: string, max = MAX_SHOWN_TEXT): string {
  return escapeControls(JSON.stringify(shorten(text, max)));
}

/** A path whose keys came from an input file (`script.states.<name>.<key>`), each key shown as inputText. */
export function inputPath(path: readonly PropertyKey[]): string {
  return formatPath(path.map((key) => (typeof key === 'string' ? inputText(key) : key)));
}
