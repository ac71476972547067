// Compliance, market research and the team (issue 3, "Engine breadth", risk side).
// Seed 000 ch. 9 风险管理 (9.1.1 知识产权, 9.1.2 网络安全, 9.1.4 税收; 9.2.1 及时注册商标),
// seed 004 §05 (政策法規風險, 支付安全風險), seed 000 §2.1 市场调研方法 (文案/实地/实验/专家),
// seed 000 ch. 11 团队建设. Engine side: src/engine/compliance.ts, research.ts, team.ts,
// phases/risk.ts. Every field has a default, so files written before these systems load
// and play as before: a market not listed under `compliance.markets` runs no compliance risk.
import { z } from 'zod';
import { Fraction, Id, Money, Source } from './common';
import { Category } from './market';

const Registration = (cost: number, turns: number, cut: number, what: string) => z.strictObject({
  cost: Money.default(cost).describe(`One-off cost of ${what} (home minor units).`),
  turns: z.number().int().min(0).max(52).default(turns).describe('Turns before it takes effect (0 = this turn).'),
  cut: Fraction.default(cut).describe('Share of the takedown odds it removes once in effect.'),
});

/** Per market: the odds a compliance problem hits, and what the market requires. */
export const MarketCompliance = z.strictObject({
  market: Id.describe('The market these rules apply to.'),
  ipComplaintChance: Fraction.default(0.01).describe('Chance per listing per turn of an IP complaint (trademark, patent, copyright) that takes the listing down, before a trademark cuts it.'),
  certificationChance: Fraction.default(0).describe('Chance per listing per turn that an uncertified product of a category in `certifiedCategories` is taken down (CE, FCC, CPSC-like rules), before a certificate cuts it.'),
  certifiedCategories: z.array(Category).max(9).default([]).describe('Categories whose products need a certificate in this market.'),
  taxRegistration: z.boolean().default(false).describe('Sellers must register for VAT / IOSS / GST here; unregistered sales risk a penalty.'),
  taxPenaltyChance: Fraction.default(0.1).describe('Chance per turn with sales that an unregistered seller is caught.'),
  taxPenaltyShare: z.number().min(0).max(5).default(0.5).describe('The penalty as a share of last turn’s revenue in the market (back tax, fine, goods held).'),
  source: Source,
});
export type MarketCompliance = z.infer<typeof MarketCompliance>;

export const ComplianceRules = z.strictObject({
  trademark: Registration(500000, 8, 0.7, 'a trademark in one market').prefault({}).describe('Trademark registration per market (seed 000 9.2.1). Default ¥5,000 and 8 turns: model assumption (marketplace brand programmes accept pending applications).'),
  certification: Registration(1500000, 4, 0.9, 'a certificate for one product in one market').prefault({}).describe('Product certificate per product × market (CE/FCC-like). Default ¥15,000 and 4 turns: model assumption.'),
  taxRegistration: z.strictObject({
    cost: Money.default(300000).describe('One-off cost of registering (home minor units).'),
    turns: z.number().int().min(0).max(52).default(2).describe('Turns before the registration takes effect (0 = this turn); until then penalties can still hit.'),
  }).prefault({}).describe('VAT / IOSS / GST registration per market (cal. §4 EU VAT / IOSS).'),
  takedownTurns: z.number().int().min(1).max(52).default(3).describe('Turns a listing stays down after a complaint.'),
  suspension: z.strictObject({
    // 0.01 suspended the balanced seller's marketplace account in 11 of 20 campaign years
    // and the aggressive one's in 20 of 20, against the 1–5% of sellers a year of cal. §7;
    // 0.002 gives 3 and 10 of 20. Takedowns, the strikes themselves, stay as they are.
    perStrike: Fraction.default(0.002).describe('Chance per turn, per strike on a channel account, that the account is suspended (model assumption, near cal. §7: 1–5% of sellers a year).'),
    strikeDecay: Fraction.default(0.1).describe('Share of strikes forgotten each turn.'),
    turns: z.number().int().min(1).max(52).default(4).describe('Turns every listing on the channel stays down.'),
  }).prefault({}).describe('Marketplace account suspension (cal. §7: 1–5% of sellers a year, unsourced estimate); each takedown is a strike.'),
  security: z.strictObject({
    cutMax: Fraction.default(0.8).describe('Largest share of breach odds security spending can remove.'),
    spendRef: Money.default(200000).describe('Weekly spend (home minor units) that removes 63% of cutMax.'),
  }).prefault({}).describe('Data and payment security spend (seed 000 9.2.2): cuts the odds that a `dataBreach` crisis hits the company.'),
  // Optional, not defaulted (crises.ts BACKUP_SUPPLIER): a default would enter every
  // loaded scenario, so its hash, and every run file recorded before would stop matching.
  backupSupplier: z.strictObject({
    cost: Money.describe('One-off cost of qualifying a backup factory: audit, samples, a trial order (home minor units).'),
    turns: z.number().int().min(0).max(52).describe('Turns before it can take over (0 = this turn).'),
    source: Source,
  }).optional().describe('Qualifying a backup supplier (seed 004 §05 供應鏈中斷應急方案: a backup supplier list, switched to within 48 hours). Absent = ¥20,000 and 4 turns (model assumption). Crisis options with `withBackupSupplier` get their terms once it is in effect.'),
  markets: z.array(MarketCompliance).max(30).default([]).describe('Compliance risk per market; a market not listed runs none (README §14).'),
});
export type ComplianceRules = z.infer<typeof ComplianceRules>;

