// Step 5 of loading: checks that need the whole scenario — ids that must be
// unique, ids that must point at something, shares that must add up. zod checks
// each value on its own; these rules relate values to each other. Every problem
// is reported (not just the first) with the path of the offending field.
import type { Scenario } from '../engine/schema';
import type { Problem } from '../engine/problems';
import { checkUnique, makeContext, round4, type RefContext } from './refContext';
import { checkCompanyStart } from './referencesCompany';
import { checkAsHappened, checkCase, checkEvents, checkObjectives } from './referencesPlay';
import { checkCompliance } from './referencesRisk';

/** Tolerance for shares that must not exceed 1: authors write 0.33 + 0.33 + 0.34. */
const SHARE_SLACK = 1.0001;

export function checkReferences(scenario: Scenario): Problem[] {
  const ctx = makeContext(scenario);
  checkUniqueness(ctx);
  checkCurrencies(ctx);
  checkMarkets(ctx);
  checkChannels(ctx);
  checkProducts(ctx);
  scenario.warehouses.forEach((w, i) => ctx.expect(['warehouses', i, 'market'], w.market, ctx.markets, 'market'));
  scenario.carriers.forEach((c, i) => {
    checkUnique(ctx, c.markets, (m) => m, ['carriers', i, 'markets'], undefined, 'market');
    c.markets.forEach((m, k) => ctx.expect(['carriers', i, 'markets', k], m, ctx.markets, 'market'));
  });
  checkCompanyStart(ctx, scenario.player, ['player']);
  scenario.competitors.forEach((c, i) => checkCompanyStart(ctx, c.start, ['competitors', i, 'start']));
  checkObjectives(ctx);
  checkEvents(ctx);
  checkCase(ctx);
  checkAsHappened(ctx);
  checkCompliance(ctx);
  return ctx.problems;
}

function checkUniqueness(ctx: RefContext): void {
  const s = ctx.scenario;
  const byId = (x: { id: string }): string => x.id;
  checkUnique(ctx, s.markets, byId, ['markets'], 'id');
  checkUnique(ctx, s.products, byId, ['products'], 'id');
  checkUnique(ctx, s.channels, byId, ['channels'], 'id');
  checkUnique(ctx, s.warehouses, byId, ['warehouses'], 'id');
  checkUnique(ctx, s.carriers, byId, ['carriers'], 'id');
  checkUnique(ctx, s.paymentMethods, byId, ['paymentMethods'], 'id');
  checkUnique(ctx, s.competitors, byId, ['competitors'], 'id');
  checkUnique(ctx, s.events, byId, ['events'], 'id');
  checkUnique(ctx, s.objectives, byId, ['objectives'], 'id');
  checkUnique(ctx, s.currencies, (c) => c.code, ['currencies'], 'code');
  s.markets.forEach((m, i) => checkUnique(ctx, m.seasons, byId, ['markets', i, 'seasons'], 'id'));
}

function checkCurrencies(ctx: RefContext): void {
  const s = ctx.scenario;
  const index = s.currencies.findIndex((c) => c.code === s.homeCurrency);
  const home = s.currencies[index];
  if (!home) {
    ctx.report(['homeCurrency'], `the home currency "${s.homeCurrency}" must also be listed in "currencies" (with rate 1)`);
    return;
  }
  // Rates are quoted in home-currency units, so the home currency is 1 by definition.
  if (home.rate !== 1) ctx.report(['currencies', index, 'rate'], `the home currency's rate must be 1 (it is ${home.rate})`);
  if (home.volatility !== 0) {
    ctx.report(['currencies', index, 'volatility'], `the home currency cannot move against itself: volatility must be 0 (it is ${home.volatility})`);
  }
}

function checkMarkets(ctx: RefContext): void {
  ctx.scenario.markets.forEach((m, i) => {
    ctx.expect(['markets', i, 'currency'], m.currency, ctx.currencies, 'currency');
    checkUnique(ctx, m.paymentMix, (p) => p.method, ['markets', i, 'paymentMix'], 'method');
    m.paymentMix.forEach((p, k) => ctx.expect(['markets', i, 'paymentMix', k, 'method'], p.method, ctx.paymentMethods, 'payment method'));
    const total = m.paymentMix.reduce((sum, p) => sum + p.share, 0);
    if (total > SHARE_SLACK) {
      ctx.report(['markets', i, 'paymentMix'], `the shares add up to ${round4(total)}; together they may be at most 1`);
    }
  });
}

function checkChannels(ctx: RefContext): void {
  const s = ctx.scenario;
  s.channels.forEach((c, i) => {
    checkUnique(ctx, c.markets, (m) => m, ['channels', i, 'markets'], undefined, 'market');
    c.markets.forEach((m, k) => ctx.expect(['channels', i, 'markets', k], m, ctx.markets, 'market'));
  });
  // Reach is the share of a market's shoppers using a channel; channels split the
  // market, so their reaches cannot add up to more than everyone.
  s.markets.forEach((m, i) => {
    const serving = s.channels.filter((c) => c.markets.includes(m.id));
    const total = serving.reduce((sum, c) => sum + c.reach, 0);
    if (total > SHARE_SLACK) {
      const parts = serving.map((c) => `${c.id} ${c.reach}`).join(', ');
      ctx.report(['markets', i], `the channels serving market "${m.id}" reach ${round4(total)} of its shoppers in total (${parts}); together they may reach at most 1`);
    }
  });
}

function checkProducts(ctx: RefContext): void {
  ctx.scenario.products.forEach((p, i) => {
    checkUnique(ctx, p.demand, (d) => d.market, ['products', i, 'demand'], 'market');
    p.demand.forEach((d, k) => ctx.expect(['products', i, 'demand', k, 'market'], d.market, ctx.markets, 'market'));
  });
}
