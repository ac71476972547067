// The scenario file format and the engine's world types, from one schema.
// scenarios/scenario.schema.json is generated from `Scenario` (npm run schema).
import { z } from 'zod';
import { CurrencyCode, Fraction, Id, Localised, Source } from './common';
import { Currency } from './currency';
import { Market, Warehouse } from './market';
import { Product } from './product';
import { Channel } from './channel';
import { Carrier, PaymentMethod } from './logistics';
import { CompanyStart, Competitor } from './company';
import { Case, EventType, Objective } from './events';
import { Script } from './script';
import { EarlyWarning } from './earlyWarning';
import { RiskTools } from './riskTools';
import { ComplianceRules, ResearchRules, TeamRules } from './compliance';
import { CustomerRules, Marketing, ServiceRules } from './buyers';
import { Action } from '../actions/schema';

export const SeedPolicy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), seed: z.number().int().min(0).max(0xffffffff) }),
  z.strictObject({
    kind: z.literal('perStudent'),
    salt: z.string().min(1).max(200).describe('The assignment salt: the seed is derived from it and the student id.'),
  }),
]);

export const ScoringWeights = z.strictObject({
  profit: Fraction, growth: Fraction, satisfaction: Fraction,
  risk: Fraction, compliance: Fraction, objectives: Fraction,
});

export const Scenario = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is three numbers, like 1.0.0'),
  title: Localised,
  briefing: Localised,
  debrief: Localised.optional(),
  difficulty: z.number().int().min(1).max(5),
  turns: z.number().int().min(1).max(104),
  startWeek: z.number().int().min(1).max(52).describe('Week of the year of turn 1 (drives the season calendar).'),
  homeCurrency: CurrencyCode,
  seedPolicy: SeedPolicy,
  currencies: z.array(Currency).min(1).max(30),
  markets: z.array(Market).min(1).max(30),
  products: z.array(Product).min(1).max(60),
  channels: z.array(Channel).min(1).max(30),
  warehouses: z.array(Warehouse).max(30).default([]),
  carriers: z.array(Carrier).min(1).max(30),
  paymentMethods: z.array(PaymentMethod).min(1).max(30),
  competitors: z.array(Competitor).max(10).default([]),
  marketing: Marketing.prefault({}).describe('Creator tiers, localisation levels, backlash and festival campaigns (README §12.2).'),
  customers: CustomerRules.prefault({}).describe('Loyalty programmes and complaint handling (README §12.3).'),
  service: ServiceRules.optional().describe('Customer service: agents’ wages, language and time-zone cover, reply capacity (README §12.4). Without this block, reply times do not move satisfaction or complaints, so scenarios written before it play as they did; staff still cost their wage and settle complaints.'),
  events: z.array(EventType).max(50).default([]),
  objectives: z.array(Objective).max(30).default([]),
  earlyWarning: EarlyWarning.default(EarlyWarning.parse({})).describe('Thresholds of the early-warning indicators in each report (lesson 20).'),
  riskTools: RiskTools.default(RiskTools.parse({})).describe('FX forwards (lesson 6) and cargo insurance.'),
  compliance: ComplianceRules.prefault({}).describe('Trademarks, certificates, IP takedowns, account suspension, tax registration, security (README §14; lesson 11).'),
  research: ResearchRules.prefault({}).describe('Market research methods: cost, time, error (README §15; lesson 5).'),
  team: TeamRules.prefault({}).describe('Staff roles, salaries and capacity (README §17).'),
  player: CompanyStart.describe('The student’s company at turn 1.'),
  scoring: ScoringWeights,
  script: Script.optional(),
  case: Case.optional(),
  asHappened: z.strictObject({
    description: Localised.optional(),
    turns: z.array(z.strictObject({
      turn: z.number().int().min(1).max(104),
      actions: z.array(Action).max(200),
    })).max(104),
  }).optional().describe('What the real company did, turn by turn: played by `chuhai run --as-happened` and the as-happened bot.'),
  source: Source,
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type SeedPolicy = z.infer<typeof SeedPolicy>;
