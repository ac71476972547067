// Crises handled, the risk part's 20% (score/crises.ts): every crisis the company
// answered counts, including one whose answer ended it in the same turn — it then
// never shows as answered among the open crises, and was counted unanswered.
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine';
import { crisisTally } from '../../src/engine/score/crises';
import { shippedScenario } from '../support/scenarios';
import { play, type Decide } from './play';

/** Does nothing else; answers each open, unanswered crisis with `option` as soon as it can. */
const answering = (option: number): Decide => (state: GameState) =>
  state.companies.player!.crises.filter((c) => c.chosen === null).map((c) => ({ type: 'respondCrisis', crisis: c.id, option }));

describe('crises handled', () => {
  const tutorial = shippedScenario('tutorial');
  const SEEDS = [1, 2, 3, 4, 5, 6];

  it('counts an answer that ends the crisis at once (the tutorial backlash, answered publicly)', () => {
    let endedAtOnce = 0;
    for (const seed of SEEDS) {
      const { reports } = play(tutorial, seed, answering(0));
      const tally = crisisTally(reports, 'player');
      expect(tally.opened, `seed ${seed}`).toBeGreaterThan(0);
      expect(tally.answered, `seed ${seed}`).toBe(tally.opened);
      // The case the open lists miss: answered in a turn and gone by its report.
      endedAtOnce += reports.filter((r) => r.companies.player!.crisesEnded.some((c) => c.chosen !== null)).length;
    }
    expect(endedAtOnce).toBeGreaterThan(0);
  });

  it('scores a run that answered higher on risk than the same run left silent', () => {
    for (const seed of SEEDS) {
      const { card, reports } = play(tutorial, seed, answering(0));
      const worked = reports.some((r) => r.companies.player!.crisesEnded.some((c) => c.chosen !== null));
      const silent = play(tutorial, seed, () => []);
      // Same crisis, no answer: it counts as unanswered, and the answered run's risk is not lower for it.
      expect(crisisTally(silent.reports, 'player').answered, `seed ${seed}`).toBe(0);
      if (worked) expect(card.score.parts.risk, `seed ${seed}`).toBeGreaterThan(silent.card.score.parts.risk);
    }
  });
});
