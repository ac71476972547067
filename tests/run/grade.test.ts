// Grading one file (issue 4 item 7): each kind of bad file gets the right status
// and a detail that says what is wrong, and nothing throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gradeRun, playRun, replayRun, serializeRun, HEADLINE_KPIS } from '../../src/run';
import { RULES_VERSION } from '../../src/engine';
import { edited, scenario, simpleRun, simpleRunText } from './helpers';

const campaign = scenario('campaign-global');
const text = simpleRunText('campaign-global');

afterEach(() => { vi.restoreAllMocks(); });

describe('a genuine run', () => {
  it('replays ok with the recorded score and the headline KPIs', () => {
    const { run, state } = simpleRun('campaign-global');
    const replayed = replayRun(campaign, JSON.parse(text));
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(replayed.score).toEqual(run.final.score);
    expect(replayed.state.turn).toBe(state.turn);
    const row = gradeRun(text, campaign);
    expect(row).toMatchObject({ status: 'ok', detail: '', student: '张三', score: run.final.score.total });
    expect(Object.keys(row.kpis!)).toEqual([...HEADLINE_KPIS]);
    expect(row.kpis!.finalCash).toBe(state.companies.player!.cash);
    expect(row.kpis!.totalOrders).toBeGreaterThan(1000);
  });

  it('is ok as bytes, with a byte-order mark, and re-indented', () => {
    expect(gradeRun(new TextEncoder().encode(text), campaign).status).toBe('ok');
    expect(gradeRun(`\uFEFF${text}`, campaign).status).toBe('ok');
    expect(gradeRun(JSON.stringify(JSON.parse(text)), campaign).status).toBe('ok');
  });
});

