// FX forwards (seed 004 §05 貨幣匯率波動風險: "需通過金融工具對沖"; lesson 6). A
// forward sells a share of each turn's sales in one currency, for N turns, at a
// rate fixed today: spot less the bank's points (cal. §5: ~1.7% a year for
// USD/CNY exporters). Each turn the hedged share is settled in cash against the
// spot rate through the ledger (fxGainLoss, memo "forward settlement"): the
// company gives up some of the mean for a narrower spread of profit.
import type { Company, Forward, GameState } from './state';
import type { World } from './world';
import type { SalesCell, TurnLog } from './log';
import { copyBalances, post } from './ledger';
import { roundMoney } from './math';
import { toHome } from './fx';
import { copyCompany, withCompanies } from './companyCopy';
import { keepRecords } from './recordLists';

const WEEKS_PER_YEAR = 52;

/** The forward rate for `turns` turns of cover: spot × (1 − cost per year × years). */
export function forwardRate(spot: number, costPerYear: number, turns: number): number {
  return roundMoney(spot * (1 - (costPerYear * turns) / WEEKS_PER_YEAR));
}

/** Share of the currency's sales already hedged in a turn. */
export function hedgedShare(forwards: readonly Forward[], currency: string, turn: number): number {
  let s = 0;
  for (const f of forwards) if (f.currency === currency && f.fromTurn <= turn && f.untilTurn >= turn) s += f.share;
  return s;
}

/** Settles the turn's forwards on the sales just made; forwards that end this turn are dropped. */
export function settleForwards(state: GameState, world: World, log: TurnLog, cells: readonly SalesCell[]): GameState {
  const changed = new Map<string, Company>();
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.forwards.length === 0) continue;
    const d = copyCompany(c);
    d.ledger = copyBalances(c.ledger);
    for (const f of c.forwards) {
      if (f.fromTurn > log.turn || f.untilTurn < log.turn) continue;
      let local = 0;
      for (const cell of cells) {
        if (cell.company === id && world.markets.get(cell.market)?.currency === f.currency) local += cell.price * cell.unitsSold;
      }
      const hedged = roundMoney(local * f.share);
      if (hedged === 0) continue;
      const cur = world.currencies.get(f.currency);
      const decimals = cur?.decimals ?? 2;
      const settlement = toHome(hedged, f.rate, decimals, world.homeDecimals) - toHome(hedged, state.fx[f.currency] ?? f.rate, decimals, world.homeDecimals);
      d.cash += settlement;
      post(d.ledger, log.journal[id]!, 'cash', 'fxGainLoss', settlement, 'forward settlement');
    }
    d.forwards = keepRecords(c.forwards, (f) => f.untilTurn > log.turn);
    changed.set(id, d);
  }
  return withCompanies(state, changed);
}
