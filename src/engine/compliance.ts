// Compliance odds (seed 000 ch. 9: 9.1.1 知识产权侵权风险, 9.2.1 及时注册商标; seed 004
// §05 政策法規風險; lesson 11: trademarks and certificates reduce takedowns and
// seizures). Pure reads of the company's compliance state and the scenario's rules;
// the draws are in phases/risk.ts, on the `compliance` stream.
import type { Company, ComplianceState, Listing } from './state';
import type { MarketCompliance } from './schema';
import type { World } from './world';
import { exp } from './math';

const marketCache = new WeakMap<World, Map<string, MarketCompliance>>();

/** The market's compliance rules, or undefined when the scenario runs no compliance risk there. */
export function marketRules(world: World, market: string): MarketCompliance | undefined {
  let m = marketCache.get(world);
  if (!m) {
    m = new Map(world.scenario.compliance.markets.map((x) => [x.market, x]));
    marketCache.set(world, m);
  }
  return m.get(market);
}

export function hasTrademark(c: ComplianceState, market: string, turn: number): boolean {
  for (const t of c.trademarks) if (t.market === market && t.effectiveTurn <= turn) return true;
  return false;
}

export function hasCertificate(c: ComplianceState, market: string, product: string, turn: number): boolean {
  for (const t of c.certificates) if (t.market === market && t.product === product && t.effectiveTurn <= turn) return true;
  return false;
}

export function hasTaxId(c: ComplianceState, market: string, turn: number): boolean {
  for (const t of c.taxIds) if (t.market === market && t.effectiveTurn <= turn) return true;
  return false;
}

/**
 * Chance this turn that a listing is taken down:
 *   ipComplaintChance × (1 − trademark.cut if a trademark is in effect)
 *   + certificationChance × (1 − certification.cut if certified), for categories that need a certificate.
 */
export function takedownChance(world: World, c: ComplianceState, l: Listing, turn: number): number {
  const rules = marketRules(world, l.market);
  if (!rules) return 0;
  const { trademark, certification } = world.scenario.compliance;
  let p = rules.ipComplaintChance * (hasTrademark(c, l.market, turn) ? 1 - trademark.cut : 1);
  if (rules.certificationChance > 0) {
    const category = world.products.get(l.product)?.category;
    if (category !== undefined && rules.certifiedCategories.includes(category)) {
      p += rules.certificationChance * (hasCertificate(c, l.market, l.product, turn) ? 1 - certification.cut : 1);
    }
  }
  return p;
}

/** Share of a breach's odds removed by weekly security spend: cutMax × (1 − e^(−spend / spendRef)). */
export function securityCut(world: World, weekly: number): number {
  const { cutMax, spendRef } = world.scenario.compliance.security;
  if (weekly <= 0 || spendRef <= 0) return weekly > 0 ? cutMax : 0;
  return cutMax * (1 - exp(-weekly / spendRef));
}

/** Whether a listing is down (taken down or its channel suspended): it cannot be relisted until then. */
export function removedUntil(c: Company, market: string, channel: string, product: string): number {
  let until = 0;
  for (const r of c.compliance.removed) {
    const l = r.listing;
    if (l.market === market && l.product === product && l.channel === channel && r.untilTurn > until) until = r.untilTurn;
  }
  for (const s of c.compliance.strikes) if (s.channel === channel && s.suspendedUntil > until) until = s.suspendedUntil;
  return until;
}
