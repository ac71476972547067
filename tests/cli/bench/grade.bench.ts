// npm run bench: the whole `chuhai grade` command over 200 campaign run files —
// start-up, worker threads, replay, CSV — in runs per second, printed with its
// ratio to merely reading and JSON.parse-ing the same files in the same run
// (issue 4: ≥ 100 campaign runs per second on the 2-core machines), and with the
// same command in one thread (--jobs 1), timed in turn with it.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScenario } from '../../../src/scenario/load';
import { playRun, serializeRun } from '../../../src/run';
import { botActions, getBot } from '../../../src/bots';
import { median, readyBundles, timeChuhai } from './common';
import { GRADE_TASK } from '../../../src/cli/tasks';

const FILES = Number(process.env.BENCH_GRADE_FILES ?? 200);
const GRADE_REPEATS = Number(process.env.BENCH_GRADE_REPEATS ?? 3);
const PARSE_REPEATS = 5;

const loaded = loadScenario(readFileSync(new URL('../../../scenarios/campaign-global.json', import.meta.url)));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const scenario = loaded.scenario;

// A class of full 52-turn runs, one per student (so one seed each), played by the
// balanced bot: the closest of the bots to a student who plays the whole year.
const dir = mkdtempSync(join(tmpdir(), 'chuhai-grade-bench-'));
try {
  const bot = getBot('balanced')!;
  const made = performance.now();
  let bytes = 0;
  for (let i = 1; i <= FILES; i += 1) {
    const id = `student-${String(i).padStart(3, '0')}`;
    const { run } = playRun(scenario, { studentId: id, decide: (s, last) => botActions(bot, s, last) });
    const text = serializeRun(run);
    bytes += text.length;
    writeFileSync(join(dir, `${id}.json`), text);
  }
  console.log(`grade: made ${FILES} campaign runs (balanced bot, ${(bytes / FILES / 1024).toFixed(0)} KB each on average) in ${((performance.now() - made) / 1000).toFixed(1)} s`);

  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  const parseSeconds: number[] = [];
  for (let r = 0; r < PARSE_REPEATS; r += 1) {
    const start = performance.now();
    let turns = 0;
    for (const f of files) turns += (JSON.parse(readFileSync(f, 'utf8')) as { turns: unknown[] }).turns.length;
    parseSeconds.push((performance.now() - start) / 1000);
    if (turns !== FILES * scenario.turns) throw new Error(`expected ${FILES * scenario.turns} turns, read ${turns}`);
  }

  // Every core (the default), and one thread as the same-run baseline of the
  // pool's gain, interleaved so that a busy spell on the machine hits both.
  const grade = (jobs: string[]) => {
    const { seconds, stdout } = timeChuhai(['grade', dir, '--scenario', 'campaign-global', '--out', join(dir, 'grades.csv'), '--json', ...jobs], dir);
    const summary = JSON.parse(stdout) as { files: number; counts: { ok: number } };
    if (summary.counts.ok !== FILES) throw new Error(`expected ${FILES} ok rows: ${stdout}`);
    return seconds;
  };
  console.log(`grade: ${await readyBundles(GRADE_TASK)}`);
  const gradeSeconds: number[] = [];
  const oneSeconds: number[] = [];
  for (let r = 0; r < GRADE_REPEATS; r += 1) {
    gradeSeconds.push(grade([]));
    oneSeconds.push(grade(['--jobs', '1']));
  }

  const every = median(gradeSeconds);
  const one = median(oneSeconds);
  const parse = median(parseSeconds);
  const each = (xs: number[]) => xs.map((s) => s.toFixed(2)).join(', ');
  console.log(`grade: read + JSON.parse of the ${FILES} files: ${(parse * 1000).toFixed(1)} ms (median of ${PARSE_REPEATS})`);
  console.log(`grade: \`chuhai grade --jobs 1\` (one thread): ${one.toFixed(2)} s (median of ${GRADE_REPEATS}; each: ${each(oneSeconds)})`);
  console.log(`grade: \`chuhai grade\` of the ${FILES} files on ${availableParallelism()} cores: ${every.toFixed(2)} s (median of ${GRADE_REPEATS}; each: ${each(gradeSeconds)}); ${(one / every).toFixed(2)}× one thread`);
  console.log(`grade: ${(FILES / every).toFixed(1)} runs/s (target ≥ 100), ${(every / parse).toFixed(0)}× the time of reading and parsing the same files`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
