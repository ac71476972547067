// Customer service and after-sales (seed 000 ch. 8 客户服务与售后支持: 服务时效、售后服务
// 政策; seed 004 §03 跨境溝通: 多語言溝通, 注意時區差異和響應時效; lesson 18). Agents answer
// buyers' contacts; with too few, or answering from China's time zone, replies
// wait for hours; buyers served in their own language and hours are happier and
// complain less. The return policy trades trust at checkout against returns.
// All rates are model assumptions (README §12.4).
import type { MarketPresence } from './state';
import type { ServiceRules } from './schema';

/** Contacts the owner answers a week in a market without agents. */
export const OWNER_TICKETS = 60;
/** Hours a reply takes with spare capacity: in the buyers' hours, or from China's (messages wait overnight). */
export const BASE_HOURS_LOCAL = 2;
export const BASE_HOURS_FROM_CHINA = 14;
/** Replies never take longer than three days (the ticket is closed unanswered). */
export const MAX_HOURS = 72;
/** Complaints one agent settles a week (on top of the owner's `customers.complaintCapacity`); × 1.2 in the buyers' language. */
export const COMPLAINTS_PER_AGENT = 40;
/** Satisfaction lost per hour of reply beyond half a day (at most MAX_SLOW_PENALTY), and for service in a foreign language (lesson 18). */
export const SATISFACTION_PER_HOUR = 0.002;
export const PATIENT_HOURS = 12;
export const MAX_SLOW_PENALTY = 0.1;
export const FOREIGN_LANGUAGE_PENALTY = 0.03;
/** Share of contacts that turn into a complaint when replies take more than a day; and when in a foreign language. */
export const SLOW_COMPLAINT = 0.2;
export const FOREIGN_COMPLAINT = 0.03;

/** Weekly wage bill of a market's service team, home minor units. */
export function serviceCost(rules: ServiceRules, p: MarketPresence): number {
  if (p.agents <= 0) return 0;
  const factor = (p.localLanguage ? rules.localLanguageFactor : 1) * (p.localHours ? rules.localHoursFactor : 1);
  return Math.round(p.agents * rules.agentWeeklyCost * factor);
}

/**
 * Hours to reply: the base (local hours or China's) grows with the load ρ =
 * contacts / capacity as a queue does, 1 / (1 − ρ), capped at MAX_HOURS.
 */
export function responseHours(rules: ServiceRules, p: MarketPresence, contacts: number): number {
  const capacity = OWNER_TICKETS + p.agents * rules.ticketsPerAgent;
  const base = p.localHours ? BASE_HOURS_LOCAL : BASE_HOURS_FROM_CHINA;
  const load = contacts / capacity;
  if (load >= 1 - base / MAX_HOURS) return MAX_HOURS;
  return base / (1 - load);
}

export interface ServiceWeek { contacts: number; hours: number; complaints: number; satisfactionLoss: number; capacity: number }

/** The rules a scenario without a `service` block is read with (its fields' defaults). */
export const DEFAULT_SERVICE: ServiceRules = { agentWeeklyCost: 100_000, localLanguageFactor: 1.5, localHoursFactor: 1.3, ticketsPerAgent: 250, contactRate: 0.15 };

/**
 * The week's service in a market: contacts, reply time, complaints it causes, its
 * cost to satisfaction, and complaint capacity. `modelled` is false for a scenario
 * without a `service` block: replies then neither upset buyers nor cause complaints.
 */
export function serviceWeek(rules: ServiceRules, modelled: boolean, p: MarketPresence, served: number, ownerComplaints: number): ServiceWeek {
  return serviceWeekInto({ contacts: 0, hours: 0, complaints: 0, satisfactionLoss: 0, capacity: 0 }, rules, modelled, p, served, ownerComplaints);
}

/**
 * serviceWeek written into `out`, a record the customers phase refills for every
 * market with sales (a new record of five fractions costs five boxed numbers too).
 */
export function serviceWeekInto(out: ServiceWeek, rules: ServiceRules, modelled: boolean, p: MarketPresence, served: number, ownerComplaints: number): ServiceWeek {
  const contacts = served * rules.contactRate;
  const hours = responseHours(rules, p, contacts);
  const slow = Math.min(1, Math.max(0, hours - 24) / 48);
  const slowPenalty = Math.min(MAX_SLOW_PENALTY, SATISFACTION_PER_HOUR * Math.max(0, hours - PATIENT_HOURS));
  out.contacts = contacts;
  out.hours = hours;
  out.complaints = modelled ? contacts * (SLOW_COMPLAINT * slow + (p.localLanguage ? 0 : FOREIGN_COMPLAINT)) : 0;
  out.satisfactionLoss = modelled ? slowPenalty + (p.localLanguage ? 0 : FOREIGN_LANGUAGE_PENALTY) : 0;
  out.capacity = ownerComplaints + p.agents * COMPLAINTS_PER_AGENT * (p.localLanguage ? 1.2 : 1);
  return out;
}

/**
 * The return policy (seed 000 §8.2 售后服务政策; calibration.md §2 Baymard 2016: a returns
 * policy is 10% of abandonment reasons): a longer window and free returns reassure
 * buyers at checkout (trust abandonment ×) and bring more returns (return rate ×).
 */
export function returnPolicyTrust(days: 14 | 30 | 60, free: boolean): number {
  return (days === 14 ? 1.15 : days === 60 ? 0.9 : 1) * (free ? 0.8 : 1);
}

export function returnPolicyReturns(days: 14 | 30 | 60, free: boolean): number {
  return (days === 14 ? 0.85 : days === 60 ? 1.1 : 1) * (free ? 1.3 : 1);
}
