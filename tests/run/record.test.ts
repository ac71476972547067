// Seed policies and recording (issue 4 items 2, 3): the seed comes from the
// scenario's policy, an instructor's --seed is recorded as a fixed seed, and
// actions are recorded exactly as played, refused ones included.
import { describe, expect, it } from 'vitest';
import { chooseSeed, gradeRun, playRun, replayRun, serializeRun } from '../../src/run';
import { deriveSeed } from '../../src/engine';
import { scenario } from './helpers';

describe('seed policies', () => {
  const campaign = scenario('campaign-global');
  const tutorial = scenario('tutorial');

  it('derives a per-student seed from the salt and the normalised student id', () => {
    const a = chooseSeed(campaign, { studentId: '  2026001 ' });
    expect(a.seedPolicy).toEqual({ kind: 'perStudent', studentId: '2026001' });
    expect(a.seed).toBe((deriveSeed(campaign.seedPolicy, '2026001') as { seed: number }).seed);
    expect(chooseSeed(campaign, { studentId: '2026002' }).seed).not.toBe(a.seed);
    // NFC: the same name typed as composed or decomposed characters is one student.
    expect(chooseSeed(campaign, { studentId: 'Zoe\u0301' }).seed).toBe(chooseSeed(campaign, { studentId: 'Zo\u00e9' }).seed);
  });

  it('refuses a per-student scenario without a student id, and bad seeds', () => {
    expect(() => chooseSeed(campaign, {})).toThrow(/student id/);
    expect(() => chooseSeed(campaign, { studentId: '   ' })).toThrow(/student id/);
    expect(() => chooseSeed(campaign, { seed: -1 })).toThrow(/whole number/);
    expect(() => chooseSeed(campaign, { seed: 1.5 })).toThrow(/whole number/);
  });

  it('uses the scenario seed of a fixed scenario, with the student id as a label', () => {
    const policy = tutorial.seedPolicy as { kind: 'fixed'; seed: number };
    expect(chooseSeed(tutorial, {})).toEqual({ seed: policy.seed, seedPolicy: { kind: 'fixed' } });
    expect(chooseSeed(tutorial, { studentId: '李四' })).toEqual({ seed: policy.seed, seedPolicy: { kind: 'fixed', studentId: '李四' } });
  });

  it('records an instructor --seed as fixed: graded wrong-seed where the scenario decides', () => {
    const fixedOnCampaign = playRun(campaign, { seed: 7, studentId: '张三', decide: () => [], turns: 3 });
    expect(fixedOnCampaign.run.seedPolicy).toEqual({ kind: 'fixed', studentId: '张三' });
    expect(replayRun(campaign, JSON.parse(serializeRun(fixedOnCampaign.run)))).toMatchObject({ ok: false, status: 'wrong-seed' });
    const otherSeed = playRun(tutorial, { seed: 7, decide: () => [] });
    const row = gradeRun(serializeRun(otherSeed.run), tutorial);
    expect(row.status).toBe('wrong-seed');
    expect(row.detail).toMatch(/fixes seed \d+; the run used seed 7/);
    const ownSeed = playRun(tutorial, { seed: (tutorial.seedPolicy as { seed: number }).seed, decide: () => [] });
    expect(gradeRun(serializeRun(ownSeed.run), tutorial).status).toBe('ok');
  });
});

describe('recording', () => {
  it('records refused and malformed actions as given, and the grader replays them', () => {
    const odd = [
      { type: 'launchRocket' },
      { type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: -5 },
      { type: 'orderStock', product: 'serum', units: 300, note: undefined },
      'not even an object',
    ];
    const played = playRun(scenario('tutorial'), { decide: (s) => (s.turn === 0 ? odd : []) });
    expect(played.reports[0]!.companies.player!.refused.map((r) => r.index)).toEqual([0, 1, 3]);
    // `undefined` is dropped exactly as the file will hold it; the rest is kept.
    expect(played.run.turns[0]!.actions).toEqual([odd[0], odd[1], { product: 'serum', type: 'orderStock', units: 300 }, odd[3]]);
    const row = gradeRun(serializeRun(played.run), scenario('tutorial'));
    expect(row.status).toBe('ok');
    // Refusals cost compliance points.
    expect(played.run.final.score.parts.compliance).toBeLessThan(100);
  });

  it('stops after --turns K and grades the partial run as ok, saying it is incomplete', () => {
    const played = playRun(scenario('campaign-global'), { studentId: 's1', decide: () => [], turns: 5 });
    expect(played.run.turns).toHaveLength(5);
    const row = gradeRun(serializeRun(played.run), scenario('campaign-global'));
    expect(row).toMatchObject({ status: 'ok', student: 's1', detail: 'incomplete: 5 of 52 turns played' });
  });

  it('passes the last report to decide', () => {
    const seen: (number | null)[] = [];
    playRun(scenario('tutorial'), { decide: (_s, last) => { seen.push(last ? last.turn : null); return []; } });
    expect(seen).toEqual([null, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a decide() that does not return an array', () => {
    expect(() => playRun(scenario('tutorial'), { decide: () => ({}) as unknown as unknown[] })).toThrow(/array/);
  });
});
