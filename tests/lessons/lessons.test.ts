// The lessons' experiments on a few seeds (the full run is `npm run lessons`, 200
// seeds): every measured lesson's effect lies on the side the seed states.
import { describe, expect, it } from 'vitest';
import { MEASURED, PENDING } from '../../src/lessons/catalog';
import { runLesson } from '../../src/lessons/run';
import { onSide, pairedInterval } from '../../src/lessons/stats';
import { lessonsMarkdown } from '../../src/lessons/markdown';
import { sliceScenario } from '../../src/lessons/slice';
import { campaignText } from '../../src/lessons/lab';

describe('paired statistics', () => {
  it('gives the mean difference and a 95% interval that can miss either side', () => {
    const i = pairedInterval([1, 2, 3, 4, 5]);
    expect(i.effect).toBe(3);
    expect(i.low).toBeCloseTo(3 - 1.96 * Math.sqrt(2.5) / Math.sqrt(5), 10);
    expect(onSide(i, 'up')).toBe(true);
    expect(onSide(i, 'down')).toBe(false);
    expect(onSide(pairedInterval([-1, 1, -1, 1]), 'up')).toBe(false);
  });
});

describe('laboratory scenarios', () => {
  it('cut the campaign to the markets of an experiment, valid for the loader', () => {
    const s = sliceScenario(campaignText, { markets: ['ID'], turns: 10 });
    expect(s.markets.map((m) => m.id)).toEqual(['ID']);
    expect(s.turns).toBe(10);
    expect(s.channels.every((c) => c.markets.every((m) => m === 'ID'))).toBe(true);
    expect(s.player.listings.every((l) => l.market === 'ID')).toBe(true);
    expect(() => sliceScenario(campaignText, { markets: ['ID'], edit: (x) => { x.turns = 0; } })).toThrow(/turns/);
  });
});

describe('lessons', () => {
  it('number the twenty lessons of DESIGN.md §6 once each', () => {
    const ids = [...MEASURED.map((l) => l.id), ...PENDING.map((p) => p.id)].sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  for (const lesson of MEASURED) {
    const seeds = lesson.testSeeds ?? 12;
    it(`${lesson.id}: ${lesson.title} — on the seed's side over ${seeds} seeds`, () => {
      const r = runLesson(lesson, seeds);
      expect(r.effect, `${lesson.kpi}: ${r.effect} [${r.low}, ${r.high}]`).not.toBeNull();
      expect(r.pass, `${lesson.kpi}: ${r.effect} [${r.low}, ${r.high}], expected ${lesson.expect}`).toBe(true);
    });
  }
  it('writes the results table', () => {
    const md = lessonsMarkdown([runLesson(MEASURED[0]!, 3)], 3);
    expect(md).toMatch(/\| 1 \| Local payment methods/);
  });
});