describe('tampering and foreign files', () => {
  const cases: [string, () => string, string, RegExp][] = [
    ['an edited action', () => edited(text, (r) => { r.turns[0].actions[0].weekly = 60_000; }), 'tampered', /^turn 1: the recorded state hash differs/],
    ['an action added in turn 9', () => edited(text, (r) => { r.turns[8].actions.push({ type: 'orderStock', product: 'serum', units: 300 }); }), 'tampered', /^turn 9: /],
    ['an edited turn hash', () => edited(text, (r) => { r.turns[6].hash = 'ffffffffffffffff'; }), 'tampered', /^turn 7: the recorded state hash differs/],
    ['an edited final hash', () => edited(text, (r) => { r.final.hash = '0123456789abcdef'; }), 'tampered', /final state hash differs/],
    ['an edited score', () => edited(text, (r) => { r.final.score.total = 99.5; }), 'tampered', /recorded score differs: recorded total 99.5/],
    ['an edited part score', () => edited(text, (r) => { r.final.score.parts.risk = 100; }), 'tampered', /recorded risk 100/],
    ['a dropped turn', () => edited(text, (r) => { r.turns.splice(20, 1); }), 'tampered', /^turn 21: /],
    ['an edited scenario version', () => edited(text, (r) => { r.scenario.version = '9.9.9'; }), 'tampered', new RegExp(`names version 9\\.9\\.9 of "campaign-global", but its scenario hash is that of version ${campaign.version.replaceAll('.', '\\.')}`)],
    ['turns beyond the scenario', () => edited(text, (r) => { r.turns.push(r.turns[0]); }), 'tampered', /has 53 turns; the scenario has 52/],
    ['another scenario’s run', () => simpleRunText('tutorial'), 'wrong-scenario', /for scenario "tutorial", not "campaign-global"/],
    ['an edited copy of the scenario', () => edited(text, (r) => { r.scenario.hash = 'aaaaaaaaaaaaaaaa'; }), 'wrong-scenario', /another version of "campaign-global"/],
    ['another rules version', () => edited(text, (r) => { r.rulesVersion = RULES_VERSION + 1; }), 'wrong-version', new RegExp(`rules version ${RULES_VERSION + 1}`)],
    ['another format version', () => edited(text, (r) => { r.formatVersion = 2; r.newField = {}; }), 'wrong-version', /format version 2/],
    ['a chosen seed on a per-student scenario', () => edited(text, (r) => { r.seedPolicy = { kind: 'fixed', studentId: '张三' }; }), 'wrong-seed', /derives each student's seed/],
    ['another student’s id', () => edited(text, (r) => { r.seedPolicy.studentId = '李四'; }), 'wrong-seed', /the seed for student "李四" is \d+; the run used seed \d+/],
    ['an edited seed', () => edited(text, (r) => { r.seed += 1; }), 'wrong-seed', /the seed for student "张三"/],
    ['a truncated file', () => text.slice(0, Math.floor(text.length / 2)), 'invalid', /not valid JSON: line \d+, column \d+/],
    ['a file cut after its last brace', () => text.slice(0, text.lastIndexOf('}')), 'invalid', /not valid JSON/],
    ['not JSON', () => 'Dear teacher, here is my run.', 'invalid', /not valid JSON/],
    ['an empty file', () => '', 'invalid', /empty/],
    ['a JSON array', () => '[1, 2, 3]', 'invalid', /found an array/],
    ['a number', () => '42', 'invalid', /found a number/],
    ['null', () => 'null', 'invalid', /found null/],
    ['another kind of JSON object', () => '{"id":"campaign-global","turns":52}', 'invalid', /"format" must be "chuhai-run"/],
    ['a missing field', () => edited(text, (r) => { delete r.seed; }), 'invalid', /^seed: /],
    ['a misspelt field', () => edited(text, (r) => { r.finale = r.final; delete r.final; }), 'invalid', /finale/],
    ['a bad hash format', () => edited(text, (r) => { r.turns[2].hash = 'not-a-hash'; }), 'invalid', /^turns\[2\]\.hash: /],
    ['a bad scenario hash', () => edited(text, (r) => { r.scenario.hash = 'XYZ'; }), 'invalid', /^scenario\.hash: a scenario hash is 16 lower-case hex digits \(it is "XYZ"\)$/],
    // Blank is blank: the engine trims ids, so "   " is no more an id than "" (not a wrong seed).
    ['an empty student id', () => edited(text, (r) => { r.seedPolicy.studentId = ''; }), 'invalid', /^seedPolicy\.studentId: the student id is empty$/],
    ['a blank student id', () => edited(text, (r) => { r.seedPolicy.studentId = ' \u3000 '; }), 'invalid', /^seedPolicy\.studentId: the student id is empty$/],
    ['a seed JSON reads as infinity', () => text.replace(/"seed": \d+/, '"seed": 1e309'), 'invalid', /^seed: this number is too large to use \(it reads as infinity\)/],
  ];
  for (const [name, make, status, detail] of cases) {
    it(`${name} → ${status}`, () => {
      const row = gradeRun(make(), campaign);
      expect(row.status).toBe(status);
      expect(row.detail).toMatch(detail);
      expect(row.score).toBeNull();
      expect(row.kpis).toBeNull();
    });
  }

  it('names the student even on a bad file when it can', () => {
    expect(gradeRun(edited(text, (r) => { r.seed += 1; }), campaign).student).toBe('张三');
    expect(gradeRun(edited(text, (r) => { delete r.turns; }), campaign).student).toBe('张三');
    expect(gradeRun('[]', campaign).student).toBe('');
  });

  it('grades a bankrupt run ok, and flags a turn recorded after the run ended', () => {
    // With no cash the weekly channel fees bankrupt the company in turn 1, which ends the run.
    const broke = { ...scenario('tutorial'), player: { ...scenario('tutorial').player, cash: 0 } };
    const played = playRun(broke, { decide: () => [] });
    expect(played.run.turns).toHaveLength(1);
    const ok = gradeRun(serializeRun(played.run), broke);
    expect(ok).toMatchObject({ status: 'ok', detail: 'the company went bankrupt; 1 of 8 turns played' });
    expect(played.run.final.score.parts.risk).toBe(0);
    const withExtra = edited(serializeRun(played.run), (r) => { r.turns.push(r.turns[0]); });
    expect(replayRun(broke, JSON.parse(withExtra))).toMatchObject({ ok: false, status: 'tampered', turn: 2 });
  });
});

describe('size limits', () => {
  it('refuses 50 MB of garbage by size, before decoding or parsing it', () => {
    const garbage = new Uint8Array(50 * 1024 * 1024);
    let x = 12345;
    for (let i = 0; i < garbage.length; i += 4096) { x = (x * 1103515245 + 12345) >>> 0; garbage.fill(x & 0xff, i, i + 4096); }
    const parse = vi.spyOn(JSON, 'parse');
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const row = gradeRun(garbage, campaign);
    expect(row).toMatchObject({ status: 'invalid', detail: 'the file is 50 MB; a run file may be at most 5 MB' });
    expect(parse).not.toHaveBeenCalled();
    expect(decode).not.toHaveBeenCalled();
  });

  it('gives exact byte counts just over the limit, where both sizes round to 5 MB', () => {
    const row = gradeRun(new Uint8Array(5 * 1024 * 1024 + 34), campaign);
    expect(row.detail).toBe('the file is 5242914 bytes; a run file may be at most 5242880 bytes');
  });

  it('refuses a 50 MB string without counting its bytes', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const row = gradeRun(`{"format":"chuhai-run",${' '.repeat(50 * 1024 * 1024)}}`, campaign);
    expect(row.status).toBe('invalid');
    expect(row.detail).toMatch(/^the file is over 50 MB; a run file may be at most 5 MB$/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts UTF-8 bytes, not characters, and honours maxBytes', () => {
    expect(gradeRun(text, campaign, { maxBytes: 1024 }).detail).toMatch(/a run file may be at most 1 KB/);
    const chinese = '中'.repeat(400); // 1,200 bytes in 400 characters
    expect(gradeRun(chinese, campaign, { maxBytes: 1000 }).detail).toMatch(/1.2 KB/);
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]); // {"é"} in Latin-1
    expect(gradeRun(latin1, campaign)).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/UTF-8/) });
  });
});
