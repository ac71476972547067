// resolveTurn's `scoring` report (src/engine/report.ts ReportDetail), which a grader
// builds for every turn of every run: the same next state as the full report, the
// same KPIs for every company and the same view for the score (forScoring), and
// none of the detail only the people playing read.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, stateHash, PLAYER_ID, type TurnReport } from '../../src/engine';
import { forScoring } from '../../src/engine/score';
import { botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';

const RUNS = [
  ['campaign-global', 'balanced', 11], ['campaign-global', 'aggressive', 12], ['campaign-global', 'naive', 13], ['tutorial', 'balanced', 14],
] as const;

describe('the scoring report', () => {
  for (const [name, botName, seed] of RUNS) {
    it(`gives the full report's state, KPIs and scoring view, without its detail: ${name}, ${botName}`, () => {
      const scenario = shippedScenario(name);
      const bot = getBot(botName)!;
      let state = newGame(scenario, seed);
      let last: TurnReport | null = null;
      // What the full reports held over the run, so that the test fails if the detail is not left out.
      let detail = 0;
      while (!state.finished) {
        const actions = botActions(bot, state, last);
        const full = resolveTurn(state, actions);
        const scoring = resolveTurn(state, actions, 'scoring');
        expect(stateHash(scoring.state)).toBe(stateHash(full.state));
        expect(forScoring(scoring.report, PLAYER_ID)).toEqual(forScoring(full.report, PLAYER_ID));
        for (const id of full.state.companyOrder) {
          const f = full.report.companies[id]!;
          const s = scoring.report.companies[id]!;
          expect(s.kpis, `${id} turn ${full.report.turn}`).toEqual(f.kpis);
          expect(s.markets, `${id} turn ${full.report.turn}`).toEqual(f.markets);
          expect([s.waterfall, s.alerts, s.research, Object.keys(s.funnel), Object.keys(s.buyers)]).toEqual([[], [], [], [], []]);
          detail += f.waterfall.length + f.alerts.length + Object.keys(f.funnel).length + Object.keys(f.buyers).length;
        }
        state = full.state;
        last = full.report;
      }
      expect(detail).toBeGreaterThan(0);
    });
  }
});
