// `npm run lessons [-- --seeds N] [--only 1,4] [--json] [--write]` (issue 6 item 4):
// runs the lessons' paired experiments and prints a table, or with --json
// { "lessons": [ { "id", "title", "kpi", "effect", "low", "high", "pass" } ] };
// --write also writes scenarios/LESSONS.md. Exit 0 when every lesson passes.
import { writeFileSync } from 'node:fs';
import { runLessons } from './run';
import { lessonsMarkdown } from './markdown';

function fail(message: string): never {
  process.stderr.write(`lessons: ${message}\nUsage: npm run lessons -- [--seeds N] [--only 1,4,…] [--json] [--write]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let seeds = 200;
let only: Set<number> | undefined;
let json = false;
let write = false;
for (let i = 0; i < args.length; i += 1) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--write') write = true;
  else if (a === '--seeds') {
    seeds = Number(args[++i]);
    if (!Number.isInteger(seeds) || seeds < 2 || seeds > 100_000) fail('--seeds takes a whole number from 2 to 100000');
  } else if (a === '--only') {
    const ids = String(args[++i] ?? '').split(',').map(Number);
    if (ids.some((n) => !Number.isInteger(n) || n < 1 || n > 20)) fail('--only takes lesson numbers 1–20, comma-separated');
    only = new Set(ids);
  } else if (a === '--help' || a === '-h') {
    process.stdout.write('Usage: npm run lessons -- [--seeds N] [--only 1,4,…] [--json] [--write]\n');
    process.exit(0);
  } else fail(`unknown argument "${a}"`);
}

const results = runLessons(seeds, only, (r) => {
  if (!json) process.stderr.write(`lesson ${r.id}: ${r.pass ? 'pass' : 'FAIL'}\n`);
});
if (json) {
  process.stdout.write(`${JSON.stringify({ seeds, lessons: results.map((r) => ({ id: r.id, title: r.title, kpi: r.kpi, effect: r.effect, low: r.low, high: r.high, pass: r.pass, ...(r.waitsFor ? { waitsFor: r.waitsFor } : {}) })) }, null, 2)}\n`);
} else {
  for (const r of results) {
    const figures = r.effect === null ? `not measured yet (waits for ${r.waitsFor})` : `${r.effect.toPrecision(4)} [${r.low!.toPrecision(4)}, ${r.high!.toPrecision(4)}] ${r.expect === 'up' ? '> 0' : '< 0'}`;
    process.stdout.write(`${String(r.id).padStart(2)} ${r.pass ? 'pass' : 'FAIL'}  ${r.title}\n      ${r.kpi ? `${r.kpi}: ` : ''}${figures}\n`);
  }
  process.stdout.write(`${results.filter((r) => r.pass).length} of ${results.length} lessons pass (seeds 1–${seeds}).\n`);
}
if (write) writeFileSync(new URL('../../scenarios/LESSONS.md', import.meta.url), lessonsMarkdown(results, seeds));
process.exit(results.every((r) => r.pass) ? 0 : 1);
