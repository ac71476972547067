// `chuhai run`, `replay` and `report` on the shipped scenarios, as a user types
// them: Unicode names, byte-identical files, the report JSON of DESIGN.md §7.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../../src/engine';
import { chuhai, tempDir, type Result } from './helpers';
import { shippedScenario } from '../support/scenarios';

const tmp = tempDir('chuhai-运行-');
afterAll(() => tmp.cleanup());
const at = (name: string): string => join(tmp.dir, name);

// The actions file format of src/cli/README.md: one array of actions per turn.
const ACTIONS = [
  [{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 1799 }, { type: 'setAdBudget', market: 'US', weekly: 80000 }],
  [],
  [{ type: 'orderStock', product: 'serum', units: 500 }],
];

let runs: Record<string, Result>;
beforeAll(async () => {
  writeFileSync(at('动作.json'), JSON.stringify(ACTIONS));
  const list: [string, string[]][] = [
    ['bot', ['run', 'tutorial', '--out', '学生 甲.json', '--bot', 'balanced', '--student', '张三']],
    ['bot again', ['run', 'tutorial', '--out', 'again.json', '--bot', 'balanced', '--student', '张三']],
    ['actions', ['run', 'tutorial', '--out', 'actions.json', '--actions', '动作.json', '--turns', '5']],
    ['actions again', ['run', 'tutorial', '--out', 'actions2.json', '--actions', '动作.json', '--turns', '5']],
    ['campaign', ['run', 'campaign-global', '--out', 'campaign.json', '--bot', 'naive', '--student', '李四', '--turns', '4']],
  ];
  const results = await Promise.all(list.map(([, args]) => chuhai(args, tmp.dir)));
  runs = Object.fromEntries(list.map(([name], i) => [name, results[i]!]));
});

describe('chuhai run', () => {
  it('writes a run file and says what it played', () => {
    for (const r of Object.values(runs)) expect(r.code, r.stderr).toBe(0);
    expect(runs.bot!.stdout).toMatch(/^学生 甲\.json: tutorial, seed \d+, 8 of 8 turns, score \d+\.\d\d\n$/);
    expect(runs.actions!.stdout).toMatch(/5 of 8 turns/);
    expect(runs.campaign!.stdout).toMatch(/^campaign\.json: campaign-global, seed \d+, 4 of 52 turns/);
  });

  it('gives byte-identical files for the same scenario, seed and actions', () => {
    expect(readFileSync(at('学生 甲.json'))).toEqual(readFileSync(at('again.json')));
    expect(readFileSync(at('actions.json'))).toEqual(readFileSync(at('actions2.json')));
    const run = JSON.parse(readFileSync(at('actions.json'), 'utf8')) as { turns: { actions: unknown[] }[]; seedPolicy: unknown };
    expect(run.turns.map((t) => t.actions.length)).toEqual([2, 0, 1, 0, 0]);
    const bot = JSON.parse(readFileSync(at('学生 甲.json'), 'utf8')) as { seedPolicy: unknown };
    expect(bot.seedPolicy).toEqual({ kind: 'fixed', studentId: '张三' });
  });

  it('replaces a run file it wrote, but not a scenario or an actions file named as --out by mistake', async () => {
    writeFileSync(at('mine.json'), readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url)));
    const scenarioBefore = readFileSync(at('mine.json'));
    const actionsBefore = readFileSync(at('动作.json'));
    const [overScenario, overActions] = await Promise.all([
      chuhai(['run', 'mine.json', '--out', 'mine.json', '--bot', 'passive'], tmp.dir),
      chuhai(['run', 'tutorial', '--out', '动作.json', '--actions', '动作.json'], tmp.dir),
    ]);
    expect(overScenario.code).toBe(1);
    expect(overScenario.stderr).toBe('chuhai: mine.json: exists and is not a run file, so it is not replaced; give --out a new name, or move the file away first\n');
    expect(readFileSync(at('mine.json'))).toEqual(scenarioBefore);
    expect(overActions.code).toBe(1);
    expect(readFileSync(at('动作.json'))).toEqual(actionsBefore);
    const again = await chuhai(['run', 'tutorial', '--out', 'actions2.json', '--actions', '动作.json', '--turns', '5'], tmp.dir);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(at('actions2.json'))).toEqual(readFileSync(at('actions.json')));
  });

  it('refuses bad inputs with exit 1 and says where', async () => {
    writeFileSync(at('bad-actions.json'), JSON.stringify([[{ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: -3 }], [{ type: 'fly' }]]));
    writeFileSync(at('not-nested.json'), JSON.stringify([{ type: 'setAdBudget', market: 'US', weekly: 1 }]));
    const [bad, flat, perStudent, noScript, tooLong, missing] = await Promise.all([
      chuhai(['run', 'tutorial', '--out', 'x.json', '--actions', 'bad-actions.json'], tmp.dir),
      chuhai(['run', 'tutorial', '--out', 'x.json', '--actions', 'not-nested.json'], tmp.dir),
      chuhai(['run', 'campaign-global', '--out', 'x.json'], tmp.dir),
      chuhai(['run', 'tutorial', '--out', 'x.json', '--as-happened'], tmp.dir),
      chuhai(['run', 'tutorial', '--out', 'x.json', '--turns', '9'], tmp.dir),
      chuhai(['run', 'no-such-scenario', '--out', 'x.json'], tmp.dir),
    ]);
    for (const r of [bad, flat, perStudent, noScript, tooLong, missing]) expect(r.code, r.stderr).toBe(1);
    const badLines = bad.stderr.trimEnd().split('\n');
    expect(badLines[0]).toMatch(/^chuhai: bad-actions\.json holds actions the engine cannot read/);
    expect(badLines.some((l) => l.startsWith('bad-actions.json: [0][0].price: '))).toBe(true);
    expect(badLines.some((l) => l.startsWith('bad-actions.json: [1][0].type: '))).toBe(true);
    expect(flat.stderr).toMatch(/^chuhai: not-nested\.json: \[0\]: expected a JSON array with one array of actions per turn/);
    expect(perStudent.stderr).toMatch(/derives each student's seed from the student id: give --student ID/);
    expect(noScript.stderr).toMatch(/has no "asHappened" script/);
    expect(tooLong.stderr).toMatch(/--turns 9: the scenario "tutorial" has only 8 turns/);
    expect(missing.stderr).toMatch(/^chuhai: no-such-scenario: no such file, and no shipped scenario has this id \(shipped: .*tutorial/);
  });
});

