// Staffing (seed 000 ch. 11 团队建设: 11.1 团队结构设计, 11.2 人员招聘). Sets the head
// count of a role; salaries are paid every turn from this one (phases/risk.ts), and
// capacity and execution follow (team.ts).
import type { ActionContext, Refusal } from './context';
import { refuse } from './context';
import type { ActionOf } from './schema';

export const setStaff = {
  check(ctx: ActionContext, a: ActionOf<'setStaff'>): Refusal | null {
    const max = ctx.world.scenario.team.maxPerRole;
    if (a.count > max) return refuse(`At most ${max} people per role.`, `每个岗位最多${max}人。`);
    return null;
  },
  apply(ctx: ActionContext, a: ActionOf<'setStaff'>): void {
    ctx.company.team = { ...ctx.company.team, [a.role]: a.count };
  },
};