export const RESEARCH_KINDS = ['desk', 'field', 'experiment', 'expert'] as const;
export type ResearchKind = (typeof RESEARCH_KINDS)[number];
export const RESEARCH_MEASURES = ['visitors', 'fit', 'priceSensitivity'] as const;
export type ResearchMeasure = (typeof RESEARCH_MEASURES)[number];

const Method = (cost: number, turns: number, error: number) => z.strictObject({
  cost: Money.default(cost).describe('Home minor units, paid when commissioned.'),
  turns: z.number().int().min(0).max(26).default(turns).describe('Turns until the result arrives.'),
  error: z.number().min(0).max(2).default(error).describe('Standard error of the estimate, as a share of the true value.'),
});

/** Seed 000 §2.1: desk (文案调研), field (实地调研), experiment (实验调研), expert (专家调研). Model assumptions. */
export const ResearchRules = z.strictObject({
  desk: Method(300000, 1, 0.4).prefault({}).describe('Desk research (文案调研): default ¥3,000, 1 turn, error 0.40 (model assumption).'),
  field: Method(3000000, 4, 0.08).prefault({}).describe('Field research (实地调研): default ¥30,000, 4 turns, error 0.08 (model assumption).'),
  experiment: Method(1500000, 3, 0.12).prefault({}).describe('An experiment (实验调研), which needs the company’s own listing in the market: default ¥15,000, 3 turns, error 0.12 (model assumption).'),
  expert: Method(800000, 2, 0.2).prefault({}).describe('Expert interviews (专家调研): default ¥8,000, 2 turns, error 0.20 (model assumption).'),
});
export type ResearchRules = z.infer<typeof ResearchRules>;

export const TEAM_ROLES = ['operations', 'marketing', 'service', 'data'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const Role = (salary: number, weight: number) => z.strictObject({
  salary: Money.default(salary).describe('Weekly salary per person (home minor units).'),
  weight: Fraction.default(weight).describe('Cart-rate penalty when this role is wholly short of the work (scaled by the shortfall).'),
});

/** Seed 000 ch. 11 团队建设. Model assumptions. */
export const TeamRules = z.strictObject({
  baseCapacity: z.number().int().min(0).max(1000).default(1000).describe('Market × channel pairs the founders run well in every role. The default (1000) leaves capacity out, so files written before the team existed play as before.'),
  perPerson: z.number().min(0).max(50).default(3).describe('Pairs each hire adds to the role’s capacity.'),
  operations: Role(150000, 0.15).prefault({}).describe('Operations staff: default ¥1,500 a week, weight 0.15 (model assumption).'),
  marketing: Role(150000, 0.1).prefault({}).describe('Marketing staff: default ¥1,500 a week, weight 0.10 (model assumption).'),
  service: Role(100000, 0.1).prefault({}).describe('Service staff: default ¥1,000 a week, weight 0.10 (model assumption).'),
  data: Role(200000, 0.05).prefault({}).describe('Data staff: default ¥2,000 a week, weight 0.05 (model assumption).'),
  maxPerRole: z.number().int().min(0).max(500).default(50).describe('Most people a company may employ in one role (setStaff refuses more).'),
  source: Source,
});
export type TeamRules = z.infer<typeof TeamRules>;
