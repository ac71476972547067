// A new run: the scenario's opening position plus seeded random streams.
import type { Scenario } from './schema';
import { RULES_VERSION, type GameState, type Parameters } from './state';
import { STREAM_LABELS, seedStream, type StreamState } from './rng';
import type { StreamLabel } from './rng';
import { rateToMicro } from './fx';
import { worldOf } from './world';
import { openCompany } from './company';
import { canonicalJson, hashString } from './hash';
import { newLog } from './log';
import { beginScript } from './phases/script';
import { recordList } from './recordLists';

/** The id of the student's company in single-player runs. */
export const PLAYER_ID = 'player';

const scenarioHashes = new WeakMap<Scenario, string>();

/**
 * A content hash of the parsed scenario, the same in Node and browsers. Remembered
 * for a frozen scenario (the loader freezes what it returns), which cannot change:
 * hashing the campaign's canonical JSON costs as much as a few turns, and a grader
 * starts a new game for every run it replays.
 */
export function scenarioHash(scenario: Scenario): string {
  const hit = scenarioHashes.get(scenario);
  if (hit !== undefined) return hit;
  const hash = hashString(canonicalJson(scenario));
  if (Object.isFrozen(scenario)) scenarioHashes.set(scenario, hash);
  return hash;
}

export function newGame(scenario: Scenario, seed: number): GameState {
  const world = worldOf(scenario);
  const rng = {} as Record<StreamLabel, StreamState>;
  for (const label of STREAM_LABELS) rng[label] = seedStream(seed, label);
  const fx: Record<string, number> = {};
  for (const c of scenario.currencies) fx[c.code] = rateToMicro(c.rate);
  const growthIndex: Record<string, number> = {};
  for (const m of scenario.markets) growthIndex[m.id] = 1;
  const companies: GameState['companies'] = {
    [PLAYER_ID]: openCompany(world, PLAYER_ID, { zh: '你的公司', en: 'Your company' }, 'player', scenario.player),
  };
  for (const r of scenario.competitors) {
    companies[r.id] = openCompany(world, r.id, r.name, 'ai', r.start, { strategy: r.strategy, priceIndex: r.priceIndex });
  }
  // Keys in code-unit order: the state hash then need not sort them (hash.ts).
  const state: GameState = {
    companies,
    companyOrder: [PLAYER_ID, ...scenario.competitors.map((r) => r.id)],
    endReason: null,
    events: recordList(),
    finished: false,
    fx,
    growthIndex,
    messages: [],
    nextId: 0,
    objectives: scenario.objectives.filter((o) => o.activeFromStart).map((o) => o.id),
    params: openingParameters(scenario),
    rng,
    rulesVersion: RULES_VERSION,
    scenario,
    scenarioHash: scenarioHash(scenario),
    scenarioId: scenario.id,
    script: null,
    seed,
    turn: 0,
  };
  const log = newLog(0, scenario.startWeek, state.companyOrder);
  // The state was built here and shares nothing: the script's opening effects edit it directly.
  beginScript(state, world, log);
  state.messages = log.messages;
  return state;
}

function openingParameters(s: Scenario): Parameters {
  const p: Parameters = { carriers: {}, channels: {}, markets: {} };
  for (const m of s.markets) {
    p.markets[m.id] = {
      demandFactor: 1, dutyFreeThreshold: m.tax.dutyFreeThreshold, dutyRate: m.tax.dutyRate,
      perItemDuty: m.tax.perItemDuty, priceSensitivity: m.priceSensitivity,
      vatFreeThreshold: m.tax.vatFreeThreshold, vatRate: m.tax.vatRate,
    };
  }
  for (const c of s.channels) p.channels[c.id] = { commission: c.commission, feePerOrder: c.feePerOrder };
  for (const c of s.carriers) p.carriers[c.id] = { costFactor: 1, extraDays: 0 };
  return p;
}
