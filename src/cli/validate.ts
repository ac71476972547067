// `chuhai validate FILE…` (DESIGN.md §7): every problem of every file, one line
// each as `FILE: path.to.field: message`, so an editor or a script can jump to it.
import type { Command } from './main';
import { loadScenario } from '../scenario/load';
import { scriptProblemsInPlay, type PlayerDecisions } from '../engine';
import type { Scenario } from '../engine';
import { botActions, getBot } from '../bots';
import { SCENARIO_FILE, readLimited } from './files';
import { say, sayLines } from './output';

const help = `Usage: chuhai validate FILE… [--json]

Checks scenario files and prints every problem, one line each:
  FILE: path.to.field: message
A file without problems prints "FILE: ok". A file that loads is also played (on
seed 1, or its fixed seed) with no decisions, by the balanced bot, and with its
as-happened actions if it has them, so that a script that fails in play (guarded
"always" transitions going round in a circle) is found here.

Options:
  --json     print [ { "file", "ok", "problems": [ { "path", "message" } ] } ] instead
  --debug    show the stack trace of an internal error

Exit codes: 0 every file is valid, 1 a file has a problem, 2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'validate',
    flags: [{ name: 'json', kind: 'boolean' }],
    positional: 'FILE (a scenario file to check)',
    minPositionals: 1,
    maxPositionals: Number.POSITIVE_INFINITY,
  },
  help,
  execute(args) {
    const results: { file: string; ok: boolean; problems: { path: string; message: string }[] }[] = [];
    for (const file of args.positionals) {
      const read = readLimited(file, SCENARIO_FILE);
      if (!read.ok) {
        results.push({ file, ok: false, problems: [{ path: '(root)', message: read.reason }] });
        continue;
      }
      const loaded = loadScenario(read.bytes);
      if (!loaded.ok) { results.push({ file, ok: false, problems: loaded.problems }); continue; }
      const played = testPlay(loaded.scenario);
      results.push({ file, ok: played.length === 0, problems: played });
    }
    if (args.booleans.has('json')) sayLines(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        if (r.ok) say(`${r.file}: ok`);
        for (const p of r.problems) say(`${r.file}: ${p.path}: ${p.message}`);
      }
    }
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

/**
 * The script's failures in test plays, as problems at `script`: with no
 * decisions, then by the balanced bot (whose sales, ads and cash reach KPI guards
 * a run with no decisions never does), then with the file's as-happened actions
 * (the path its case takes). A failure already found by an earlier play is not
 * repeated.
 */
function testPlay(scenario: Scenario): { path: string; message: string }[] {
  const seed = scenario.seedPolicy.kind === 'fixed' ? scenario.seedPolicy.seed : 1;
  const plays: { who: string; decide?: PlayerDecisions }[] = [{ who: 'with no decisions' }, { who: 'by the balanced bot', decide: byBot('balanced') }];
  if (scenario.asHappened) plays.push({ who: 'of its as-happened actions', decide: byBot('as-happened') });
  const seen = new Set<string>();
  const out: { path: string; message: string }[] = [];
  for (const play of plays) {
    for (const p of scriptProblemsInPlay(scenario, seed, play.decide)) {
      // The same failure met in another turn by another play is the same problem.
      const what = p.replace(/\bturn \d+/g, 'turn N');
      if (seen.has(what)) continue;
      seen.add(what);
      out.push({ path: 'script', message: `fails in a test play ${play.who} (seed ${seed}), ${p}` });
    }
  }
  return out;
}

function byBot(name: string): PlayerDecisions {
  const bot = getBot(name)!;
  return (state, last) => botActions(bot, state, last);
}
