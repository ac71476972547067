// The run's balanced scorecard (issue 4 item 8; formulas in README.md). Pure and
// deterministic: graders recompute it from a replay and compare it with the
// number recorded in the run file, so it uses only + − × ÷ and integer rounding.
import type { Scenario } from '../schema';
import type { GameState } from '../state';
import { turnFacts, type ScoredTurn } from './series';
import { evaluateObjectives, type ObjectiveResult } from './objectives';
import { compliancePart, growthPart, profitPart, riskPart, satisfactionPart } from './parts';
import { toHundredths } from './scale';
import { crisisTally } from './crises';

export { forScoring, type ScoredTurn, type ScoredCompany } from './series';

export const SCORE_PARTS = ['profit', 'growth', 'satisfaction', 'risk', 'compliance', 'objectives'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface Score {
  /** Weighted total, 0–100, two decimals. */
  total: number;
  /** Each part 0–100, two decimals. */
  parts: Record<ScorePart, number>;
}

/** The score with the measures behind it, for reports and debriefs. */
export interface ScoreCard {
  score: Score;
  measures: {
    adjustedProfit: number;
    /** Adjusted profit ÷ opening capital, over the run. */
    runReturn: number;
    revenueGrowth: number;
    ordersGrowth: number;
    objectives: ObjectiveResult[];
    /** Turns (1-based) with a market that sold below cost. */
    dumpingTurns: number[];
  };
}

export function scoreCard(scenario: Scenario, reports: readonly ScoredTurn[], finalState: GameState, companyId = 'player'): ScoreCard {
  const rows = turnFacts(scenario.turns, reports, companyId);
  const company = finalState.companies[companyId];
  const profit = profitPart(scenario, rows, company);
  const growth = growthPart(scenario, rows);
  const objectives = evaluateObjectives(scenario, finalState.objectives, rows);
  // A run with no turn played has earned nothing, not "broke even".
  const played = rows.some((r) => r.reached);
  const hundredths: Record<ScorePart, number> = {
    profit: played ? toHundredths(profit.points) : 0,
    growth: played ? toHundredths(growth.points) : 0,
    satisfaction: toHundredths(satisfactionPart(rows).points),
    risk: toHundredths(riskPart(scenario, rows, company, crisisTally(reports, companyId)).points),
    compliance: toHundredths(compliancePart(rows).points),
    objectives: objectives.length > 0 ? toHundredths((100 * objectives.filter((o) => o.met).length) / objectives.length) : 0,
  };
  // Weights are normalised to sum 1. With no active objective the objectives
  // weight is left out (spread over the others) rather than given free points.
  let weightSum = 0;
  let weighted = 0;
  for (const p of SCORE_PARTS) {
    if (p === 'objectives' && objectives.length === 0) continue;
    const w = scenario.scoring[p];
    weightSum += w;
    weighted += w * hundredths[p];
  }
  if (weightSum === 0) {
    // All weights 0 (the loader allows it): every scored part counts the same.
    const scored = SCORE_PARTS.filter((p) => p !== 'objectives' || objectives.length > 0);
    weightSum = scored.length;
    weighted = scored.reduce((a, p) => a + hundredths[p], 0);
  }
  const parts = {} as Record<ScorePart, number>;
  for (const p of SCORE_PARTS) parts[p] = hundredths[p] / 100;
  return {
    score: { total: Math.round(weighted / weightSum) / 100, parts },
    measures: {
      adjustedProfit: profit.adjusted,
      runReturn: profit.runReturn,
      revenueGrowth: growth.revenueRatio,
      ordersGrowth: growth.ordersRatio,
      objectives,
      dumpingTurns: rows.filter((r) => r.dumping.length > 0).map((r) => r.turn),
    },
  };
}

/** The run's score: six parts 0–100 and their total with the scenario's weights. */
export function scoreRun(scenario: Scenario, reports: readonly ScoredTurn[], finalState: GameState, companyId = 'player'): Score {
  return scoreCard(scenario, reports, finalState, companyId).score;
}
