// Phase 3: the world moves. Exchange rates take a mean-reverting random step with
// rare shocks (calibration.md §5), demand grows, events start on their own odds
// and end when their time is up. Returns a new state; the one given is unchanged.
import type { GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { copyStream, next, normal, type StreamState } from '../rng';
import { roundMoney } from '../math';
import { rateToMicro } from '../fx';
import { copyState, copyStreams } from '../companyCopy';
import { keepRecords } from '../recordLists';

const WEEKS_PER_YEAR = 52;

/** The parts of the state that events change: mutable copies inside a phase. */
export interface WorldParts { fx: Record<string, number>; events: GameState['events'] }

export function moveWorld(state: GameState, world: World, log: TurnLog): GameState {
  const fxRng = copyStream(state.rng.fx);
  const eventsRng = copyStream(state.rng.events);
  const parts: WorldParts = { fx: { ...state.fx }, events: keepRecords(state.events, (e) => e.endsTurn >= log.turn) };
  for (const e of state.events) if (e.endsTurn < log.turn) log.eventsEnded.push(e.id);
  stepRates(parts.fx, world, fxRng);
  const growthIndex = { ...state.growthIndex };
  for (const m of world.scenario.markets) growthIndex[m.id] = (growthIndex[m.id] ?? 1) * (1 + m.growth);
  startRandomEvents(parts, world, log, eventsRng);
  const out = copyState(state);
  out.fx = parts.fx; out.events = parts.events; out.growthIndex = growthIndex;
  out.rng = copyStreams(state.rng); out.rng.fx = fxRng; out.rng.events = eventsRng;
  return out;
}

function stepRates(fx: Record<string, number>, world: World, rng: StreamState): void {
  for (const c of world.scenario.currencies) {
    if (c.code === world.scenario.homeCurrency || (c.volatility === 0 && c.shockChance === 0)) continue;
    const start = rateToMicro(c.rate);
    const now = fx[c.code] ?? start;
    // Weekly step: pull toward the starting rate, plus noise scaled from the
    // annual volatility by √52 (the square-root-of-time rule).
    const weeklyVol = c.volatility / Math.sqrt(WEEKS_PER_YEAR);
    let ratio = 1 + (c.meanReversion * (start - now)) / now + weeklyVol * normal(rng);
    if (c.shockChance > 0 && next(rng) < c.shockChance) {
      ratio *= 1 + (next(rng) < 0.5 ? -1 : 1) * c.shockSize * (0.5 + next(rng) / 2);
    }
    // A rate never falls below a tenth of where it started.
    fx[c.code] = Math.max(roundMoney(start / 10), roundMoney(now * ratio));
  }
}

function startRandomEvents(parts: WorldParts, world: World, log: TurnLog, rng: StreamState): void {
  for (const ev of world.scenario.events) {
    if (ev.chancePerTurn <= 0) continue;
    const roll = next(rng); // drawn for every such event each turn, so one event's odds never shift another's
    if (roll < ev.chancePerTurn) startEvent(parts, world, log, ev.id);
  }
}

/** Starts an event unless it is already running; an fxRate effect is a one-off jump at the start. */
export function startEvent(parts: WorldParts, world: World, log: TurnLog, id: string): void {
  const ev = world.events.get(id);
  if (!ev || parts.events.some((e) => e.id === id)) return;
  parts.events.push({ endsTurn: log.turn + ev.durationTurns - 1, id, startedTurn: log.turn });
  log.eventsStarted.push(id);
  log.news.push(ev.name);
  for (const e of ev.effects) {
    if (e.kind === 'fxRate' && e.currency !== undefined && parts.fx[e.currency] !== undefined) {
      parts.fx[e.currency] = Math.max(1, roundMoney(parts.fx[e.currency]! * e.multiply));
    }
  }
}
