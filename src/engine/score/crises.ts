// Crises handled (seed 004 §05 危機處理): of the crises that opened for the company
// during the run, the share it answered. Read from the reports' open-crisis lists
// (CompanyReport.crises) and those of crises ended in the turn (crisesEnded), where
// an answer whose outcome ends the crisis at once is found: the open list never
// shows it answered. A crisis still open and unanswered when the run ends
// counts as unanswered: leaving a crisis for after the last week — saving the
// response's cost while the damage falls outside the run — earns nothing.
import type { ScoredTurn } from './series';

export interface CrisisTally { opened: number; answered: number }

export function crisisTally(reports: readonly ScoredTurn[], companyId: string): CrisisTally {
  const seen = new Map<string, boolean>();
  for (const r of reports) {
    const company = r.companies[companyId];
    if (!company) continue;
    // Every crisis is open in the report of the turn it starts (answerWithinTurns ≥ 1), so
    // the ended list adds only answers, never a crisis the company could not answer.
    for (const list of [company.crises, company.crisesEnded]) {
      for (const c of list) seen.set(c.id, (seen.get(c.id) ?? false) || c.chosen !== null);
    }
  }
  let answered = 0;
  for (const a of seen.values()) if (a) answered += 1;
  return { opened: seen.size, answered };
}
