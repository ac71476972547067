// Import duties and VAT (calibration.md §4): a category rate on the customs value,
// low-value (de minimis) thresholds, a flat per-item duty, and VAT included in
// consumer prices. Parameters can be changed by scripts (a tariff or de minimis
// change, lesson 17) and by events.
import type { Category } from './schema';
import type { GameState } from './state';
import type { World } from './world';
import { withEffects } from './effects';

export function dutyRate(state: GameState, world: World, market: string, category: Category): number {
  const m = world.markets.get(market);
  const p = state.params.markets[market];
  if (!m || !p) return 0;
  // A category rate set in the scenario adds on top of the market's base rate
  // the script may have raised (e.g. Section 301 lists on electronics).
  const categoryExtra = (m.tax.dutyByCategory[category] ?? m.tax.dutyRate) - m.tax.dutyRate;
  const r = withEffects(state, world, 'dutyRate', p.dutyRate + categoryExtra, market);
  return r < 0 ? 0 : r;
}

export interface ParcelTax { dutyLocal: number; vatShare: number }

/**
 * Duty (local minor units per order) and the VAT share of the price for one
 * parcel of value `orderValue` sent straight to a buyer.
 */
export function parcelTax(state: GameState, world: World, market: string, category: Category, orderValue: number): ParcelTax {
  return { dutyLocal: parcelDutyLocal(state, world, market, category, orderValue), vatShare: parcelVatShare(state, market, orderValue) };
}

/** parcelTax's VAT share alone (the sales loop asks once per listing and needs no object). */
export function parcelVatShare(state: GameState, market: string, orderValue: number): number {
  const p = state.params.markets[market];
  if (!p) return 0;
  // Thresholds apply to the customs value, the price without the VAT in it.
  const netValue = orderValue / (1 + p.vatRate);
  const vatExempt = p.vatFreeThreshold !== null && netValue <= p.vatFreeThreshold;
  return vatExempt ? 0 : p.vatRate / (1 + p.vatRate);
}

/** parcelTax's duty alone, local minor units per order. */
export function parcelDutyLocal(state: GameState, world: World, market: string, category: Category, orderValue: number): number {
  const p = state.params.markets[market];
  if (!p) return 0;
  const netValue = orderValue / (1 + p.vatRate);
  const dutyExempt = p.dutyFreeThreshold !== null && netValue <= p.dutyFreeThreshold;
  const customsValue = netValue;
  // A flat per-parcel duty replaces the exemption for low-value parcels (EU €3
  // from July 2026, calibration §4); with no threshold it applies to every parcel.
  const flat = dutyExempt || p.dutyFreeThreshold === null ? p.perItemDuty : 0;
  return (dutyExempt ? 0 : customsValue * dutyRate(state, world, market, category)) + flat;
}

/** VAT share of the consumer price for stock sold from a warehouse inside the market. */
export function domesticVatShare(state: GameState, market: string): number {
  const p = state.params.markets[market];
  return p ? p.vatRate / (1 + p.vatRate) : 0;
}
