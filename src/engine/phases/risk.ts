// Phase 3c: compliance, insurance, research and the team (issue 3, risk side; README
// §14–17), after the crises open and before goods move and shoppers come. For each
// trading student company (AI rivals buy no registrations, research or staff, so they
// run none of this):
//   1. salaries and security spend are paid;
//   2. cargo insurance: premiums on shipments sent this turn, claims on insured
//      shipments landing this turn with lost or damaged units (phases/logistics.ts);
//   3. listings whose takedown or suspension is over come back;
//   4. IP complaints: one draw for all listings (the same uniform picks which listing);
//      a takedown removes it for `takedownTurns` and is a strike on the channel account;
//   5. account suspension: one draw per channel with strikes;
//   6. unregistered sales in a market requiring VAT/IOSS registration: one draw per such market;
//   7. research that is due is delivered (stream `research`);
//   8. the team's execution factor for this turn's demand.
// Draws come from the `compliance` and `research` streams only, so nothing here shifts
// another subsystem. A quiet company (nothing pending, no risk, no staff) is not copied.
import type { Company, ComplianceState, GameState, Listing, ResearchResult } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import type { Localised } from '../schema';
import { copyCompany, copyCompliance, copyStreams, withCompanies } from '../companyCopy';
import { copyBalances, post, type LedgerEntry } from '../ledger';
import { roundMoney } from '../math';
import { copyStream, next, type StreamState } from '../rng';
import { hasTaxId, takedownChance } from '../compliance';
import { deliver } from '../research';
import { activePairs, executionFactor, payroll } from '../team';
import { copyRecords, keepRecords, recordList } from '../recordLists';

/** Strikes below this are forgotten. */
const STRIKE_FLOOR = 0.01;
/** However many listings, a turn is never certain to bring a complaint. */
const MAX_TAKEDOWN_CHANCE = 0.95;

export function runRisk(state: GameState, world: World, log: TurnLog, complianceRng: StreamState): GameState {
  const researchRng = copyStream(state.rng.research);
  const changed = new Map<string, Company>();
  const hasRules = world.scenario.compliance.markets.length > 0;
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.controller !== 'player' || c.bankrupt) continue;
    const d = step(state, world, log, c, hasRules, complianceRng, researchRng);
    if (d) changed.set(id, d);
  }
  const out = withCompanies(state, changed);
  out.rng = copyStreams(state.rng); out.rng.compliance = complianceRng; out.rng.research = researchRng;
  return out;
}

