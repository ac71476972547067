// A grader keeps of each turn's report only what scoring reads (forScoring in
// src/engine/score/series.ts): the scorecard from those views must equal the one
// from the full reports, measures included — with a fire sale (dumping read from
// the ledger), crises opened and answered, and refused actions.
import { describe, expect, it } from 'vitest';
import { PLAYER_ID } from '../../src/engine';
import { forScoring, scoreCard } from '../../src/engine/score';
import { headlineKpis } from '../../src/run';
import { shippedScenario } from '../support/scenarios';
import { fireSale, play, sound } from './play';

describe('scoring from the graders\' view of each report', () => {
  const campaign = shippedScenario('campaign-global');
  const runs = [
    ['a sound seller', () => play(campaign, 3, sound)],
    ['a fire sale in the last turns', () => play(campaign, 5, fireSale(campaign.turns))],
  ] as const;
  const played = runs.map(([name, run]) => ({ name, ...run() }));

  it.each(played.map((p) => [p.name, p] as const))('%s: the same scorecard and headline KPIs', (_name, p) => {
    const views = p.reports.map((r) => forScoring(r, PLAYER_ID));
    expect(scoreCard(campaign, views, p.state)).toEqual(p.card);
    expect(headlineKpis(views, p.state)).toEqual(headlineKpis(p.reports, p.state));
    // The view keeps fewer ledger entries than the report and nothing of other companies.
    const entries = (rs: readonly { companies: Record<string, { ledger: unknown[] } | undefined> }[]) => rs.reduce((n, r) => n + (r.companies[PLAYER_ID]?.ledger.length ?? 0), 0);
    expect(entries(views)).toBeLessThan(entries(p.reports));
    expect(views.every((v) => Object.keys(v.companies).join() === PLAYER_ID)).toBe(true);
  });

  it('the fire sale is seen as dumping (so the comparison above covers the ledger entries kept)', () => {
    expect(played[1]!.card.measures.dumpingTurns.length).toBeGreaterThan(0);
  });
});
