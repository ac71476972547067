// Phase 2: the scenario's script (an XState machine) sees the turn's facts and may
// fire events, change parameters, set objectives, show narrative or end the run.
// Its effects edit a handful of the state's parts; those parts are copied first
// (plain copies: immer's proxies cost more than the rest of this phase, and more
// still under Node, where every draft array write reads process.env).
import type { Scenario } from '../schema';
import type { GameState } from '../state';
import type { World } from '../world';
import type { TurnLog } from '../log';
import { advanceScriptMemo, createScriptMachine, isQuietTurn, startScriptMemo, type ScriptEffect, type TurnFacts } from '../script';
import { startEvent } from './world';
import { roundMoney } from '../math';
import { copyState } from '../companyCopy';
import { copyRecords, keepRecords } from '../recordLists';

type Machine = ReturnType<typeof createScriptMachine>;
const machines = new WeakMap<Scenario, Machine>();

function machineOf(scenario: Scenario): Machine | null {
  if (!scenario.script) return null;
  let m = machines.get(scenario);
  if (!m) { m = createScriptMachine(scenario.script); machines.set(scenario, m); }
  return m;
}

export function factsFor(state: GameState, turn: number): TurnFacts {
  let player: GameState['companies'][string] | undefined;
  for (const id of state.companyOrder) {
    if (state.companies[id]!.controller === 'player') { player = state.companies[id]; break; }
  }
  return {
    turn,
    // Read-only for guards; the state's objects are frozen outside a draft.
    kpis: player ? player.lastKpis : {},
    markets: player ? player.lastMarketKpis : {},
    activeEvents: state.events.map((e) => e.id),
  };
}

/** Starts the script on a state newGame has just built (nothing in it is shared yet). */
export function beginScript(fresh: GameState, world: World, log: TurnLog): void {
  const machine = machineOf(world.scenario);
  const script = world.scenario.script;
  if (!machine || !script) return;
  const { snapshot, effects, problems } = startScriptMemo(machine, script, factsFor(fresh, 0));
  // A script that cannot even start ends at once (status done): say so, as runScript does in play.
  for (const p of problems) {
    log.scriptProblems.push(`start: ${p.message}`);
    log.messages.push(scriptProblemMessage(0, p.message));
  }
  fresh.script = snapshot;
  applyEffects(fresh, world, log, effects);
}

/** The problems of the script's start on a state newGame built, without applying anything (scriptCheck.ts). */
export function startProblems(fresh: GameState, world: World): string[] {
  const machine = machineOf(world.scenario);
  const script = world.scenario.script;
  if (!machine || !script) return [];
  return startScriptMemo(machine, script, factsFor(fresh, 0)).problems.map((p) => `start: ${p.message}`);
}

/**
 * Advances the script on the state's facts. Its effects are scattered edits
 * (an event, a parameter, an objective), applied to a new state whose edited
 * parts are copies, only in turns that have any.
 */
export function runScript(state: GameState, world: World, log: TurnLog): GameState {
  const machine = machineOf(world.scenario);
  const script = world.scenario.script;
  if (!machine || !script || !state.script) return state;
  const facts = factsFor(state, log.turn);
  if (isQuietTurn(script, state.script, facts)) return state;
  const { snapshot, effects, problems } = advanceScriptMemo(machine, script, state.script, facts);
  // A script the validator passed can still fail in play (guarded `always`
  // transitions that go round in a circle for these facts, script/run.ts): the
  // turn goes on without it, and the report says so rather than playing a
  // different game in silence.
  for (const p of problems) {
    log.scriptProblems.push(`turn ${log.turn}: ${p.message}`);
    log.messages.push(scriptProblemMessage(log.turn, p.message));
  }
  const out = copyState(state);
  out.script = snapshot;
  if (effects.length === 0) return out;
  // The parts effects edit in place (events and the rates startEvent changes, the
  // objectives list); setParameter copies the parameters it changes.
  out.events = copyRecords(state.events);
  out.fx = { ...state.fx };
  out.objectives = [...state.objectives];
  applyEffects(out, world, log, effects);
  return out;
}

