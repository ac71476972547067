// The decisions a company can make in a turn, as typed data (DESIGN.md §2).
// The shape is checked by zod; whether an action is legal in the current state
// (enough cash, stock, a channel that serves the market…) is checked by its
// handler, which refuses with a reason and changes nothing.
import { z } from 'zod';
import { Id, Money } from '../schema/common';

const Where = { market: Id, channel: Id, product: Id };

export const Action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setPrice'), ...Where, price: Money }),
  z.strictObject({ type: z.literal('delist'), ...Where }),
  z.strictObject({ type: z.literal('setDiscount'), ...Where, discount: z.number().min(0).max(0.9), turns: z.number().int().min(1).max(12) }),
  z.strictObject({ type: z.literal('orderStock'), product: Id, units: z.number().int().min(1).max(1e7) }),
  z.strictObject({ type: z.literal('ship'), product: Id, units: z.number().int().min(1).max(1e7), to: Id, carrier: Id }),
  z.strictObject({ type: z.literal('setFulfilment'), market: Id, from: z.union([z.literal('home'), Id]), carrier: Id.optional() }),
  z.strictObject({ type: z.literal('setPayments'), market: Id, methods: z.array(Id).max(12) }),
  z.strictObject({ type: z.literal('setAdBudget'), market: Id, weekly: Money }),
]);
export type Action = z.infer<typeof Action>;
export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

