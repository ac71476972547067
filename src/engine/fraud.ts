// Fraud and chargebacks (seed 004 §05 支付安全风险: "跨境支付存在欺诈、拒付等隱患，
// 需…強化交易風控系統"; lesson 16). A share of prepaid orders turns out to be
// fraud: the card holder disputes it, the money goes back with a fee, and the
// goods are gone. Risk-control spend (screening, 3-D Secure, manual review) stops
// part of it, with diminishing returns.
import { clamp, exp } from './math';

/** The most screening can stop: some fraud always gets through (model assumption). */
export const FRAUD_CUT_MAX = 0.7;
/**
 * Spend, as a share of the prepaid sales it screens, that stops 1 − 1/e (63%) of
 * what screening can stop: 0.5% of sales cuts fraud by 44%, 1% by 61%, 2% by 69%
 * (model assumption; calibration.md has no row for screening costs).
 */
export const FRAUD_SPEND_REF = 0.005;

/** Share of fraud stopped by a week's risk-control spend over that week's prepaid sales (home minor units). */
export function fraudCut(spend: number, prepaidSales: number): number {
  if (spend <= 0) return 0;
  if (prepaidSales <= 0) return FRAUD_CUT_MAX;
  return FRAUD_CUT_MAX * (1 - exp(-spend / (FRAUD_SPEND_REF * prepaidSales)));
}

/** Chance that one prepaid order comes back as a chargeback. */
export function chargebackChance(fraudRate: number, exposure: number, cut: number): number {
  return clamp(fraudRate * exposure * (1 - cut), 0, 1);
}
