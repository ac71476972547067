// `chuhai replay RUN [--scenario SCENARIO]` (DESIGN.md §7, issue 4 item 6): replays
// the run from its seed and actions and verifies every turn's state hash, the final
// hash and the score; on a difference it names the first turn and what differs.
import type { Command } from './main';
import { stringFlag } from './args';
import { say } from './output';
import { readRunInput } from './runInput';
import { replayCheckedRun } from '../run';

const help = `Usage: chuhai replay RUN [--scenario SCENARIO] [--json]

Replays a run file from its seed and actions and checks it: the scenario (id and
content hash), the seed policy, the rules version, the state hash after every turn,
the final hash and the score. On a difference it names the first turn that differs.

RUN                   a run file (from the game's download or "chuhai run")
--scenario SCENARIO   the scenario file (or shipped id) the run was played on;
                      default: the shipped scenario with the run's id and hash
--json                print { "file", "ok", "status", "detail", "turn"?, "score"? }
--debug               show the stack trace of an internal error

Prints "RUN: ok: …" or "RUN: STATUS: detail", STATUS being one of tampered,
invalid, wrong-scenario, wrong-seed, wrong-version (as in "chuhai grade").
Exit codes: 0 the run replays exactly, 1 it does not (or a file is wrong),
2 usage error.
`;

export const command: Command = {
  spec: {
    name: 'replay',
    flags: [{ name: 'scenario', kind: 'string' }, { name: 'json', kind: 'boolean' }],
    positional: 'RUN (a run file)',
    minPositionals: 1,
    maxPositionals: 1,
  },
  help,
  execute(args) {
    const file = args.positionals[0]!;
    const json = args.booleans.has('json');
    const verdict = (v: { status: string; detail: string; turn?: number }): number => {
      if (json) say(JSON.stringify({ file, ok: false, status: v.status, detail: v.detail, ...(v.turn === undefined ? {} : { turn: v.turn }) }));
      else say(`${file}: ${v.status}: ${v.detail}`);
      return 1;
    };
    const input = readRunInput(file, stringFlag(args, 'scenario'));
    if (!input.ok) return verdict(input);
    const { scenario } = input.scenario;
    const result = replayCheckedRun(scenario, input.run);
    if (!result.ok) return verdict(result);
    const detail = `${result.reports.length} of ${scenario.turns} turns replayed on "${scenario.id}", every state hash matches`
      + `${result.complete ? '' : ' (the run is not finished)'}; score ${result.score.total.toFixed(2)}`;
    if (json) say(JSON.stringify({ file, ok: true, status: 'ok', detail, score: result.score }));
    else say(`${file}: ok: ${detail}`);
    return 0;
  },
};
