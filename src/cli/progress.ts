// A progress bar for long batches (grade, simulate). Drawn on stderr and only on a
// terminal: stdout stays clean for `--json` and pipes, and a CI log or a test
// capturing stderr does not fill with carriage returns.

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const WIDTH = 30;
/** Redrawing more often than this costs time and flickers. */
const REDRAW_MS = 100;

export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  const start = Date.now();
  const draw = (): void => {
    const frac = Math.min(1, count / total);
    const filled = Math.round(frac * WIDTH);
    const secs = ((Date.now() - start) / 1000).toFixed(1);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${Math.floor(frac * 100)}% ${secs}s`);
  };
  draw();
  return {
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - last >= REDRAW_MS || count >= total) { last = now; draw(); }
    },
    done() {
      draw();
      // Erase the bar so the summary that follows starts on a clean line.
      stream.write('\r\u001b[2K');
    },
  };
}
