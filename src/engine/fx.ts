// Exchange rates as integers: home-currency units per one local unit, scaled by
// 1,000,000,000 (calibration.md §5; fine enough for IDR at 0.00045). Conversion between minor units uses the one
// rounding rule of math.ts, so every engine converts to the same fen.
import { mulDiv, roundMoney } from './math';

export const FX_SCALE = 1_000_000_000;

export function rateToMicro(rate: number): number {
  return roundMoney(rate * FX_SCALE);
}

/** Local minor units → home minor units at a scaled rate; one rounding, at the end. */
export function toHome(localMinor: number, rateMicro: number, localDecimals: number, homeDecimals: number): number {
  const sign = localMinor < 0 ? -1 : 1;
  const by = homeDecimals - localDecimals;
  // Shift the decimals before rounding, so ¥37 JPY is 178 fen, not 200.
  const value = by >= 0
    ? mulDiv(Math.abs(localMinor) * tenTo(by), rateMicro, FX_SCALE)
    : mulDiv(Math.abs(localMinor), rateMicro, FX_SCALE * tenTo(-by));
  return value === 0 ? 0 : sign * value;
}

/** Home minor units → local minor units. */
export function toLocal(homeMinor: number, rateMicro: number, localDecimals: number, homeDecimals: number): number {
  const shifted = homeMinor * tenTo(localDecimals) / tenTo(homeDecimals);
  return roundMoney((shifted * FX_SCALE) / rateMicro);
}

function tenTo(n: number): number {
  let r = 1;
  for (let i = 0; i < n; i += 1) r *= 10;
  return r;
}
