// A pipe given by the name of a descriptor this process already holds:
// `chuhai validate <(curl …)` names /dev/fd/63, `cat run.json | chuhai replay
// /dev/stdin` names descriptor 0. Such a pipe already has its writer, so reading
// it cannot wait forever for one, unlike a named pipe made with mkfifo (which
// readLimited refuses unopened). It is read from the descriptor itself: opening
// /dev/fd/N again would give a second reader of the same pipe.
import { type Stats, fstatSync, readSync } from 'node:fs';

const DESCRIPTOR = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/;

/** The descriptor `path` names when it is this very pipe (`st`, the path's stat), or null. */
export function heldPipe(path: string, st: Stats): number | null {
  const m = DESCRIPTOR.exec(path);
  const fd = path === '/dev/stdin' ? 0 : m ? Number(m[1]) : null;
  if (fd === null || !Number.isSafeInteger(fd)) return null;
  try {
    const held = fstatSync(fd);
    return held.isFIFO() && held.ino === st.ino && held.dev === st.dev ? fd : null;
  } catch {
    return null; // not open here: a path that only looks like one
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * readSync on a pipe: a pipe another program set to non-blocking answers EAGAIN
 * while its writer has written nothing yet, which is not the end of the input.
 */
export function readBlocking(fd: number, buf: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buf, at, buf.length - at, null);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}
