// Errors and output. DESIGN.md §7: exit 0 success, 1 the input is wrong or a check
// failed, 2 usage error. Instructors and graders read these lines, so an error is
// one line in plain words, never a stack trace (unless --debug, for us). Every
// line passes escapeControls: text from an input file (a student id, a field
// name) reaches many messages, and one newline or escape sequence in it must not
// forge a line or drive the terminal (DESIGN.md §8).
import { escapeControls } from '../scenario/inputText';

/** Exit 2: the command line itself is wrong. Always ends with a pointer to --help. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

/**
 * Exit 1: an input (a file, a value in it) is wrong, or a check failed. `details`
 * are further lines, one per problem (`FILE: path.to.field: message`).
 */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string, readonly details: readonly string[] = []) {
    super(message);
  }
}

/** Writes one line to stdout; a line break inside it is shown as "\\n". */
export function say(line: string): void {
  process.stdout.write(`${escapeControls(line)}\n`);
}

/** Writes lines of our own making (a table, indented JSON) to stdout: only their line breaks are kept. */
export function sayLines(text: string): void {
  process.stdout.write(`${eachLine(text)}\n`);
}

function eachLine(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}

/** Writes one line to stderr (warnings, progress, errors); a line break inside it is shown as "\\n". */
export function warn(line: string): void {
  process.stderr.write(`${escapeControls(line)}\n`);
}

/** Writes lines of our own making (a stack trace, for --debug) to stderr: only their line breaks are kept. */
function warnLines(text: string): void {
  process.stderr.write(`${eachLine(text)}\n`);
}

/** Prints an error as one line and returns the exit code it calls for. */
export function reportError(err: unknown, debug: boolean): number {
  if (err instanceof UsageError) {
    const help = err.command ? `chuhai ${err.command} --help` : 'chuhai --help';
    warn(`chuhai: ${oneLine(err.message)} (see "${help}")`);
    if (debug && err.stack) warnLines(err.stack);
    return 2;
  }
  if (err instanceof InputError) {
    warn(`chuhai: ${oneLine(err.message)}`);
    for (const line of err.details) warn(oneLine(line));
    if (debug && err.stack) warnLines(err.stack);
    return 1;
  }
  if (isCwdGone(err)) {
    warn('chuhai: the current folder no longer exists (it was deleted or moved): change to a folder that exists and run the command again');
    if (debug && err instanceof Error && err.stack) warnLines(err.stack);
    return 1;
  }
  // Anything else is our bug, not the user's: say so, and how to see more.
  const message = err instanceof Error ? err.message : String(err);
  warn(`chuhai: internal error: ${oneLine(message)}${debug ? '' : ' (run again with --debug for details, and please report it)'}`);
  if (debug && err instanceof Error && err.stack) warnLines(err.stack);
  return 1;
}

/**
 * process.cwd() fails when the folder the command was started in has since been
 * removed; anything resolving a relative path then throws this (uv_cwd).
 */
function isCwdGone(err: unknown): boolean {
  return (err as { syscall?: unknown } | null)?.syscall === 'uv_cwd';
}

/** Newlines in a message would break "one line per error" for scripts reading stderr. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A reason from a Node file-system error, in words a grader understands. */
export function fsReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ENOSPC': return 'the disk is full';
    case 'EROFS': return 'the file system is read-only';
    case 'ELOOP': return 'a symbolic link loop';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'ENXIO': return 'is not a file (a socket, or a device with nothing behind it)';
    default: return err instanceof Error ? oneLine(err.message) : String(err);
  }
}

/** Minor units (fen, cents) as major units with thousands separators: 1234567 → 12,345.67. */
export function money(minor: number, decimals = 2): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minor));
  const unit = 10 ** decimals;
  const whole = Math.floor(abs / unit).toLocaleString('en-US');
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(abs % unit).padStart(decimals, '0')}`;
}

export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** Right-aligned columns; the first column left-aligned. Width counts CJK as two. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const line = (r: string[]): string => r.map((cell, c) => {
    const pad = ' '.repeat(widths[c]! - displayWidth(cell));
    return c === 0 ? cell + pad : pad + cell;
  }).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
      || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
