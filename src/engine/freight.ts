// What moving goods costs and how long it takes (calibration.md §3).
import type { Carrier, Product } from './schema';
import type { GameState } from './state';
import type { World } from './world';
import { withEffects } from './effects';
import { roundMoney } from './math';
import { intBetween, type StreamState } from './rng';

/** Freight charge in home minor units for `units` of a product in one shipment or parcel. */
export function freightCost(state: GameState, world: World, carrier: Carrier, product: Product, units: number, market: string): number {
  const kg = (product.weightGrams * units) / 1000;
  const cbm = (product.volumeCm3 * units) / 1e6;
  const base = carrier.perShipment + carrier.perKg * kg + carrier.perCbm * cbm;
  const factor = state.params.carriers[carrier.id]?.costFactor ?? 1;
  return roundMoney(withEffects(state, world, 'freightCost', base * factor, market, carrier.id));
}

/** The delivery time buyers are promised: the means of the ranges plus known delays. */
export function expectedDays(state: GameState, world: World, carrier: Carrier, market: string): number {
  const transit = (carrier.transitDays[0] + carrier.transitDays[1]) / 2;
  const customs = (carrier.customsDays[0] + carrier.customsDays[1]) / 2;
  return delayed(state, world, carrier, market, transit, customs);
}

/** Days for one shipment, drawn when it is sent. */
export function drawDays(state: GameState, world: World, carrier: Carrier, market: string, rng: StreamState): number {
  const transit = intBetween(rng, carrier.transitDays[0], carrier.transitDays[1]);
  const customs = intBetween(rng, carrier.customsDays[0], carrier.customsDays[1]);
  return Math.round(delayed(state, world, carrier, market, transit, customs));
}

function delayed(state: GameState, world: World, carrier: Carrier, market: string, transit: number, customs: number): number {
  const t = withEffects(state, world, 'transitDays', transit, market, carrier.id);
  const c = withEffects(state, world, 'customsDays', customs, market, carrier.id);
  const extra = state.params.carriers[carrier.id]?.extraDays ?? 0;
  return Math.max(0, t + c + extra);
}

export function lossRate(state: GameState, world: World, carrier: Carrier, market: string): number {
  const r = withEffects(state, world, 'lossRate', carrier.lossRate, market, carrier.id);
  return r < 0 ? 0 : r > 1 ? 1 : r;
}
