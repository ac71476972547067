// Phase 3: the world moves. Exchange rates take a mean-reverting random step with
// rare shocks (calibration.md §5), demand grows, events start on their own odds
// and end when their time is up.
import type { GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { next, normal, type StreamState } from '../rng';
import { roundMoney } from '../math';
import { rateToMicro } from '../fx';

const WEEKS_PER_YEAR = 52;

export function moveWorld(draft: GameState, world: World, log: TurnLog): void {
  // Draws go to plain copies of the streams: through a draft each draw is eight proxy calls.
  const fxRng = { ...draft.rng.fx };
  const eventsRng = { ...draft.rng.events };
  stepRates(draft, world, fxRng);
  draft.rng.fx = fxRng;
  for (const m of world.scenario.markets) {
    draft.growthIndex[m.id] = (draft.growthIndex[m.id] ?? 1) * (1 + m.growth);
  }
  endEvents(draft, log);
  startRandomEvents(draft, world, log, eventsRng);
  draft.rng.events = eventsRng;
}

function stepRates(draft: GameState, world: World, rng: StreamState): void {
  for (const c of world.scenario.currencies) {
    if (c.code === world.scenario.homeCurrency || c.volatility === 0 && c.shockChance === 0) continue;
    const start = rateToMicro(c.rate);
    const now = draft.fx[c.code] ?? start;
    // Weekly step: pull toward the starting rate, plus noise scaled from the
    // annual volatility by √52 (the square-root-of-time rule).
    const weeklyVol = c.volatility / Math.sqrt(WEEKS_PER_YEAR);
    let ratio = 1 + c.meanReversion * (start - now) / now + weeklyVol * normal(rng);
    if (c.shockChance > 0 && next(rng) < c.shockChance) {
      ratio *= 1 + (next(rng) < 0.5 ? -1 : 1) * c.shockSize * (0.5 + next(rng) / 2);
    }
    // A rate never falls below a tenth of where it started.
    draft.fx[c.code] = Math.max(roundMoney(start / 10), roundMoney(now * ratio));
  }
}

function endEvents(draft: GameState, log: TurnLog): void {
  const keep = draft.events.filter((e) => e.endsTurn >= log.turn);
  for (const e of draft.events) if (e.endsTurn < log.turn) log.eventsEnded.push(e.id);
  draft.events = keep;
}

function startRandomEvents(draft: GameState, world: World, log: TurnLog, rng: StreamState): void {
  for (const ev of world.scenario.events) {
    if (ev.chancePerTurn <= 0) continue;
    const roll = next(rng); // drawn for every such event each turn, so one event's odds never shift another's
    if (roll < ev.chancePerTurn && !draft.events.some((e) => e.id === ev.id)) {
      startEvent(draft, world, log, ev.id);
    }
  }
}

export function startEvent(draft: GameState, world: World, log: TurnLog, id: string): void {
  const ev = world.events.get(id);
  if (!ev || draft.events.some((e) => e.id === id)) return;
  draft.events.push({ id, startedTurn: log.turn, endsTurn: log.turn + ev.durationTurns - 1 });
  log.eventsStarted.push(id);
  log.news.push(ev.name);
  // An fxRate effect is a one-off jump when the event starts.
  for (const e of ev.effects) {
    if (e.kind === 'fxRate' && e.currency !== undefined && draft.fx[e.currency] !== undefined) {
      draft.fx[e.currency] = Math.max(1, roundMoney(draft.fx[e.currency]! * e.multiply));
    }
  }
}
