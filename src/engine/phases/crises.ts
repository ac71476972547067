// Phase 3b and 8a: crises (seed 004 §4 危机处理, seed 000 ch. 8). After the world
// moves, every crisis event that started this turn opens a case for each trading
// student company (AI rivals answer nothing, so they get none); open crises then
// hit: once-impacts when the answer window closes or an answer comes, recurring
// impacts every turn, all × severity. Before the report, crises whose time is up
// end and release what was frozen. A turn without crises does nothing here.
import type { Company, CrisisState, GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import type { CrisisImpact, Localised } from '../schema';
import { copyCompany, copyCrisis, withCompanies } from '../companyCopy';
import { copyRecords, keepRecords, mapRecords } from '../recordLists';
import { copyBalances, post, type LedgerEntry } from '../ledger';
import { copyPresence } from '../company';
import { clamp, roundMoney } from '../math';
import { crisisOf } from '../crises';
import { securityCut } from '../compliance';
import { next, type StreamState } from '../rng';

/** Below this severity a supplier outage no longer stops the factory (a backup supplier took over). */
const SUPPLY_STOP_SEVERITY = 0.5;

/**
 * `complianceRng`: a student's security spend may stop a data breach before it opens
 * (compliance.ts securityCut; one draw per breach and company that spends on security).
 */
export function runCrises(state: GameState, world: World, log: TurnLog, complianceRng?: StreamState): GameState {
  let starts: string[] | null = null;
  for (const id of log.eventsStarted) if (crisisOf(world, id)) (starts ??= []).push(id);
  const changed = new Map<string, Company>();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    const opens = starts !== null && c.controller === 'player' && !c.bankrupt;
    if (!opens && !c.crises.some((x) => needsWork(world, x, log.turn))) continue;
    const d = copyCompany(c);
    d.ledger = copyBalances(c.ledger);
    const journal = log.journal[id]!;
    const lines = outcomesOf(log, id);
    if (opens) {
      // Every start is checked before any opens, as the draws have always come.
      const opening = starts!.filter((ev) => !stopped(world, c, ev, lines, complianceRng));
      const all = copyRecords(c.crises);
      for (const ev of opening) all.push(open(d, world, log, journal, lines, ev));
      d.crises = all;
    }
    d.crises = mapRecords(d.crises, (x) => hit(d, world, log.turn, journal, lines, x));
    changed.set(id, d);
  }
  return withCompanies(state, changed);
}

/** Ends the crises whose last turn this is; frozen money comes back, less what is forfeited. */
export function endCrises(state: GameState, world: World, log: TurnLog): GameState {
  const changed = new Map<string, Company>();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.crises.length === 0 || !c.crises.some((x) => x.endsTurn <= log.turn)) continue;
    const d = copyCompany(c);
    d.ledger = copyBalances(c.ledger);
    const journal = log.journal[id]!;
    const lines = outcomesOf(log, id);
    const ended: CrisisState[] = [];
    for (const x of c.crises) {
      if (x.endsTurn > log.turn) continue;
      ended.push(x);
      const title = titleOf(world, x);
      if (x.frozen > 0) {
        const freeze = crisisOf(world, x.event)?.impacts.find((i) => i.kind === 'freeze');
        const forfeit = Math.min(x.frozen, roundMoney(x.frozen * (freeze?.kind === 'freeze' ? freeze.forfeit : 0) * x.severity));
        post(d.ledger, journal, 'risk', 'frozen', forfeit, 'frozen funds forfeited');
        post(d.ledger, journal, 'cash', 'frozen', x.frozen - forfeit, 'frozen funds released');
        d.cash += x.frozen - forfeit;
      }
      lines.push({ en: `${title.en} is over.`, zh: `${title.zh}已结束。` });
    }
    d.crises = keepRecords(c.crises, (x) => x.endsTurn > log.turn);
    // The report lists them, so that an answer that ended its crisis at once still counts as one (score/crises.ts).
    log.crisesEnded[id] = ended;
    changed.set(id, d);
  }
  return withCompanies(state, changed);
}

/** A data breach stopped by the company's security (chance = securityCut of its weekly spend). */
function stopped(world: World, c: Company, event: string, lines: Localised[], rng: StreamState | undefined): boolean {
  if (!rng || c.compliance.securityWeekly <= 0 || crisisOf(world, event)?.kind !== 'dataBreach') return false;
  if (next(rng) >= securityCut(world, c.compliance.securityWeekly)) return false;
  const name = world.events.get(event)?.name ?? { en: event, zh: event };
  lines.push({ en: `${name.en}: your security spending kept the attackers out.`, zh: `${name.zh}：您的安全投入挡住了攻击。` });
  return true;
}

function outcomesOf(log: TurnLog, company: string): Localised[] {
  return log.crisisOutcomes[company] ?? (log.crisisOutcomes[company] = []);
}

function titleOf(world: World, x: CrisisState): Localised {
  return world.events.get(x.event)?.name ?? { en: x.event, zh: x.event };
}

function open(d: Company, world: World, log: TurnLog, journal: LedgerEntry[], lines: Localised[], event: string): CrisisState {
  const ev = world.events.get(event)!;
  const crisis = ev.crisis!;
  const turn = log.turn;
  const answerBy = turn + crisis.answerWithinTurns;
  // Courts and payment processors freeze first and ask later: a freeze holds from the start.
  let frozen = 0;
  for (const i of crisis.impacts) {
    if (i.kind !== 'freeze') continue;
    const amount = Math.min(Math.max(0, d.cash) - frozen, roundMoney(Math.max(0, d.cash) * i.share));
    if (amount > 0) frozen += amount;
  }
  if (frozen > 0) {
    d.cash -= frozen;
    post(d.ledger, journal, 'frozen', 'cash', frozen, 'funds frozen');
  }
  lines.push({ en: `${ev.name.en}: answer by turn ${answerBy}.`, zh: `${ev.name.zh}：请在第${answerBy}回合结束前应对。` });
  return {
    answerBy, answeredTurn: null, chosen: null,
    // A crisis lasts at least until its answer window closes.
    endsTurn: Math.max(turn + ev.durationTurns - 1, answerBy),
    event, frozen, hit: false, id: `${event}-t${turn}`, severity: 1, startedTurn: turn, worked: null,
  };
}

