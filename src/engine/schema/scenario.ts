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
  z.strictObject({
    kind: z.literal('fixed').describe('Every student plays the same world, from `seed`: good for a class discussion of one shared run.'),
    seed: z.number().int().min(0).max(0xffffffff).describe('The random seed of every run (0 to 4294967295).'),
  }),
  z.strictObject({
    kind: z.literal('perStudent').describe('Each student gets a seed derived from `salt` and the student id, so neighbours cannot copy moves and a grader can recompute it.'),
    salt: z.string().min(1).max(200).describe('The assignment salt: the seed is derived from it and the student id (scenarios/README.md §4). Use a new salt for each assignment.'),
  }),
]);

export const ScoringWeights = z.strictObject({
  profit: Fraction.describe('Weight of the profit part (0–1): profit over the whole run against the opening capital.'),
  growth: Fraction.describe('Weight of the growth part (0–1): revenue and orders of the last third of the run against the first third.'),
  satisfaction: Fraction.describe('Weight of the satisfaction part (0–1): satisfaction and rating, weighted by orders, with stock-outs counting against.'),
  risk: Fraction.describe('Weight of the risk part (0–1): no bankruptcy, cash runway, stock-outs, weeks of stock, FX losses and crises answered.'),
  compliance: Fraction.describe('Weight of the compliance part (0–1): the share of turns with an action the engine refused.'),
  objectives: Fraction.describe('Weight of the objectives part (0–1): the share of active objectives met; left out when no objective is active.'),
});

export const Scenario = z.strictObject({
  $schema: z.string().max(500).optional().describe('Path of scenario.schema.json relative to this file ("./scenario.schema.json" in scenarios/), for editor completion.'),
  id: Id.describe('The scenario’s name: runs and the CLI find it by this; the shipped-scenario tests want the file named after it (<id>.json).'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is three numbers, like 1.0.0').describe('Version of the scenario, like "1.0.0": raise it whenever you change a scenario students already play (runs record its hash).'),
  title: Localised.describe('The scenario’s title in the scenario list.'),
  briefing: Localised.describe('The case story students read before turn 1.'),
  debrief: Localised.optional().describe('Text shown to students at the end of the run.'),
  difficulty: z.number().int().min(1).max(5).describe('Difficulty from 1 (easiest) to 5, shown as stars in the scenario list; the engine does not read it.'),
  turns: z.number().int().min(1).max(104).describe('Length of the run in turns; a turn is one week (courses use 8–52).'),
  startWeek: z.number().int().min(1).max(52).describe('Week of the year of turn 1 (drives the season calendar).'),
  homeCurrency: CurrencyCode.describe('ISO code of the seller’s currency (CNY in the shipped scenarios): cash, costs and money KPIs are in its minor units. List it in `currencies` with rate 1.'),
  seedPolicy: SeedPolicy.describe('How each run’s random seed is chosen: `fixed` (one world for the class) or `perStudent` (scenarios/README.md §4).'),
  currencies: z.array(Currency).min(1).max(30).describe('The home currency (rate 1, volatility 0) and the currency of every market, with their exchange-rate walks.'),
  markets: z.array(Market).min(1).max(30).describe('The countries or regions the companies can sell in.'),
  products: z.array(Product).min(1).max(60).describe('The products a company can source, each with its hidden true demand per market.'),
  channels: z.array(Channel).min(1).max(30).describe('Sales channels (marketplaces, social shops, own sites, B2B portals) and the markets each serves.'),
  warehouses: z.array(Warehouse).max(30).default([]).describe('Overseas warehouses, each in one market.'),
  carriers: z.array(Carrier).min(1).max(30).describe('Parcel services (each order from China to the buyer) and freight services (stock to an overseas warehouse).'),
  paymentMethods: z.array(PaymentMethod).min(1).max(30).describe('Payment methods a company can offer; each market’s `paymentMix` says how many buyers prefer each.'),
  competitors: z.array(Competitor).max(10).default([]).describe('AI rivals, played by the engine with the student’s actions and refusals (README §7, §16).'),
  marketing: Marketing.prefault({}).describe('Creator tiers, localisation levels, backlash and festival campaigns (README §12.2).'),
  customers: CustomerRules.prefault({}).describe('Loyalty programmes and complaint handling (README §12.3).'),
  service: ServiceRules.optional().describe('Customer service: agents’ wages, language and time-zone cover, reply capacity (README §12.4). Without this block, reply times do not move satisfaction or complaints, so scenarios written before it play as they did; staff still cost their wage and settle complaints.'),
  events: z.array(EventType).max(50).default([]).describe('Things that happen, started by the script or by chance, each changing parameters for some turns (scenarios/README.md §6).'),
  objectives: z.array(Objective).max(30).default([]).describe('Goals shown to the student and scored at the end of the run (scenarios/README.md §7).'),
  earlyWarning: EarlyWarning.default(EarlyWarning.parse({})).describe('Thresholds of the early-warning indicators in each report (lesson 20).'),
  riskTools: RiskTools.default(RiskTools.parse({})).describe('FX forwards (lesson 6) and cargo insurance.'),
  compliance: ComplianceRules.prefault({}).describe('Trademarks, certificates, IP takedowns, account suspension, tax registration, security (README §14; lesson 11).'),
  research: ResearchRules.prefault({}).describe('Market research methods: cost, time, error (README §15; lesson 5).'),
  team: TeamRules.prefault({}).describe('Staff roles, salaries and capacity (README §17).'),
  player: CompanyStart.describe('The student’s company at turn 1.'),
  scoring: ScoringWeights.describe('Weights of the six score parts, each scored 0–100; the total is their weighted sum (scenarios/README.md §9). The shipped files make them add up to 1.'),
  script: Script.optional().describe('The story: an XState machine in JSON, advanced once a turn by the TURN event, with guards and actions from a fixed list (scenarios/README.md §5).'),
  case: Case.optional().describe('A case scenario’s headline figures from the seed, which `chuhai report` measures on a run (scenarios/README.md §8).'),
  asHappened: z.strictObject({
    description: Localised.optional().describe('The case’s play, in a few sentences: the seed records the outcome, so say which moves are the scenario’s reconstruction.'),
    turns: z.array(z.strictObject({
      turn: z.number().int().min(1).max(104).describe('The turn these actions are played in (1 to `turns`).'),
      actions: z.array(Action).max(200).describe('The decisions of the reconstructed play that turn, written as a student’s actions.'),
    })).max(104).describe('The turns in which the reconstructed play acts, each with its actions.'),
  }).optional().describe('The case’s play as reconstructed from the seed, turn by turn: played by `chuhai run --as-happened`, the as-happened bot and the case debrief’s comparison.'),
  source: Source,
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type SeedPolicy = z.infer<typeof SeedPolicy>;
