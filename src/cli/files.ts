// Reading and writing the files the commands are given, with errors that name the
// file and say what is wrong (DESIGN.md §8), never a Node stack.
import { type Dirent, type Stats, closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, basename, resolve } from 'node:path';
import { tooLargeMessage } from '../scenario/size';
import { InputError, fsReason } from './output';

/**
 * A run file of the 52-turn campaign is under 100 KB (issue 4); a scenario file may
 * be at most 2 MiB (src/scenario/size.ts). Past this, a file is refused unread:
 * a 50 MB upload of garbage must not cost a grader 50 MB of memory per worker.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a whole file unless it is larger than `maxBytes`; never throws. `what`
 * names the kind of file in the message ("a run file may be at most 5 MB").
 */
export function readLimited(path: string, maxBytes = MAX_INPUT_BYTES, what = 'an input file'): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (st.size > maxBytes) return { ok: false, reason: tooLargeMessage(st.size, maxBytes, what) };
    // Read up to one byte past the limit: a file that grows while we read, or a
    // pipe whose size stat does not know, is still refused instead of read whole.
    const buf = Buffer.allocUnsafe(Math.max(st.size, 0) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) break;
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > st.size) return { ok: false, reason: 'the file changed while it was read' };
    return { ok: true, bytes: buf.subarray(0, length) };
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Stops the command (exit 1) before it would replace a file it did not write:
 * `--out` naming the scenario, an actions file or a student's run by mistake
 * would otherwise destroy it (DESIGN.md §8: nothing saved is lost). A missing or
 * empty file is fine, and so is one `ours` recognises (a run file for `chuhai
 * run`, a grades CSV for `chuhai grade`), which a second run replaces as asked.
 */
export function checkReplaceable(path: string, what: string, ours: (text: string) => boolean): void {
  let st;
  try { st = statSync(path); } catch { return; } // nothing there yet (or a folder writeAtomic will name)
  if (st.isDirectory()) throw new InputError(`${path}: cannot write: is a folder`);
  if (st.size === 0) return;
  const read = readLimited(path, MAX_INPUT_BYTES);
  const text = read.ok ? new TextDecoder().decode(read.bytes) : null;
  if (text !== null && ours(text)) return;
  throw new InputError(`${path}: exists and is not ${what}, so it is not replaced; give --out a new name, or move the file away first`);
}

/** Reads a file or stops the command with exit 1: `FILE: reason`. */
export function readOrFail(path: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  const r = readLimited(path, maxBytes);
  if (!r.ok) throw new InputError(`${path}: ${r.reason}`);
  return r.bytes;
}

/**
 * Writes through a temporary file and a rename, so an interrupted write never
 * leaves half a run file or half a gradebook where a good one was (DESIGN.md §8).
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* it may never have been created */ }
    throw new InputError(`${path}: cannot write: ${fsReason(err)}`);
  }
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
 */
export function collectFiles(args: readonly string[], skip: ReadonlySet<string> = new Set()): WalkResult {
  const out: WalkResult = { files: [], unreadable: [] };
  const seen = new Set<string>();
  // Compared as absolute paths: `runs/a.json` and `./runs/a.json` are one file.
  const skipped = new Set([...skip].map((f) => resolve(f)));
  const add = (f: string): void => {
    const key = resolve(f);
    if (seen.has(key) || skipped.has(key)) return;
    seen.add(key);
    out.files.push(f);
  };
  // A symbolic link back to a parent folder would otherwise be walked forever.
  const visited = new Set<string>();
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
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
      if (entry.isSymbolicLink()) {
        try { kind = statSync(p); } catch (err) {
          if (name.toLowerCase().endsWith('.json')) out.unreadable.push({ file: p, reason: fsReason(err) });
          continue;
        }
      }
      if (kind.isDirectory()) walk(p);
      else if (name.toLowerCase().endsWith('.json')) {
        // Only regular files are read from a folder: opening a named pipe waits for
        // a writer, so a pipe called x.json among the submissions hung the batch.
        const other = otherKind(kind);
        if (other === null) add(p);
        else out.unreadable.push({ file: p, reason: `is ${other}, not a file` });
      }
    }
  };
  for (const arg of args) {
    let isDir: boolean;
    try { isDir = statSync(arg).isDirectory(); } catch (err) {
      out.unreadable.push({ file: arg, reason: fsReason(err) });
      continue;
    }
    if (isDir) walk(arg);
    else add(arg);
  }
  return out;
}

/** What a folder entry is when it is neither a regular file nor a folder, or null. */
function otherKind(entry: Dirent | Stats): string | null {
  if (entry.isFile() || entry.isDirectory()) return null;
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A path as a grader reads it in the CSV: relative to where they ran the command. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