function step(state: GameState, world: World, log: TurnLog, c: Company, hasRules: boolean, crng: StreamState, rrng: StreamState): Company | null {
  const turn = log.turn;
  const k = c.compliance;
  const t = c.team;
  const capacityBinds = t.execution !== 1 || c.listings.length > world.scenario.team.baseCapacity; // more listings than pairs the founders run
  const busy = hasRules || k.insured || k.insuredShipments.length > 0 || k.removed.length > 0 || k.strikes.length > 0
    || k.securityWeekly > 0 || c.research.pending.length > 0 || t.operations + t.marketing + t.service + t.data > 0 || capacityBinds;
  if (!busy) return null;
  const draft = new Draft(c, log);
  const journal = log.journal[c.id]!;

  // 1. Salaries are owed whatever the cash; security is bought while cash lasts.
  const wages = payroll(world, t);
  if (wages > 0) { const x = draft.w(); x.cash -= wages; post(x.ledger, journal, 'overheads', 'cash', wages, 'salaries'); }
  const security = Math.min(k.securityWeekly, Math.max(0, draft.cur().cash));
  if (security > 0) { const x = draft.w(); x.cash -= security; post(x.ledger, journal, 'risk', 'cash', security, 'data and payment security'); }

  // 2. Cargo insurance.
  const sending = k.insured && c.shipments.some((x) => x.sentTurn === turn);
  const landing = k.insuredShipments.length > 0 && c.shipments.some((x) => x.arrivesTurn <= turn && k.insuredShipments.includes(x.id));
  if (sending || landing) insure(world, turn, draft.w(), journal, draft, k);

  // 3. Takedowns and suspensions that are over.
  if (k.removed.length > 0 && k.removed.some((r) => r.untilTurn < turn)) {
    const back: Listing[] = [];
    // A listing whose takedown is over stays down while its channel account is suspended.
    const suspended = (ch: string) => k.strikes.some((x) => x.channel === ch && x.suspendedUntil >= turn);
    const keep = keepRecords(k.removed, (r) => { if (r.untilTurn < turn && !suspended(r.listing.channel)) { back.push(r.listing); return false; } return true; });
    if (back.length > 0) {
      draft.edit().removed = keep;
      draft.w().listings = [...c.listings, ...back.filter((l) => !c.listings.some((x) => x.market === l.market && x.channel === l.channel && x.product === l.product))];
    }
    for (const l of back) draft.say({ en: `Your ${nameOf(world, l.product).en} listing is back on ${channelName(world, l.channel).en} in ${l.market}.`, zh: `您在${l.market}${channelName(world, l.channel).zh}的${nameOf(world, l.product).zh}已恢复上架。` });
  }

  // 4. IP complaints.
  if (hasRules && draft.cur().listings.length > 0) complaints(world, turn, draft, draft.comp, crng);

  // 5. Strikes fade; an account with strikes may be suspended.
  if (draft.comp.strikes.length > 0) suspensions(world, turn, draft.w(), draft, crng);

  // 6. Unregistered sales where the market requires a tax registration.
  if (hasRules) taxPenalties(world, turn, draft, draft.comp, journal, crng);

  // 7. Research due this turn.
  if (c.research.pending.length > 0 && c.research.pending.some((o) => o.dueTurn <= turn)) {
    const delivered: ResearchResult[] = [];
    for (const o of c.research.pending) if (o.dueTurn <= turn) delivered.push(deliver(state, world, o, turn, rrng));
    draft.w().research = { pending: keepRecords(c.research.pending, (o) => o.dueTurn > turn), results: [...c.research.results, ...delivered] };
    log.research[c.id] = delivered;
  }

  // 8. The team's execution for this turn's demand.
  if (capacityBinds || draft.cur().listings !== c.listings || t.operations + t.marketing + t.service + t.data > 0) {
    const execution = executionFactor(world, t, activePairs(draft.cur()));
    // A literal in openCompany's key order, not a spread: a 5-key spread is V8's slow
    // copy and gives the team record a hidden class of its own.
    if (execution !== t.execution) draft.w().team = { data: t.data, execution, marketing: t.marketing, operations: t.operations, service: t.service };
  }
  if (draft.comp !== k) draft.w().compliance = draft.comp;
  return draft.d;
}

/**
 * One company's changes in this phase: the company is copied only when something
 * happens (most turns only draw and miss), its compliance record likewise, and the
 * lines the report shows. A class rather than closures: the phase runs every turn.
 */
class Draft {
  d: Company | null = null;
  comp: ComplianceState;

  constructor(private readonly c: Company, private readonly log: TurnLog) {
    this.comp = c.compliance;
  }

  /** The company's copy, made at the first change. */
  w(): Company {
    if (this.d === null) { this.d = copyCompany(this.c); this.d.ledger = copyBalances(this.c.ledger); }
    return this.d;
  }

  /** The company as it stands now. */
  cur(): Company {
    return this.d ?? this.c;
  }

  say(line: Localised): void {
    (this.log.compliance[this.c.id] ??= []).push(line);
  }

  /** The compliance record's copy, made at the first change. */
  edit(): ComplianceState {
    if (this.comp === this.c.compliance) this.comp = copyCompliance(this.comp);
    return this.comp;
  }
}

