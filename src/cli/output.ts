// Errors and output. DESIGN.md §7: exit 0 success, 1 the input is wrong or a check
// failed, 2 usage error. Instructors and graders read these lines, so an error is
// one line in plain words, never a stack trace (unless --debug, for us).

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

/** Writes one line to stdout. */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Writes one line to stderr (warnings, progress, errors). */
export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Prints an error as one line and returns the exit code it calls for. */
export function reportError(err: unknown, debug: boolean): number {
  if (err instanceof UsageError) {
    const help = err.command ? `chuhai ${err.command} --help` : 'chuhai --help';
    warn(`chuhai: ${oneLine(err.message)} (see "${help}")`);
    if (debug && err.stack) warn(err.stack);
    return 2;
  }
  if (err instanceof InputError) {
    warn(`chuhai: ${oneLine(err.message)}`);
    for (const line of err.details) warn(oneLine(line));
    if (debug && err.stack) warn(err.stack);
    return 1;
  }
  // Anything else is our bug, not the user's: say so, and how to see more.
  const message = err instanceof Error ? err.message : String(err);
  warn(`chuhai: internal error: ${oneLine(message)}${debug ? '' : ' (run again with --debug for details, and please report it)'}`);
  if (debug && err instanceof Error && err.stack) warn(err.stack);
  return 1;
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