/** The report's line for a script problem: for the student to pass on, and the instructor to fix. */
function scriptProblemMessage(turn: number, problem: string): { en: string; zh: string } {
  if (turn === 0) {
    return {
      en: `The scenario's script failed as the run started, so none of its events and messages will run: ${problem}. Please tell your instructor.`,
      zh: `情景脚本在开局时出错，它的事件和消息都不会执行：${problem}。请告诉任课老师。`,
    };
  }
  return {
    en: `The scenario's script failed in turn ${turn}, so its events and messages did not run this turn: ${problem}. Please tell your instructor.`,
    zh: `情景脚本在第${turn}回合出错，本回合的脚本事件和消息没有执行：${problem}。请告诉任课老师。`,
  };
}

function applyEffects(draft: GameState, world: World, log: TurnLog, effects: readonly ScriptEffect[]): void {
  for (const e of effects) {
    switch (e.type) {
      case 'triggerEvent': startEvent(draft, world, log, e.params.event); break;
      case 'endEvent':
        if (draft.events.some((x) => x.id === e.params.event)) {
          draft.events = keepRecords(draft.events, (x) => x.id !== e.params.event);
          log.eventsEnded.push(e.params.event);
        }
        break;
      case 'setParameter': setParameter(draft, e.params.parameter, e.params.target, e.params.value); break;
      case 'setObjective': if (!draft.objectives.includes(e.params.objective)) draft.objectives.push(e.params.objective); break;
      case 'showMessage': log.messages.push(e.params.text); break;
      case 'endScenario': draft.finished = true; draft.endReason = e.params.reason; break;
      case 'shockCurrency': {
        const r = draft.fx[e.params.currency];
        if (r !== undefined) draft.fx[e.params.currency] = Math.max(1, roundMoney(r * e.params.multiply));
        break;
      }
    }
  }
}

/**
 * A negative value for a threshold removes it (no de minimis). The parameters may
 * still be the previous state's: the record changed is copied, with its path.
 */
function setParameter(draft: GameState, parameter: string, target: string, value: number): void {
  const [scope, field] = parameter.split('.') as [string, string];
  if (scope === 'market') {
    if (!Object.hasOwn(draft.params.markets, target)) return;
    const markets = { ...draft.params.markets };
    const p = (markets[target] = copyMarketParameters(markets[target]!));
    draft.params = { carriers: draft.params.carriers, channels: draft.params.channels, markets };
    if (field === 'dutyFreeThreshold' || field === 'vatFreeThreshold') p[field] = value < 0 ? null : Math.round(value);
    else if (field === 'vatRate' || field === 'dutyRate' || field === 'perItemDuty' || field === 'priceSensitivity' || field === 'demandFactor') p[field] = field === 'perItemDuty' ? Math.max(0, Math.round(value)) : Math.max(0, value);
  } else if (scope === 'channel') {
    if (!Object.hasOwn(draft.params.channels, target)) return;
    const channels = { ...draft.params.channels };
    const c = channels[target]!;
    const p = (channels[target] = { commission: c.commission, feePerOrder: c.feePerOrder });
    draft.params = { carriers: draft.params.carriers, channels, markets: draft.params.markets };
    if (field === 'commission' || field === 'feePerOrder') p[field] = field === 'feePerOrder' ? Math.max(0, Math.round(value)) : Math.min(1, Math.max(0, value));
  } else if (scope === 'carrier') {
    if (!Object.hasOwn(draft.params.carriers, target)) return;
    const carriers = { ...draft.params.carriers };
    const c = carriers[target]!;
    const p = (carriers[target] = { costFactor: c.costFactor, extraDays: c.extraDays });
    draft.params = { carriers, channels: draft.params.channels, markets: draft.params.markets };
    if (field === 'costFactor' || field === 'extraDays') p[field] = Math.max(0, value);
  }
}

/**
 * A market's parameters copied as a literal in newGame's key order: a spread of this
 * 7-key record is V8's slow copy and gives it a hidden class of its own, and the duty,
 * VAT and demand code that reads these records was then deoptimised and compiled
 * again in every grade worker.
 */
function copyMarketParameters(p: GameState['params']['markets'][string]): GameState['params']['markets'][string] {
  return {
    demandFactor: p.demandFactor, dutyFreeThreshold: p.dutyFreeThreshold, dutyRate: p.dutyRate, perItemDuty: p.perItemDuty,
    priceSensitivity: p.priceSensitivity, vatFreeThreshold: p.vatFreeThreshold, vatRate: p.vatRate,
  };
}