function insure(world: World, turn: number, d: Company, journal: LedgerEntry[], draft: Draft, k: ComplianceState): void {
  const { cargoInsuranceRate, cargoInsuranceCover } = world.scenario.riskTools;
  let ids = k.insuredShipments;
  if (k.insured) {
    let premium = 0;
    for (const s of d.shipments) {
      if (s.sentTurn !== turn) continue;
      premium += roundMoney(cargoInsuranceRate * (world.products.get(s.product)?.unitCost ?? 0) * s.units);
      ids = [...ids, s.id];
    }
    if (premium > 0) { d.cash -= premium; post(d.ledger, journal, 'risk', 'cash', premium, 'cargo insurance premium'); }
  }
  if (ids.length === 0) { if (ids !== k.insuredShipments) draft.edit().insuredShipments = ids; return; }
  let claim = 0;
  const landed = new Set<number>();
  for (const s of d.shipments) {
    if (s.arrivesTurn > turn || !ids.includes(s.id)) continue;
    landed.add(s.id);
    if (s.lost + s.damaged > 0) claim += roundMoney(cargoInsuranceCover * (world.products.get(s.product)?.unitCost ?? 0) * (s.lost + s.damaged));
  }
  if (landed.size > 0) ids = ids.filter((x) => !landed.has(x));
  if (ids !== k.insuredShipments) draft.edit().insuredShipments = ids;
  if (claim > 0) {
    d.cash += claim;
    post(d.ledger, journal, 'cash', 'risk', claim, 'cargo insurance claim');
    draft.say({ en: `Cargo insurance paid back ${money(world, claim)} for goods lost or damaged on the way.`, zh: `货运保险赔付了途中丢失或损坏的货物${money(world, claim)}。` });
  }
}

function complaints(world: World, turn: number, draft: Draft, comp: ComplianceState, rng: StreamState): void {
  const listings = draft.cur().listings;
  const chances = listingChances(world, comp, listings, turn);
  let total = 0;
  for (const x of chances) total += x;
  if (total <= 0) return;
  const u = next(rng);
  if (u >= Math.min(MAX_TAKEDOWN_CHANCE, total)) return;
  // The same uniform picks the listing: the one whose share of the odds it falls in.
  const target = (u / Math.min(MAX_TAKEDOWN_CHANCE, total)) * total;
  let acc = 0;
  let hit = listings[listings.length - 1]!;
  for (let i = 0; i < listings.length; i += 1) {
    acc += chances[i]!;
    if (target < acc) { hit = listings[i]!; break; }
  }
  const until = turn + world.scenario.compliance.takedownTurns - 1;
  draft.w().listings = keepRecords(listings, (l) => l !== hit);
  const e = draft.edit();
  const removed = copyRecords(e.removed);
  removed.push({ listing: hit, reason: 'takedown', untilTurn: until });
  e.removed = removed;
  e.strikes = addStrike(e.strikes, hit.channel);
  draft.say({
    en: `A complaint (IP or missing certificate) took down your ${nameOf(world, hit.product).en} listing on ${channelName(world, hit.channel).en} in ${hit.market} for ${until - turn + 1} turns (back in turn ${until + 1}).`,
    zh: `一项投诉（知识产权或缺少认证）导致您在${hit.market}${channelName(world, hit.channel).zh}的${nameOf(world, hit.product).zh}被下架${until - turn + 1}回合（第${until + 1}回合恢复）。`,
  });
}

/**
 * Each listing's takedown chance, worked out once per market and product: listings
 * differ by channel far more often than by market and product, and the chance does
 * not depend on the channel.
 */
function listingChances(world: World, comp: ComplianceState, listings: readonly Listing[], turn: number): number[] {
  const chances = new Array<number>(listings.length);
  for (let i = 0; i < listings.length; i += 1) {
    const l = listings[i]!;
    let j = 0;
    while (j < i && (listings[j]!.market !== l.market || listings[j]!.product !== l.product)) j += 1;
    chances[i] = j < i ? chances[j]! : takedownChance(world, comp, l, turn);
  }
  return chances;
}

