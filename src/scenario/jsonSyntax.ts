// Finds the first JSON syntax error in a text, with its offset and a message an
// instructor can act on. JSON.parse only says *that* a file is broken, and each
// browser words it differently (V8 sometimes gives no position at all), so after
// JSON.parse fails we scan the text ourselves. The scanner builds no values and
// keeps its own stack, so deeply nested input cannot overflow the call stack.

export interface SyntaxErrorAt {
  offset: number;
  message: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The first syntax error in `text`, or null when it is well-formed JSON. */
export function findJsonSyntaxError(text: string): SyntaxErrorAt | null {
  const stack: ('{' | '[')[] = [];
  let pos = 0;
  const skip = (): void => { while (pos < text.length && WS.has(text[pos]!)) pos += 1; };
  const fail = (message: string, at = pos): SyntaxErrorAt => ({ offset: at, message });

  // Each pass of the outer loop reads one value, then the punctuation after it.
  for (;;) {
    skip();
    // --- a value
    const c = text[pos];
    if (c === undefined) return fail(stack.length === 0 ? 'the file is empty' : 'the file ends too early: a value is missing');
    if (c === '{' || c === '[') {
      stack.push(c);
      pos += 1;
      skip();
      const close = c === '{' ? '}' : ']';
      if (text[pos] === close) { stack.pop(); pos += 1; }
      else if (c === '{') {
        const err = readKey();
        if (err) return err;
        continue;
      } else continue;
    } else if (c === '"') {
      const err = readString();
      if (err) return err;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') return fail('this number is not written correctly');
      pos += m[0].length;
    } else {
      const word = /^(true|false|null)/.exec(text.slice(pos, pos + 5));
      if (!word) return fail(unexpected(c, 'a value'));
      pos += word[0].length;
    }

    // --- after a value: a comma, a closing bracket, or the end of the file
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      const next = text[pos];
      if (top === undefined) {
        return next === undefined ? null : fail(unexpected(next, 'the end of the file after the JSON data'));
      }
      const close = top === '{' ? '}' : ']';
      if (next === undefined) return fail(`the file ends too early: a closing '${close}' is missing`);
      if (next === close) { stack.pop(); pos += 1; continue; }
      if (next !== ',') {
        return fail(top === '{' ? unexpected(next, "',' or '}' after a property value") : unexpected(next, "',' or ']' after a list item"));
      }
      const comma = pos;
      pos += 1;
      skip();
      if (text[pos] === close) return fail(`a trailing comma before '${close}' is not allowed in JSON; remove it`, comma);
      if (top === '{') {
        const err = readKey();
        if (err) return err;
      }
      break;
    }
  }

  // A property name, then its colon; the value is read by the outer loop.
  function readKey(): SyntaxErrorAt | null {
    skip();
    const c = text[pos];
    if (c === undefined) return fail('the file ends too early: a property name is missing');
    if (c !== '"') return fail(unexpected(c, 'a property name in double quotes'));
    const err = readString();
    if (err) return err;
    skip();
    if (text[pos] === undefined) return fail("the file ends too early: ':' is missing after a property name");
    if (text[pos] !== ':') return fail(unexpected(text[pos]!, "':' after the property name"));
    pos += 1;
    return null;
  }

  function readString(): SyntaxErrorAt | null {
    const start = pos;
    pos += 1;
    for (;;) {
      const c = text[pos];
      if (c === undefined) return fail('this text is never closed: a closing " is missing', start);
      if (c === '"') { pos += 1; return null; }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(pos + 2, pos + 6))) return fail('"\\u" must be followed by four hexadecimal digits');
          pos += 6;
        } else if (e !== undefined && ESCAPES.has(e)) pos += 2;
        else return fail('invalid escape: a backslash inside text must be written as "\\\\"');
        continue;
      }
      if (c.charCodeAt(0) < 0x20) return fail('a line break or tab inside text must be written as \\n or \\t');
      pos += 1;
    }
  }
}

function unexpected(found: string, expected: string): string {
  if (found === '/') return `comments are not allowed in JSON (expected ${expected})`;
  if (found === "'") return `text and names must use double quotes (") in JSON, not single quotes (expected ${expected})`;
  const shown = found.charCodeAt(0) < 0x20 ? `character ${found.charCodeAt(0)}` : `"${found}"`;
  return `expected ${expected}, found ${shown}`;
}

/** 1-based line and column of an offset (columns count UTF-16 units, as editors mostly do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) { line += 1; lineStart = i + 1; }
  }
  return { line, column: end - lineStart + 1 };
}
