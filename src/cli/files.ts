// Reading the files the commands are given, with errors that name the file and
// say what is wrong (DESIGN.md §8), never a Node stack; and finding them in the
// folders `chuhai grade` is given.
import { type Dirent, type Stats, closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute, resolve } from 'node:path';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from '../scenario/size';
import { DEFAULT_MAX_RUN_BYTES } from '../run/grade';
import { heldPipe, readBlocking } from './heldPipe';
import { InputError, fsReason } from './output';

/**
 * What a kind of input may weigh, and how a message names it ("the file is 6 MB;
 * a run file may be at most 5 MB"). Past the limit a file is refused unread: a
 * 50 MB upload of garbage must not cost a grader 50 MB of memory per worker.
 */
export interface FileKind { maxBytes: number; what: string }

/** The loader's own limit (src/scenario/size.ts), so that both say the same. */
export const SCENARIO_FILE: FileKind = { maxBytes: DEFAULT_MAX_BYTES, what: 'a scenario file' };
/** A run file of the 52-turn campaign is under 100 KB (issue 4); the grader's limit (src/run/grade.ts). */
export const RUN_FILE: FileKind = { maxBytes: DEFAULT_MAX_RUN_BYTES, what: 'a run file' };
/** The limit the actions file has always had (an input file's, before each kind had its own). */
export const ACTIONS_FILE: FileKind = { maxBytes: 4 * 1024 * 1024, what: 'an actions file' };

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a whole file unless it is larger than the kind allows; never throws.
 * Only a regular file is opened: opening a named pipe waits for a writer, forever
 * if none comes, so a pipe is refused after a stat, as in a folder (collectFiles).
 * The one exception is a pipe this process already holds, given by its name
 * (`<(cat run.json)`, `/dev/stdin`): it is read as it streams in (heldPipe.ts).
 */
export function readLimited(path: string, kind: FileKind): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  }
  if (st.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
  if (!st.isFile()) {
    const fd = st.isFIFO() ? heldPipe(path, st) : null;
    if (fd === null) return { ok: false, reason: notAFile(st) };
    return readAll(fd, kind, 0, (buf, at) => readBlocking(fd, buf, at));
  }
  if (st.size > kind.maxBytes) return { ok: false, reason: tooLargeMessage(st.size, kind.maxBytes, kind.what) };
  let fd: number;
  try {
    // O_NONBLOCK: should the file be swapped for a pipe since the stat, opening it does not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, reason: notAFile(opened) };
    return readAll(fd, kind, opened.size, (buf, at) => readSync(fd, buf, at, buf.length - at, null));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end, or one byte past the limit: a file that grows while it is
 * read, or a stream of unknown length, is refused rather than read whole. The
 * size the file claims is only where to start (a file in /proc claims 0 bytes).
 */
function readAll(fd: number, kind: FileKind, sizeHint: number, read: (buf: Buffer, at: number) => number): ReadResult {
  try {
    let buf = Buffer.allocUnsafe(Math.min(sizeHint > 0 ? sizeHint : 64 * 1024, kind.maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > kind.maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, kind.maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = read(buf, length);
      if (n === 0) break;
      length += n;
    }
    if (length > kind.maxBytes) return { ok: false, reason: tooLargeMessage(length, kind.maxBytes, kind.what, true) };
    return { ok: true, bytes: buf.subarray(0, length) };
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  }
}

/** Reads a file or stops the command with exit 1: `FILE: reason`. */
export function readOrFail(path: string, kind: FileKind): Uint8Array {
  const r = readLimited(path, kind);
  if (!r.ok) throw new InputError(`${path}: ${r.reason}`);
  return r.bytes;
}

export interface WalkResult {
  files: string[];
  /** Arguments that could not be read at all: a row each in a gradebook. */
  unreadable: { file: string; reason: string }[];
}

/**
 * Files named on the command line are taken as they are; folders are walked for
 * `*.json` (sorted, so the CSV's row order is the same on every machine). Hidden
 * entries (`.git`, editors' swap files) are skipped; a `*.json` in a folder that is
 * not a regular file (a named pipe, a socket, a device) is named, not opened.
 * Each real file is listed once: a symbolic link to a file already in the batch
 * (`alias.json` → `a.json`) is left out, and the file keeps its own name, not the
 * link's. (Hard links are not told apart: that would take a stat per file.)
 */
export function collectFiles(args: readonly string[], skip: ReadonlySet<string> = new Set()): WalkResult {
  const out: WalkResult = { files: [], unreadable: [] };
  // By real path: `runs/a.json`, `./runs/a.json` and a link to it are one file.
  const seen = new Map<string, { index: number; viaLink: boolean }>();
  const skipped = new Set([...skip].map(realOf));
  const add = (f: string, real: string, viaLink: boolean): void => {
    if (skipped.has(real)) return;
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, { index: out.files.length, viaLink });
      out.files.push(f);
    } else if (first.viaLink && !viaLink) {
      out.files[first.index] = f;
      first.viaLink = false;
    }
  };
  // A symbolic link back to a parent folder would otherwise be walked forever.
  const visited = new Set<string>();
  const walk = (dir: string, viaLink: boolean): void => {
    let entries: Dirent[];
    let real: string;
    try {
      real = realpathSync.native(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      out.unreadable.push({ file: dir, reason: fsReason(err) });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      // The folder listing says what each entry is: only a symbolic link needs a
      // stat (for what it points to). A stat per file (Node builds four Dates for
      // each) cost 30–150 ms for 200 files on the loaded 2-core machine, against
      // 0.2–1 ms for the typed listing, before any worker starts.
      let kind: Dirent | Stats = entry;
      const link = entry.isSymbolicLink();
      if (link) {
        try { kind = statSync(p); } catch (err) {
          if (name.toLowerCase().endsWith('.json')) out.unreadable.push({ file: p, reason: fsReason(err) });
          continue;
        }
      }
      if (kind.isDirectory()) walk(p, viaLink || link);
      else if (name.toLowerCase().endsWith('.json')) {
        // Only regular files are read from a folder: opening a named pipe waits for
        // a writer, so a pipe called x.json among the submissions hung the batch.
        if (kind.isFile()) add(p, link ? realOf(p) : join(real, name), viaLink || link);
        else out.unreadable.push({ file: p, reason: notAFile(kind) });
      }
    }
  };
  for (const arg of args) {
    let isDir: boolean;
    try { isDir = statSync(arg).isDirectory(); } catch (err) {
      out.unreadable.push({ file: arg, reason: fsReason(err) });
      continue;
    }
    // A file named here is read (and a pipe refused) by readLimited, with the same words.
    if (isDir) walk(arg, false);
    else add(arg, realOf(arg), false);
  }
  return out;
}

/** The path with every symbolic link resolved; as given, made absolute, when that fails (it may not exist yet). */
function realOf(path: string): string {
  try { return realpathSync.native(path); } catch { return resolve(path); }
}

/** Why something that is neither a regular file nor a folder is not read. */
export function notAFile(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'is a named pipe, not a file';
  if (entry.isSocket()) return 'is a socket, not a file';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

/** A path as a grader reads it in the CSV: relative to where they ran the command. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  let cwd: string;
  try { cwd = process.cwd(); } catch { return path; } // the folder was removed: absolute paths still work
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
