// The buyer side of a sound seller (seed 000 ch. 6–8; seed 004 §03, §05): where the
// scenario models culture, localise the listings and ads of every market it sells
// in (native transcreation where the culture is far, human translation elsewhere:
// lesson 3); screen payments for fraud once chargebacks show (lesson 16); and seed
// a small creator campaign now and then while the brand is little known (lesson 10);
// answer buyers in their language and hours with enough agents for the contacts
// (lesson 18); settle complaints by the three levels once they come in numbers
// (lesson 15); and start a points programme once customers come back (lesson 7).
// Small sums, spent only with a wide cash margin, before the operating loop budgets
// the rest. Decides from the student view and the public scenario alone.
import type { Action, Scenario, StudentView } from '../engine';
import { listedMarkets } from './world';

/** Spend on a running cost only when cash is this many times a week of it. */
const MARGIN = 40;
/** Localise once cash is this many times the price: it pays back from the first weeks of ads (lesson 3). */
const LOCALISE_MARGIN = 5;
/** Fraud screening: 1% of last week's sales in the market (README §12.1: cuts fraud ≈ 60%). */
const SCREENING_SHARE = 0.01;
/** Chargeback ratio above which screening pays (Visa's early warning is 0.65%, cal. §7). */
const SCREEN_ABOVE = 0.003;
/** A micro-creator campaign every this many turns while awareness is below AWARE. */
const KOL_EVERY = 6;
const AWARE = 0.3;
/** Agents are planned to answer at most this share of their capacity, so replies stay fast. */
const AGENT_LOAD = 0.7;
/** Contacts a week the owner can answer alone (README §12.4), and above which night shifts pay. */
const OWNER_CONTACTS = 45;
const NIGHT_SHIFT_CONTACTS = 100;
/** Complaints a week above which three-level handling pays for itself. */
const MANY_COMPLAINTS = 5;
/** Share of orders from returning customers above which a points programme pays. */
const REPEAT_FOR_POINTS = 0.05;

export function careForBuyers(view: StudentView, scenario: Scenario): Action[] {
  const out: Action[] = [];
  const c = view.company;
  let cash = c.cash;
  const markets = listedMarkets(view);
  for (const id of markets) {
    const market = scenario.markets.find((m) => m.id === id);
    const p = Object.hasOwn(c.markets, id) ? c.markets[id] : undefined;
    if (!market || !p) continue;
    // Localisation matters only where the scenario sets a cultural distance.
    if (market.culturalDistance > 0) {
      const want = market.culturalDistance >= 1.2 ? 'native' : 'human';
      const spec = scenario.marketing.localisation[want];
      const cost = (spec?.cost ?? (want === 'native' ? 3_000_000 : 800_000)) - (scenario.marketing.localisation[p.localisation]?.cost ?? 0);
      if (p.localisation !== want && p.localisation !== 'native' && cash > LOCALISE_MARGIN * Math.max(cost, 1)) {
        out.push({ type: 'setLocalisation', market: id, level: want });
        cash -= Math.max(0, cost);
      }
    }
    const k = view.lastReport?.markets[id];
    const screening = k && k.chargebackRatio > SCREEN_ABOVE ? Math.round((SCREENING_SHARE * k.revenue) / 100) * 100 : p.fraudControl;
    if (Math.abs(screening - p.fraudControl) > 0.3 * Math.max(p.fraudControl, 1) && screening <= cash / MARGIN) {
      out.push({ type: 'setFraudControl', market: id, weekly: screening });
    }
    if (k && scenario.service) {
      const rules = scenario.service;
      const contacts = k.orders * rules.contactRate;
      const agents = contacts > OWNER_CONTACTS ? Math.ceil(contacts / (rules.ticketsPerAgent * AGENT_LOAD)) : 0;
      const hours = contacts > NIGHT_SHIFT_CONTACTS;
      const wage = agents * rules.agentWeeklyCost * rules.localLanguageFactor * (hours ? rules.localHoursFactor : 1);
      const same = p.agents === agents && p.localLanguage === agents > 0 && p.localHours === (agents > 0 && hours);
      if (!same && cash > MARGIN * wage) {
        out.push({ type: 'setService', market: id, agents, localLanguage: agents > 0, localHours: agents > 0 && hours });
        cash -= wage;
      }
    }
    const complaints = view.lastReport?.buyers[id]?.customers.complaints.total ?? 0;
    if (p.complaintHandling !== 'tiered' && complaints > MANY_COMPLAINTS) out.push({ type: 'setComplaintHandling', market: id, policy: 'tiered' });
    const points = scenario.customers.loyalty.points?.setupCost ?? 500_000;
    if (p.loyalty === 'none' && k && k.repeatRate > REPEAT_FOR_POINTS && cash > MARGIN * points) {
      out.push({ type: 'setLoyalty', market: id, programme: 'points' });
      cash -= points;
    }
    const micro = scenario.marketing.kolTiers.micro?.cost ?? 800_000;
    const localised = market.culturalDistance === 0 || p.localisation !== 'machine';
    if (localised && p.awareness < AWARE && (view.turn + 1) % KOL_EVERY === 0 && cash > MARGIN * micro) {
      out.push({ type: 'runKolCampaign', market: id, tier: 'micro' });
      cash -= micro;
    }
  }
  return out;
}
