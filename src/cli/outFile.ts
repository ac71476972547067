// Writing the file `--out` names (a run file, a grades CSV) without losing
// anything already saved (DESIGN.md §8): not a file the command did not write,
// not half a file when the write is interrupted, and not a device or a pipe.
import { type Stats, existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { notAFile, readLimited, type FileKind } from './files';
import { InputError, fsReason } from './output';

/** A file we may replace is read whole to recognise it: a grades CSV of a large class is several MB. */
const OUR_OWN: FileKind = { maxBytes: 64 * 1024 * 1024, what: 'an output file' };

/** What is at `path` now, or null when nothing is (or it cannot be looked at: the write will say why). */
function existing(path: string): Stats | null {
  try { return statSync(path); } catch { return null; }
}

/**
 * A character device (`--out /dev/null`, a terminal) is written in place; a
 * temporary file renamed over it would replace the device itself, which for
 * /dev/null breaks every program on the machine. Anything else that is not a
 * regular file (a named pipe, which waits for a reader; a socket; a disk) is
 * refused.
 */
function refuseOther(path: string, st: Stats): void {
  if (st.isDirectory()) throw new InputError(`${path}: cannot write: is a folder, not a file`);
  if (!st.isFile() && !st.isCharacterDevice()) {
    throw new InputError(`${path}: cannot write: ${notAFile(st)}; give --out the name of a file`);
  }
}

/**
 * Stops the command (exit 1) before it would replace a file it did not write:
 * `--out` naming the scenario, an actions file or a student's run by mistake
 * would otherwise destroy it. A missing or empty file is fine, and so is one
 * `ours` recognises (a run file for `chuhai run`, a grades CSV for `chuhai
 * grade`), which a second run replaces as asked. Emptiness is read, not taken
 * from the size: a file in /proc says 0 bytes and is not empty.
 */
export function checkReplaceable(path: string, what: string, ours: (text: string) => boolean): void {
  const st = existing(path);
  if (st === null) return;
  refuseOther(path, st);
  if (st.isCharacterDevice()) return;
  const read = readLimited(path, OUR_OWN);
  if (read.ok && read.bytes.length === 0) return;
  const text = read.ok ? new TextDecoder().decode(read.bytes) : null;
  if (text !== null && ours(text)) return;
  throw new InputError(`${path}: exists and is not ${what}, so it is not replaced; give --out a new name, or move the file away first`);
}

/**
 * Writes through a temporary file beside it and a rename, so an interrupted
 * write never leaves half a run file or half a gradebook where a good one was.
 * The message says which step failed: a folder where no file can be created
 * (/proc) is not the same trouble as a file that cannot be replaced.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const st = existing(path);
  if (st !== null) refuseOther(path, st);
  if (st?.isCharacterDevice()) {
    try { writeFileSync(path, data); } catch (err) { throw new InputError(`${path}: cannot write: ${fsReason(err)}`); }
    return;
  }
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* it may never have been created */ }
    throw new InputError(`${path}: cannot write: no new file can be made in the folder ${dir} (${createFailure(dir, err)})`);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw new InputError(`${path}: cannot write: ${fsReason(err)}`);
  }
}

/** "no such file or folder" for a folder that exists is how /proc and /sys refuse a new file. */
function createFailure(dir: string, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' && existsSync(dir) ? 'it does not allow new files' : fsReason(err);
}
