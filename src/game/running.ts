// The weekly running costs besides ads that the pending decisions leave in place
// (for the forecast): fraud screening, service agents' wages, loyalty programmes,
// three-level complaint handling (phases/buyerCosts.ts), security spend and staff
// salaries (phases/risk.ts). Worked out from the company's own state and the
// scenario's public prices only; loyalty points (which depend on next week's
// repeat sales) are left out.
import { TEAM_ROLES, type Scenario, type StudentView } from '../engine';
import { loyaltySpec } from '../engine/customerBase';
import { DEFAULT_SERVICE, serviceCost } from '../engine/service';

type AnyAction = Record<string, unknown> & { type: string };

interface Care { fraud: number; agents: number; localLanguage: boolean; localHours: boolean; loyalty: string; complaints: string }

export function weeklyRunning(scenario: Scenario, view: StudentView, pending: readonly AnyAction[]): number {
  const c = view.company;
  const care = new Map<string, Care>();
  for (const m of Object.keys(c.markets).sort()) {
    const p = c.markets[m]!;
    care.set(m, { fraud: p.fraudControl, agents: p.agents, localLanguage: p.localLanguage, localHours: p.localHours, loyalty: p.loyalty, complaints: p.complaintHandling });
  }
  let security = c.compliance.securityWeekly;
  const team: Record<string, number> = {};
  for (const r of TEAM_ROLES) team[r] = c.team[r];
  const of = (m: unknown): Care => {
    const key = String(m);
    let x = care.get(key);
    if (!x) { x = { fraud: 0, agents: 0, localLanguage: false, localHours: false, loyalty: 'none', complaints: 'fifo' }; care.set(key, x); }
    return x;
  };
  for (const a of pending) {
    switch (a.type) {
      case 'setFraudControl': of(a.market).fraud = Number(a.weekly); break;
      case 'setService': Object.assign(of(a.market), { agents: Number(a.agents), localLanguage: a.localLanguage === true, localHours: a.localHours === true }); break;
      case 'setLoyalty': of(a.market).loyalty = String(a.programme); break;
      case 'setComplaintHandling': of(a.market).complaints = String(a.policy); break;
      case 'setSecuritySpend': security = Number(a.weekly); break;
      case 'setStaff': if (Object.hasOwn(team, String(a.role))) team[String(a.role)] = Number(a.count); break;
      default: break;
    }
  }
  const rules = scenario.service ?? DEFAULT_SERVICE;
  let sum = security;
  for (const r of TEAM_ROLES) sum += team[r]! * scenario.team[r].salary;
  for (const m of [...care.keys()].sort()) {
    const x = care.get(m)!;
    sum += x.fraud;
    sum += serviceCost(rules, { agents: x.agents, localLanguage: x.localLanguage, localHours: x.localHours } as never);
    if (x.loyalty === 'points' || x.loyalty === 'tiered') sum += loyaltySpec(scenario, x.loyalty).weeklyCost;
    if (x.complaints === 'tiered') sum += scenario.customers.tieredHandlingFee;
  }
  return sum;
}
