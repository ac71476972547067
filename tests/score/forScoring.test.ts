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

  it.each([
    ['a sound seller', 3, sound],
    ['a fire sale in the last turns', 5, fireSale(campaign.turns)],
  ] as const)('%s (seed %i): the same scorecard and headline KPIs', (_name, seed, decide) => {
    const played = play(campaign, seed, decide);
    const views = played.reports.map((r) => forScoring(r, PLAYER_ID));
    expect(scoreCard(campaign, views, played.state)).toEqual(played.card);
    expect(headlineKpis(views, played.state)).toEqual(headlineKpis(played.reports, played.state));
    // The view keeps fewer ledger entries than the report and nothing of other companies.
    const entries = (rs: readonly { companies: Record<string, { ledger: unknown[] } | undefined> }[]) => rs.reduce((n, r) => n + (r.companies[PLAYER_ID]?.ledger.length ?? 0), 0);
    expect(entries(views)).toBeLessThan(entries(played.reports));
    expect(views.every((v) => Object.keys(v.companies).join() === PLAYER_ID)).toBe(true);
  });

  it('a fire sale is still seen in the views (the test above compares something)', () => {
    const played = play(campaign, 5, fireSale(campaign.turns));
    expect(played.card.measures.dumpingTurns.length).toBeGreaterThan(0);
  });
});
