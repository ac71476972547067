// Scenario scripts: an XState v5 machine config in plain JSON whose guards and
// actions are named from a fixed registry (DESIGN.md §5). The schema lists each
// name with its own parameters, so an editor completes them and a typo is an
// error with its path. Machines advance only on the TURN event: no `after`,
// `invoke` or delays (DESIGN.md §4).
import { z } from 'zod';
import { CurrencyCode, Id, Localised } from './common';
import { KpiKey } from './kpi';
import { Parameter } from './events';

const turn = z.number().int().min(0).max(1000);
const kpiTest = z.strictObject({
  kpi: KpiKey.describe('The student’s KPI, from the previous turn’s report (README §9); in turn 1 only cash, rating and satisfaction are set, the others read 0.'),
  value: z.number().min(-1e15).max(1e15).describe('The threshold, in the KPI’s unit: home minor units for money, fractions for rates (kpiAtLeast: KPI ≥ value; kpiBelow: KPI < value).'),
  market: Id.optional().describe('Read this market’s KPI; absent = the whole company’s. A market not yet entered satisfies no guard.'),
});
const event = Id.describe('Id of an event in `events`.');

/**
 * One guard or action of the registry: its `type` with what it does, and its
 * `params`, described by the names it takes (`what`: "guard" or "action").
 */
function ref<T extends string, P extends z.ZodRawShape>(type: T, does: string, what: 'guard' | 'action', params: z.ZodObject<P>) {
  const names = Object.keys(params.shape).map((k) => `\`${k}\``);
  const listed = names.length === 1 ? `parameter: ${names[0]}` : `parameters: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return z.strictObject({ type: z.literal(type).describe(does), params: params.describe(`The ${what}’s ${listed}.`) });
}

export const GuardRef = z.discriminatedUnion('type', [
  ref('turnIs', 'Holds in one turn.', 'guard', z.strictObject({ turn: turn.describe('The turn it holds in; a turn after the scenario’s last is a load error.') })),
  ref('turnAtLeast', 'Holds from a turn on.', 'guard', z.strictObject({ turn: turn.describe('The first turn it holds in; it holds in every later one too.') })),
  z.strictObject({ type: z.literal('kpiAtLeast').describe('Holds when a KPI of the previous turn is at least a value.'), params: kpiTest.describe('The guard’s parameters: `kpi`, `value` and, optionally, `market`.') }),
  z.strictObject({ type: z.literal('kpiBelow').describe('Holds when a KPI of the previous turn is below a value.'), params: kpiTest.describe('The guard’s parameters: `kpi`, `value` and, optionally, `market`.') }),
  ref('eventActive', 'Holds while an event is active (as it stood at the start of the turn).', 'guard', z.strictObject({ event })),
]);

export const ActionRef = z.discriminatedUnion('type', [
  ref('triggerEvent', 'Starts an event now; it lasts its durationTurns.', 'action', z.strictObject({ event })),
  ref('endEvent', 'Ends an active event now.', 'action', z.strictObject({ event })),
  ref('setParameter', 'Sets a market, channel or carrier parameter from now on (README §8).', 'action', z.strictObject({
    parameter: Parameter.describe('The parameter set; it keeps the new value until set again (scenarios/README.md §5).'),
    target: Id.describe('Id of the market, channel or carrier the parameter belongs to.'),
    value: z.number().min(-1e12).max(1e12).describe('The new value; its unit and limits depend on the parameter, checked on load (scenarios/README.md §5; src/engine/script/values.ts): rates and commission are fractions 0–1, thresholds and perItemDuty local minor units (negative removes a threshold), feePerOrder home minor units, demandFactor and costFactor multiples 0–20, extraDays whole days.'),
  })),
  ref('setObjective', 'Activates an objective (one with activeFromStart false).', 'action', z.strictObject({ objective: Id.describe('Id of an objective in `objectives`.') })),
  ref('showMessage', 'Shows the student a message.', 'action', z.strictObject({ text: Localised.describe('The message, read after this turn’s report, before the student plans the next turn.') })),
  ref('endScenario', 'Finishes the run.', 'action', z.strictObject({ reason: Localised.describe('Why the run ended, as the student reads it.') })),
  ref('shockCurrency', 'Moves an exchange rate once.', 'action', z.strictObject({
    currency: CurrencyCode.describe('ISO code of a market’s currency (not the home currency, whose rate is fixed).'),
    multiply: z.number().min(0.2).max(5).describe('Multiplies its rate (home units per local unit) once: 0.9 = the currency loses 10% against the home currency.'),
  })),
]);
export type GuardRef = z.infer<typeof GuardRef>;
export type ActionRef = z.infer<typeof ActionRef>;

const Actions = z.union([ActionRef, z.array(ActionRef).max(20)]);

export const Transition = z.strictObject({
  target: z.string().min(1).max(200).optional().describe('A sibling state name, or "#id" / ".child".'),
  guard: GuardRef.optional().describe('Taken only when this holds; absent = whenever the transition is tried.'),
  actions: Actions.optional().describe('Actions run, in order, when the transition is taken.'),
  description: z.string().max(500).optional().describe('A note for authors; it does not change play.'),
});
const Transitions = z.union([Transition, z.array(Transition).max(20)]);
const TURN_TEXT = 'Transitions tried each turn, in order: the first whose guard holds is taken.';
const ALWAYS_TEXT = 'Transitions taken within the turn as soon as their guard holds, without waiting for TURN; the loader refuses endless loops.';

export interface StateNodeConfig {
  type?: 'atomic' | 'compound' | 'final';
  initial?: string;
  id?: string;
  description?: string;
  entry?: ActionRef | ActionRef[];
  exit?: ActionRef | ActionRef[];
  on?: { TURN?: z.infer<typeof Transitions> };
  always?: z.infer<typeof Transitions>;
  states?: Record<string, StateNodeConfig>;
}

export const StateNode: z.ZodType<StateNodeConfig> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['atomic', 'compound', 'final']).optional().describe('"final" ends the script when entered; absent = atomic, or compound when it has `states`.'),
    initial: z.string().min(1).max(100).optional().describe('The child state entered first (a key of `states`).'),
    id: Id.optional().describe('Lets any transition target this state as "#id".'),
    description: z.string().max(500).optional().describe('A note for authors; it does not change play.'),
    entry: Actions.optional().describe('Actions run when the state is entered.'),
    exit: Actions.optional().describe('Actions run when the state is left.'),
    on: z.strictObject({ TURN: Transitions.optional().describe(TURN_TEXT) }).optional()
      .describe('Scripts advance only on the TURN event sent once per turn.'),
    always: Transitions.optional().describe(ALWAYS_TEXT),
    states: z.record(Id, StateNode).optional().describe('Child states, by name.'),
  }),
);

export const Script = z.strictObject({
  id: Id.optional().describe('Id of the machine, for "#id" targets.'),
  initial: z.string().min(1).max(100).describe('The state the script starts in (a key of `states`).'),
  description: z.string().max(500).optional().describe('A note for authors; it does not change play.'),
  entry: Actions.optional().describe('Actions run when the script starts, at the start of the run.'),
  on: z.strictObject({ TURN: Transitions.optional().describe(TURN_TEXT) }).optional()
    .describe('Transitions of the whole machine, tried when the active state takes none.'),
  always: Transitions.optional().describe(ALWAYS_TEXT),
  states: z.record(Id, StateNode).describe('The states of the story, by name.'),
});
export type Script = z.infer<typeof Script>;
