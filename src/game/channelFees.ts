// A sales channel's fees as they stand (DESIGN §2: channels "and their fees"; seed
// 000 ch. 5 channel choice): the commission and the fee per order the engine
// charges now — the scenario's, as a script's setParameter and a running event (a
// platform raising its rate mid-year) have changed them — the weekly fee for each
// market listed in, and the weeks before sales money is paid out. Read from the
// state and the scenario, never worked out here. Pure: tested in Node (tests/game).
import type { GameState } from '../engine';
import { worldOf } from '../engine';
import { withEffects } from '../engine/effects';

export interface ChannelFees {
  /** Share of the price buyers pay; with a range over markets, the lowest and highest. */
  commission: number;
  commissionMax: number;
  /** Home minor units. */
  feePerOrder: number;
  /** Home minor units, for each market the channel lists in (phases/costs.ts). */
  weeklyFee: number;
  payoutDelayTurns: number;
}

/** The channel's fees in `market`, or across the markets it sells in when none is given; null for an unknown channel. */
export function channelFees(state: GameState, channelId: string, market?: string): ChannelFees | null {
  const channel = state.scenario.channels.find((c) => c.id === channelId);
  if (!channel) return null;
  const params = Object.hasOwn(state.params.channels, channelId) ? state.params.channels[channelId]! : channel;
  const world = worldOf(state.scenario);
  // The engine's own rule for the commission of a sale (phases/sales.ts): an event's effect may be for one market only.
  const rates = (market === undefined ? channel.markets : [market])
    .map((m) => withEffects(state, world, 'commission', params.commission, m, undefined, channelId));
  return {
    commission: Math.min(...rates), commissionMax: Math.max(...rates),
    feePerOrder: params.feePerOrder, weeklyFee: channel.weeklyFee, payoutDelayTurns: channel.payoutDelayTurns,
  };
}
