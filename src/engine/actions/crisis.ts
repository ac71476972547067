// Answering a crisis (seed 004 §4 危机处理: a public statement within two hours;
// seed 000 ch. 9: switch to a backup supplier within 48 hours). The cost is paid
// at once; whether the response works is drawn from the `crises` stream, so the
// same run always gets the same outcome. The crisis phase of this same turn
// reports the outcome and applies the new severity (phases/crises.ts).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';
import { post } from '../ledger';
import { next } from '../rng';
import { crisisOf, optionFor } from '../crises';
import { copyCrisis } from '../companyCopy';

function find(ctx: ActionContext, id: string) {
  return ctx.company.crises.find((c) => c.id === id);
}

export const respondCrisis = {
  check(ctx: ActionContext, a: ActionOf<'respondCrisis'>): Refusal | null {
    const c = find(ctx, a.crisis);
    if (!c) return refuse(`There is no open crisis "${a.crisis}".`, `没有进行中的危机“${a.crisis}”。`);
    if (c.chosen !== null) return refuse('This crisis has already been answered.', '该危机已经应对过了。');
    if (ctx.turn > c.answerBy) return refuse(`Too late: answers were due by turn ${c.answerBy}.`, `为时已晚：应对期限是第${c.answerBy}回合（含该回合）。`);
    const options = crisisOf(ctx.world, c.event)?.options ?? [];
    const option = options[a.option];
    if (!option) return refuse(`There is no response number ${a.option}; choose 0 to ${options.length - 1}.`, `没有第${a.option}号应对方案，请选0到${options.length - 1}。`);
    if (optionFor(option, ctx.company, ctx.turn).cost > ctx.company.cash) return refuse('Not enough cash for this response.', '现金不足，无法采取该应对方案。');
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'respondCrisis'>): void {
    const company = ctx.company;
    const c = find(ctx, a.crisis);
    const option = c ? crisisOf(ctx.world, c.event)?.options[a.option] : undefined;
    if (!c || !option) return;
    // The company's own terms: a qualified backup supplier makes a switch cheaper and surer (crises.ts optionFor).
    const { cost, odds } = optionFor(option, company, ctx.turn);
    company.cash -= cost;
    post(company.ledger, ctx.journal, 'risk', 'cash', cost, 'crisis response');
    // One draw per answer, only for accepted answers: a refused one changes nothing.
    const worked = next(ctx.crisesRng) < odds;
    const outcome = worked ? option.success : option.failure;
    // Copied as one literal (copyCrisis), not spread: one hidden class for every crisis record.
    const answered = copyCrisis(c);
    answered.answeredTurn = ctx.turn;
    answered.chosen = a.option;
    answered.endsTurn = outcome.turnsLeft === undefined ? c.endsTurn : ctx.turn + outcome.turnsLeft;
    answered.severity = outcome.severity;
    answered.worked = worked;
    // Replaced, not edited: the state's list is shared with the working copy.
    company.crises = company.crises.map((x) => (x === c ? answered : x));
  },
};
