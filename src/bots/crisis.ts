// Answering crises (seed 004 §05 危機處理: answer fast — a statement within two
// hours, a backup supplier within 48 hours): in the first turn it can, the bot
// picks the response most likely to work among those costing at most a tenth of
// its cash (the cheaper one on equal odds); it never stays silent when it can pay.
import type { Action, StudentView } from '../engine';

/** Largest share of cash a bot spends on one crisis response. */
const MAX_SHARE_OF_CASH = 0.1;

export function answerCrises(view: StudentView): Action[] {
  const actions: Action[] = [];
  const next = view.turn + 1;
  let cash = view.company.cash;
  for (const c of view.crises) {
    if (c.chosen !== null || next > c.answerBy) continue;
    let best = -1;
    c.options.forEach((o, i) => {
      if (o.cost > cash * MAX_SHARE_OF_CASH) return;
      const b = c.options[best];
      if (!b || o.odds > b.odds || (o.odds === b.odds && o.cost < b.cost)) best = i;
    });
    if (best < 0) continue;
    cash -= c.options[best]!.cost;
    actions.push({ type: 'respondCrisis', crisis: c.id, option: best });
  }
  return actions;
}
