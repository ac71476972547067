// Risk tools a company can buy (seed 000 ch. 9 风险管理; seed 004 §05 貨幣匯率波動風險:
// "需通過金融工具對沖"): FX forwards and cargo insurance. Engine side:
// src/engine/forwards.ts, actions/hedging.ts. Every field has a default.
import { z } from 'zod';
import { Fraction } from './common';

export const RiskTools = z.strictObject({
  forwardCostPerYear: Fraction.default(0.017).describe('Discount of the forward rate to spot, per year of cover (cal. §5: exporters\' USD/CNY forward cost ~1.7% a year).'),
  maxForwardTurns: z.number().int().min(1).max(52).default(26).describe('Longest forward a bank sells, in turns.'),
  cargoInsuranceRate: Fraction.default(0.004).describe('Cargo insurance premium as a share of the goods value (factory cost) of each insured shipment (model assumption: all-risks cover is commonly quoted at 0.3–0.5%).'),
  cargoInsuranceCover: Fraction.default(1).describe('Share of the goods value of lost or damaged units the insurer pays back.'),
});
export type RiskTools = z.infer<typeof RiskTools>;