function addStrike(strikes: ComplianceState['strikes'], channel: string): ComplianceState['strikes'] {
  const i = strikes.findIndex((s) => s.channel === channel);
  if (i < 0) return [...strikes, { channel, suspendedUntil: 0, value: 1 }];
  return strikes.map((s, j) => (j === i ? { channel: s.channel, suspendedUntil: s.suspendedUntil, value: s.value + 1 } : s));
}

function suspensions(world: World, turn: number, d: Company, draft: Draft, rng: StreamState): void {
  const rules = world.scenario.compliance.suspension;
  const e = draft.edit();
  const out = recordList<ComplianceState['strikes'][number]>();
  for (const s of e.strikes) {
    let entry = s;
    // Strikes of this turn count in full; they fade from the next.
    if (s.suspendedUntil < turn && s.value > 0) {
      const chance = Math.min(1, rules.perStrike * s.value);
      if (next(rng) < chance) {
        const until = turn + rules.turns - 1;
        entry = { channel: s.channel, suspendedUntil: until, value: 0 };
        const down = d.listings.filter((l) => l.channel === s.channel);
        if (down.length > 0) {
          d.listings = keepRecords(d.listings, (l) => l.channel !== s.channel);
          const removed = copyRecords(e.removed);
          for (const listing of down) removed.push({ listing, reason: 'suspension', untilTurn: until });
          e.removed = removed;
        }
        draft.say({ en: `Your ${channelName(world, s.channel).en} account is suspended for ${until - turn + 1} turns (back in turn ${until + 1}): every listing there is down.`, zh: `您的${channelName(world, s.channel).zh}账户被封${until - turn + 1}回合（第${until + 1}回合恢复），该渠道全部商品下架。` });
      }
    }
    const faded = entry.value * (1 - rules.strikeDecay);
    const value = faded < STRIKE_FLOOR ? 0 : faded;
    // A literal, not a spread: strikes fade every turn, and spread copies take hidden classes of their own.
    if (value !== entry.value) entry = { channel: entry.channel, suspendedUntil: entry.suspendedUntil, value };
    if (entry.value > 0 || entry.suspendedUntil >= turn) out.push(entry);
  }
  e.strikes = out;
}

function taxPenalties(world: World, turn: number, draft: Draft, comp: ComplianceState, journal: LedgerEntry[], rng: StreamState): void {
  for (const rules of world.scenario.compliance.markets) {
    if (!rules.taxRegistration || hasTaxId(comp, rules.market, turn)) continue;
    const revenue = draft.cur().lastMarketKpis[rules.market]?.revenue ?? 0;
    if (revenue <= 0) continue;
    if (next(rng) >= rules.taxPenaltyChance) continue;
    const penalty = roundMoney(revenue * rules.taxPenaltyShare);
    if (penalty <= 0) continue;
    const d = draft.w();
    d.cash -= penalty;
    post(d.ledger, journal, 'risk', 'cash', penalty, 'tax penalty', rules.market);
    const m = world.markets.get(rules.market)?.name ?? { en: rules.market, zh: rules.market };
    draft.say({ en: `Tax authorities in ${m.en} caught unregistered sales: a penalty of ${money(world, penalty)}. Register for VAT/IOSS there.`, zh: `${m.zh}税务机关查到未登记的销售，罚款${money(world, penalty)}。请在该市场办理VAT/IOSS登记。` });
  }
}

function nameOf(world: World, product: string): Localised {
  return world.products.get(product)?.name ?? { en: product, zh: product };
}

function channelName(world: World, channel: string): Localised {
  return world.channels.get(channel)?.name ?? { en: channel, zh: channel };
}

function money(world: World, amount: number): string {
  let div = 1;
  for (let i = 0; i < world.homeDecimals; i += 1) div *= 10;
  return `${world.scenario.homeCurrency} ${(amount / div).toFixed(world.homeDecimals)}`;
}
