// Market research (README §15; seed 000 §2.1; lesson 5): desk, field, experiment and
// expert studies cost money and turns and return an estimate of a hidden value with
// a stated error, drawn from the `research` stream:
//   estimate = truth × (1 + error × z), z ~ N(0,1) clamped to ±2.5;  stated = estimate × error.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine';
import { studentView } from '../../../src/engine';
import { normal, seedStream } from '../../../src/engine/rng';
import { entries, play, quiet, scenarioFrom, startOf, sum } from './build';

const scenario: Scenario = scenarioFrom((s) => { quiet(s); s.player.cash = 50_000_000; });
const study = (kind: string, measure: string, market = 'US', product?: string) => ({ type: 'commissionResearch', kind, measure, market, ...(product === undefined ? {} : { product }) });

describe('a study', () => {
  it('is paid at once and delivers after its turns an estimate drawn around the truth (golden)', () => {
    for (const seed of [1, 7, 42]) {
      const turns = play(startOf(scenario, seed), [[study('desk', 'visitors', 'US', 'lamp')], [], []]);
      expect(entries(turns[0]!.report, 'market research').map((e) => [e.debit, e.credit, e.amount, e.market])).toEqual([['overheads', 'cash', 300_000, 'US']]);
      expect(turns[0]!.report.companies.player!.research).toEqual([]);
      const [r] = turns[1]!.report.companies.player!.research;
      const z = Math.max(-2.5, Math.min(2.5, normal(seedStream(seed, 'research'))));
      const estimate = Math.round(20_000 * (1 + 0.4 * z));
      expect(r).toMatchObject({ kind: 'desk', measure: 'visitors', market: 'US', product: 'lamp', estimate, error: Math.round(estimate * 0.4), turn: 2 });
      expect(r!.text.en).toMatch(/^Desk research: about [\d,]+ ± [\d,]+ shoppers a week look for .+ in .+\.$/);
      expect(turns[2]!.report.companies.player!.research).toEqual([]); // delivered once
      // Kept in the company and listed in the student view.
      const view = studentView(turns[2]!.state, 'player', turns[2]!.report)!;
      expect(view.research.map((x) => [x.id, x.estimate])).toEqual([[r!.id, estimate]]);
      // The view equals the report's and, made once, is the same frozen object the next turn.
      expect(view.research[0]).toEqual(r);
      const later = studentView(play(turns[2]!.state, [[]])[0]!.state, 'player', null)!;
      expect(later.research[0]).toBe(view.research[0]);
      expect(Object.isFrozen(view.research[0]) && Object.isFrozen(view.research[0]!.text)).toBe(true);
    }
  });

  it.each([
    ['desk', 'visitors', 1], ['field', 'fit', 4], ['expert', 'priceSensitivity', 2],
  ])('%s research on %s takes %i turn(s)', (kind, measure, turns) => {
    const plan = [[study(kind, measure, 'US', measure === 'priceSensitivity' ? undefined : 'lamp')], ...Array.from({ length: turns }, () => [])];
    const played = play(startOf(scenario), plan);
    const delivered = played.map((t) => t.report.companies.player!.research.length);
    expect(delivered.indexOf(1)).toBe(turns);
    expect(sum(delivered)).toBe(1);
  });

  it('costs more buys a smaller error (relative error over 40 seeds: field < expert < desk)', () => {
    const meanError = (kind: string) => {
      let total = 0;
      for (let seed = 1; seed <= 40; seed += 1) {
        const turns = play(startOf(scenario, seed), [[study(kind, 'visitors', 'US', 'lamp')], [], [], [], []]);
        const r = turns.flatMap((t) => t.report.companies.player!.research)[0]!;
        total += Math.abs(r.estimate / 20_000 - 1);
      }
      return total / 40;
    };
    const desk = meanError('desk');
    const expert = meanError('expert');
    const field = meanError('field');
    expect(field).toBeLessThan(expert);
    expect(expert).toBeLessThan(desk);
    // E|z| = 0.80: desk ≈ 0.32, field ≈ 0.064.
    expect(desk).toBeGreaterThan(0.15);
    expect(field).toBeLessThan(0.12);
  });

  it('measures a market’s price sensitivity and a product’s fit', () => {
    const turns = play(startOf(scenario, 3), [[study('experiment', 'priceSensitivity', 'DE'), study('field', 'fit', 'DE', 'lamp')], [], [], [], []]);
    const got = turns.flatMap((t) => t.report.companies.player!.research);
    expect(got.map((r) => r.measure)).toEqual(['priceSensitivity', 'fit']);
    expect(Math.abs(got[0]!.estimate / 1.8 - 1)).toBeLessThanOrEqual(0.12 * 2.5 + 0.01);
    expect(Math.abs(got[1]!.estimate / 0.9 - 1)).toBeLessThanOrEqual(0.08 * 2.5 + 0.02);
  });

  it('draws only from its own stream: exchange rates and events do not move', () => {
    const a = play(startOf(scenario, 5), [[study('desk', 'visitors', 'US', 'lamp')], [], []]);
    const b = play(startOf(scenario, 5), 3);
    expect(a.map((t) => t.state.fx)).toEqual(b.map((t) => t.state.fx));
    expect(a.map((t) => t.state.rng.fx)).toEqual(b.map((t) => t.state.rng.fx));
    expect(a.map((t) => t.state.rng.logistics)).toEqual(b.map((t) => t.state.rng.logistics));
    expect(a[1]!.state.rng.research).not.toEqual(b[1]!.state.rng.research);
  });
});

describe('refusals change nothing', () => {
  const poor = scenarioFrom((s) => { quiet(s); s.player.cash = 100_000; });
  it.each([
    ['unknown market', scenario, [study('desk', 'visitors', 'FR', 'lamp')], /no market "FR"/],
    ['no product for visitors', scenario, [study('desk', 'visitors', 'US')], /Name the product/],
    ['a product for price sensitivity', scenario, [study('desk', 'priceSensitivity', 'US', 'lamp')], /leave out the product/],
    ['a product not sold there', scenario, [study('desk', 'fit', 'DE', 'serum')], /not sold in DE/],
    ['an experiment without a listing', scenario, [study('experiment', 'fit', 'DE', 'serum')], /not sold in DE/],
    ['an experiment on an unlisted product', scenarioFrom((s) => { quiet(s); s.player.listings = []; }), [study('experiment', 'priceSensitivity', 'US')], /own shelf/],
    ['the same study twice', scenario, [study('field', 'fit', 'US', 'lamp'), study('field', 'fit', 'US', 'lamp')], /already under way/],
    ['not enough cash', poor, [study('field', 'fit', 'US', 'lamp')], /Not enough cash/],
  ])('%s', (_name, s, actions, reason) => {
    const [t] = play(startOf(s), [actions]);
    const refused = t!.report.companies.player!.refused;
    expect(refused.map((r) => r.reason.en).at(-1)).toMatch(reason);
    const [only] = play(startOf(s), [actions.slice(0, actions.length - refused.length)]);
    expect(only!.state.companies.player!.research).toEqual(t!.state.companies.player!.research);
    expect(only!.state.companies.player!.cash).toBe(t!.state.companies.player!.cash);
  });
});
