// Cross-references of the risk side (README §14): each market's compliance rules
// name a market of the scenario, once.
import type { RefContext } from './refContext';
import { checkUnique } from './refContext';

export function checkCompliance(ctx: RefContext): void {
  const markets = ctx.scenario.compliance.markets;
  checkUnique(ctx, markets, (m) => m.market, ['compliance', 'markets'], 'market');
  markets.forEach((m, i) => ctx.expect(['compliance', 'markets', i, 'market'], m.market, ctx.markets, 'market'));
}