/** This turn's impacts of one crisis; returns the crisis as it stands after them. */
function hit(d: Company, world: World, turn: number, journal: LedgerEntry[], lines: Localised[], x: CrisisState): CrisisState {
  const crisis = crisisOf(world, x.event);
  if (!crisis) return x;
  const title = titleOf(world, x);
  if (x.answeredTurn === turn && x.chosen !== null) {
    const option = crisis.options[x.chosen];
    const outcome = x.worked ? option?.success : option?.failure;
    const label = option?.label ?? { en: '?', zh: '?' };
    lines.push(outcome?.text ?? (x.worked
      ? { en: `${title.en}: "${label.en}" worked.`, zh: `${title.zh}：“${label.zh}”奏效了。` }
      : { en: `${title.en}: "${label.en}" did not work.`, zh: `${title.zh}：“${label.zh}”未能奏效。` }));
  }
  let out = x;
  if (!x.hit && (x.answeredTurn !== null || turn >= x.answerBy)) {
    if (x.answeredTurn === null) lines.push({ en: `${title.en}: no response — the crisis takes its course.`, zh: `${title.zh}：未作回应，危机按默认进程发展。` });
    for (const i of crisis.impacts) if (isOnce(i)) apply(d, world, turn, journal, i, x.severity);
    out = copyCrisis(x);
    out.hit = true;
  }
  for (const i of crisis.impacts) if (!isOnce(i)) apply(d, world, turn, journal, i, x.severity);
  return out;
}

/**
 * Whether this phase has anything to do for a crisis this turn: report an answer,
 * land its once-impacts, or apply a weekly impact this phase applies (demand and
 * cart-rate impacts are read by the demand phase). Most turns of an answered crisis
 * have none, and then the company is not copied.
 */
function needsWork(world: World, x: CrisisState, turn: number): boolean {
  if (x.answeredTurn === turn || (!x.hit && (x.answeredTurn !== null || turn >= x.answerBy))) return true;
  if (x.severity <= 0) return false;
  const crisis = crisisOf(world, x.event);
  return crisis !== undefined && crisis.impacts.some((i) => !isOnce(i) && i.kind !== 'demand' && i.kind !== 'cartRate' && i.kind !== 'freeze');
}

function isOnce(i: CrisisImpact): boolean {
  return i.kind === 'shipmentDelay' || ((i.kind === 'rating' || i.kind === 'cost') && i.once);
}

/**
 * One impact at a severity. demand and cartRate are read by the demand phase
 * (crises.ts); freeze acts at the start and end. Changed crises (copyCrisis), orders
 * and shipments are written as literals with every key in the order their first
 * builders write them (open above, actions/sourcing.ts, actions/shipping.ts), not
 * as spreads: a spread copy takes a hidden class of its own, and every function that
 * reads these lists then met one more class and was deoptimised and compiled again
 * while a grade worker warms up.
 */
function apply(d: Company, world: World, turn: number, journal: LedgerEntry[], i: CrisisImpact, severity: number): void {
  if (severity <= 0) return;
  switch (i.kind) {
    case 'rating': {
      const markets = { ...d.markets };
      for (const m of Object.keys(markets).sort()) {
        if (i.market !== undefined && i.market !== m) continue;
        const p = (markets[m] = copyPresence(markets[m]!));
        p.rating = clamp(p.rating + i.add * severity, 1, 5);
      }
      d.markets = markets;
      break;
    }
    case 'cost': spend(d, journal, roundMoney(i.amount * severity), 'crisis costs'); break;
    case 'revenueLoss': {
      // Disputes and refunds arrive after the sale: a share of last week's revenue.
      const revenue = i.market === undefined ? d.lastKpis.revenue : d.lastMarketKpis[i.market]?.revenue ?? 0;
      spend(d, journal, roundMoney(Math.max(0, revenue) * i.share * severity), 'crisis losses', i.market);
      break;
    }
    case 'supplyStop':
      if (severity >= SUPPLY_STOP_SEVERITY && d.sourcing.length > 0) {
        d.sourcing = d.sourcing.map((o) => (o.arrivesTurn >= turn ? { arrivesTurn: o.arrivesTurn + 1, id: o.id, product: o.product, units: o.units } : o));
      }
      break;
    case 'shipmentDelay': {
      const extra = Math.round(i.days * severity);
      if (extra <= 0 || d.shipments.length === 0) break;
      d.shipments = d.shipments.map((s) => {
        if (i.market !== undefined && world.warehouses.get(s.to)?.market !== i.market) return s;
        const days = s.days + extra;
        const arrivesTurn = Math.max(s.arrivesTurn, s.sentTurn + Math.max(1, Math.ceil(days / 7)));
        return {
          arrivesTurn, carrier: s.carrier, damaged: s.damaged, days, id: s.id, lost: s.lost, product: s.product, sentTurn: s.sentTurn, to: s.to, units: s.units,
        };
      });
      break;
    }
    default: break;
  }
}

function spend(d: Company, journal: LedgerEntry[], amount: number, memo: string, market?: string): void {
  if (amount <= 0) return;
  d.cash -= amount;
  post(d.ledger, journal, 'risk', 'cash', amount, memo, market);
}