describe('chuhai replay and report', () => {
  it('replays a run exactly, and names the first turn that differs in an edited one', async () => {
    const text = readFileSync(at('学生 甲.json'), 'utf8');
    const run = JSON.parse(text) as { turns: { actions: { type: string; price?: number }[] }[] };
    const turn3 = run.turns[2]!.actions;
    turn3.push({ type: 'setAdBudget', market: 'US', weekly: 123456 } as never);
    writeFileSync(at('edited.json'), JSON.stringify(run));
    writeFileSync(at('truncated.json'), text.slice(0, 300));
    const [ok, withScenario, edited, truncated, json] = await Promise.all([
      chuhai(['replay', '学生 甲.json'], tmp.dir),
      chuhai(['replay', 'campaign.json', '--scenario', 'campaign-global'], tmp.dir),
      chuhai(['replay', 'edited.json'], tmp.dir),
      chuhai(['replay', 'truncated.json'], tmp.dir),
      chuhai(['replay', 'edited.json', '--json'], tmp.dir),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^学生 甲\.json: ok: 8 of 8 turns replayed on "tutorial", every state hash matches; score \d+\.\d\d\n$/);
    expect(withScenario.code).toBe(0);
    expect(withScenario.stdout).toMatch(/4 of 52 turns replayed .*\(the run is not finished\)/);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/^edited\.json: tampered: turn 3: the recorded state hash differs/);
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toMatch(/^truncated\.json: invalid: the file is not valid JSON/);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: 'edited.json', ok: false, status: 'tampered', turn: 3 });
  });

  it('finds the shipped scenario by id and hash, and says so when it cannot', async () => {
    const run = JSON.parse(readFileSync(at('学生 甲.json'), 'utf8')) as { scenario: { id: string; hash: string } };
    writeFileSync(at('other-hash.json'), JSON.stringify({ ...run, scenario: { ...run.scenario, hash: '0123456789abcdef' } }));
    writeFileSync(at('other-id.json'), JSON.stringify({ ...run, scenario: { ...run.scenario, id: 'my-course' } }));
    const [hash, hashJson, hashGiven, id] = await Promise.all([
      chuhai(['replay', 'other-hash.json'], tmp.dir),
      chuhai(['replay', 'other-hash.json', '--json'], tmp.dir),
      chuhai(['replay', 'other-hash.json', '--scenario', 'tutorial'], tmp.dir),
      chuhai(['report', 'other-id.json'], tmp.dir),
    ]);
    // A verdict on the run, naming it, with a status (and JSON), as with --scenario.
    expect(hash.code).toBe(1);
    expect(hash.stdout).toMatch(/^other-hash\.json: wrong-scenario: the run was played on another version of "tutorial" \(scenario hash 0123456789abcdef\) than the shipped one \([0-9a-f]{16}\): .*--scenario.*edited\)\n$/);
    expect(JSON.parse(hashJson.stdout)).toMatchObject({ file: 'other-hash.json', ok: false, status: 'wrong-scenario' });
    expect(hashGiven.code).toBe(1);
    expect(hashGiven.stdout).toMatch(/^other-hash\.json: wrong-scenario: the run was played on another version of "tutorial"/);
    expect(id.code).toBe(1);
    expect(id.stderr).toBe('chuhai: other-id.json: wrong-scenario: the run is for scenario "my-course", which is not one of the shipped scenarios; give its scenario file with --scenario\n');
  });

  it('reports an experiment played with a chosen seed, noting that a grader marks it wrong-seed; replay and an edited student seed still refuse', async () => {
    const made = await chuhai(['run', 'campaign-global', '--out', 'chosen.json', '--seed', '7', '--turns', '2', '--bot', 'balanced'], tmp.dir);
    expect(made.code, made.stderr).toBe(0);
    const student = JSON.parse(readFileSync(at('campaign.json'), 'utf8')) as { seed: number };
    writeFileSync(at('student-seed.json'), JSON.stringify({ ...student, seed: student.seed + 1 }));
    const [report, json, replay, edited] = await Promise.all([
      chuhai(['report', 'chosen.json'], tmp.dir),
      chuhai(['report', 'chosen.json', '--json'], tmp.dir),
      chuhai(['replay', 'chosen.json'], tmp.dir),
      chuhai(['report', 'student-seed.json'], tmp.dir),
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/\(campaign-global [\d.]+\), seed 7$/m);
    expect(report.stderr).toBe('chuhai: note: chosen.json: played with a chosen seed, so chuhai grade marks it wrong-seed: the scenario derives each student\'s seed from the student id; this run was played with a chosen seed (7)\n');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { seed: number; turns: unknown[] })).toMatchObject({ seed: 7, turns: [{ turn: 1 }, { turn: 2 }] });
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/^chosen\.json: wrong-seed: /);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/^chuhai: student-seed\.json: wrong-seed: the seed for student "李四" is \d+; the run used seed \d+\n$/);
  });

  it('report --json prints { scenarioId, seed, score, turns: [ { turn, kpis } ] } with per-market KPIs', async () => {
    const [json, table, tampered] = await Promise.all([
      chuhai(['report', '学生 甲.json', '--json'], tmp.dir),
      chuhai(['report', 'campaign.json'], tmp.dir),
      chuhai(['report', 'edited.json'], tmp.dir),
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      scenarioId: string; seed: number; score: { total: number; parts: Record<string, number> };
      turns: { turn: number; kpis: Record<string, unknown> & { markets: Record<string, Record<string, number>> } }[];
    };
    expect(Object.keys(report).sort()).toEqual(['scenarioId', 'score', 'seed', 'turns']);
    const file = JSON.parse(readFileSync(at('学生 甲.json'), 'utf8')) as { seed: number; final: { score: unknown } };
    expect(report).toMatchObject({ scenarioId: 'tutorial', seed: file.seed, score: file.final.score });
    expect(report.turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const t of report.turns) {
      expect(Object.keys(t).sort()).toEqual(['kpis', 'turn']);
      expect(Object.keys(t.kpis).sort()).toEqual([...KPI_KEYS, 'markets'].sort());
      expect(Object.keys(t.kpis.markets)).toEqual(['US']);
      expect(Object.keys(t.kpis.markets.US!).sort()).toEqual([...KPI_KEYS].sort());
    }
    expect(table.code).toBe(0);
    const version = shippedScenario('campaign-global').version.replaceAll('.', '\\.');
    expect(table.stdout).toMatch(new RegExp(`^出海全球.* · Going Global.*\\(campaign-global ${version}\\), seed \\d+$`, 'm'));
    // A run of 4 of the 52 turns says so, as its grade row does.
    expect(table.stdout).toMatch(/^Incomplete: 4 of 52 turns played\.$/m);
    expect(table.stdout).toMatch(/^turn +cash +revenue +profit +orders/m);
    expect(table.stdout).toMatch(/^4 +-?[\d,]+\.\d\d/m);
    expect(table.stdout).toMatch(/^Score 得分: \d+\.\d\d \/ 100$/m);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/^chuhai: edited\.json: tampered: turn 3: /);
  });
});
