// The team (seed 000 ch. 11 团队建设与人力资源管理). Every role (operations, marketing,
// service, data) can run `baseCapacity + perPerson × staff` market × channel pairs
// well; with more pairs than that, execution suffers:
//
//   shortfall_r = max(0, pairs − capacity_r) / pairs
//   execution   = max(EXECUTION_FLOOR, 1 − Σ_r weight_r × shortfall_r)     (multiplies the cart rate)
//
// Weights, salaries and capacities are scenario fields (schema/compliance.ts TeamRules).
import type { Company, TeamState } from './state';
import type { World } from './world';
import { TEAM_ROLES } from './schema/compliance';

/** However short-handed, some things get done. Model assumption. */
export const EXECUTION_FLOOR = 0.5;

/** Market × channel pairs with at least one listing. */
export function activePairs(c: Company): number {
  const l = c.listings;
  let n = 0;
  for (let i = 0; i < l.length; i += 1) {
    const a = l[i]!;
    let seen = false;
    for (let j = 0; j < i; j += 1) if (l[j]!.market === a.market && l[j]!.channel === a.channel) { seen = true; break; }
    if (!seen) n += 1;
  }
  return n;
}

export function executionFactor(world: World, team: TeamState, pairs: number): number {
  if (pairs <= 0) return 1;
  const rules = world.scenario.team;
  let penalty = 0;
  for (const r of TEAM_ROLES) {
    const capacity = rules.baseCapacity + rules.perPerson * team[r];
    if (pairs > capacity) penalty += rules[r].weight * ((pairs - capacity) / pairs);
  }
  return Math.max(EXECUTION_FLOOR, 1 - penalty);
}

/** Weekly salaries, home minor units. */
export function payroll(world: World, team: TeamState): number {
  let sum = 0;
  for (const r of TEAM_ROLES) sum += team[r] * world.scenario.team[r].salary;
  return sum;
}
