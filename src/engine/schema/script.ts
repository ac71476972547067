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
const kpiTest = z.strictObject({ kpi: KpiKey, value: z.number().min(-1e15).max(1e15), market: Id.optional() });

export const GuardRef = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('turnIs'), params: z.strictObject({ turn }) }),
  z.strictObject({ type: z.literal('turnAtLeast'), params: z.strictObject({ turn }) }),
  z.strictObject({ type: z.literal('kpiAtLeast'), params: kpiTest }),
  z.strictObject({ type: z.literal('kpiBelow'), params: kpiTest }),
  z.strictObject({ type: z.literal('eventActive'), params: z.strictObject({ event: Id }) }),
]);

export const ActionRef = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('triggerEvent'), params: z.strictObject({ event: Id }) }),
  z.strictObject({ type: z.literal('endEvent'), params: z.strictObject({ event: Id }) }),
  z.strictObject({
    type: z.literal('setParameter'),
    params: z.strictObject({ parameter: Parameter, target: Id, value: z.number().min(-1e12).max(1e12) }),
  }),
  z.strictObject({ type: z.literal('setObjective'), params: z.strictObject({ objective: Id }) }),
  z.strictObject({ type: z.literal('showMessage'), params: z.strictObject({ text: Localised }) }),
  z.strictObject({ type: z.literal('endScenario'), params: z.strictObject({ reason: Localised }) }),
  z.strictObject({ type: z.literal('shockCurrency'), params: z.strictObject({ currency: CurrencyCode, multiply: z.number().min(0.2).max(5) }) }),
]);
export type GuardRef = z.infer<typeof GuardRef>;
export type ActionRef = z.infer<typeof ActionRef>;

const Actions = z.union([ActionRef, z.array(ActionRef).max(20)]);

export const Transition = z.strictObject({
  target: z.string().min(1).max(200).optional().describe('A sibling state name, or "#id" / ".child".'),
  guard: GuardRef.optional(),
  actions: Actions.optional(),
  description: z.string().max(500).optional(),
});
const Transitions = z.union([Transition, z.array(Transition).max(20)]);

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
    type: z.enum(['atomic', 'compound', 'final']).optional(),
    initial: z.string().min(1).max(100).optional(),
    id: Id.optional(),
    description: z.string().max(500).optional(),
    entry: Actions.optional(),
    exit: Actions.optional(),
    on: z.strictObject({ TURN: Transitions.optional() }).optional()
      .describe('Scripts advance only on the TURN event sent once per turn.'),
    always: Transitions.optional(),
    states: z.record(Id, StateNode).optional(),
  }),
);

export const Script = z.strictObject({
  id: Id.optional(),
  initial: z.string().min(1).max(100),
  description: z.string().max(500).optional(),
  entry: Actions.optional(),
  on: z.strictObject({ TURN: Transitions.optional() }).optional(),
  always: Transitions.optional(),
  states: z.record(Id, StateNode),
});
export type Script = z.infer<typeof Script>;
