// Runs the real `chuhai` command as a child process (the bin a fresh clone's
// `npx chuhai` starts), in a temporary folder, and a small RFC 4180 parser to read
// the gradebook the way a spreadsheet would.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
export const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface Result { code: number | null; stdout: string; stderr: string }

/**
 * `chuhai ...args` in `cwd`; never rejects, so a test can check a failing command.
 * `timeoutMs`: killed after that long (code null), for a command that might hang.
 */
export function chuhai(args: readonly string[], cwd: string, timeoutMs?: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd, env: { ...process.env, NO_COLOR: '1' }, ...(timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: 'SIGKILL' as const }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({
      code,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

/** A bash command line (pipes, `<(…)`) in which `chuhai` runs the bin; killed after `timeoutMs`. */
export function shell(script: string, cwd: string, timeoutMs = 30_000): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `chuhai() { "$CHUHAI_NODE" "$CHUHAI_BIN" "$@"; }; ${script}`], {
      cwd, env: { ...process.env, NO_COLOR: '1', CHUHAI_NODE: process.execPath, CHUHAI_BIN: BIN }, timeout: timeoutMs, killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'chuhai-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold
 * commas, CRLF and doubled quotes. Strict: a stray quote inside an unquoted field,
 * or text after a closing quote, throws — a gradebook import would choke on it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < n && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare quote or LF in an unquoted field at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ',') { i += 1; continue; }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      i += 2;
    }
    rows.push(row);
    row = [];
  }
  return rows;
}

/** Every line of an error output is one error: `chuhai: …` and, for usage errors, the --help hint. */
export function usageLine(stderr: string, command?: string): string {
  const lines = stderr.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${stderr}`);
  const hint = command ? `(see "chuhai ${command} --help")` : '(see "chuhai --help")';
  if (!lines[0]!.startsWith('chuhai: ') || !lines[0]!.endsWith(hint)) throw new Error(`not a usage line: ${lines[0]}`);
  return lines[0]!;
}

/**
 * The command's `main` in this process, with its output captured: the same code
 * path as the bin after start-up, at a fraction of a spawn's cost, for the many
 * small usage cases. (The spawned tests check that the bin wires it the same way.)
 */
export async function inProcess(args: readonly string[]): Promise<Result> {
  const { main } = await import('../../src/cli/main');
  const out: string[] = [];
  const err: string[] = [];
  const write = (sink: string[]) => ((chunk: string | Uint8Array): boolean => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  process.stdout.write = write(out) as typeof process.stdout.write;
  process.stderr.write = write(err) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}
