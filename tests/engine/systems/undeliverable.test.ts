// A market the shop lists in but cannot deliver to gets no visitors (phases/demand.ts):
// the report names it (report.ts `undeliverable`), so the game can say why the
// market is silent instead of "no visitors this week" (a student who listed in a new
// market and chose no route saw only that line, week after week).
import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../../src/engine';
import { play, quiet, scenarioFrom, startOf } from './build';

const scenario = scenarioFrom((s) => {
  quiet(s);
  for (const p of s.products) for (const d of p.demand) d.weeklyVisitors = 60_000;
  // Germany: listed and paid for, but no carrier chosen for its orders.
  s.player.fulfilment = s.player.fulfilment.filter((f) => f.market !== 'DE');
});

describe('a market without a delivery route', () => {
  const turns = play(startOf(scenario), [[], [{ type: 'setFulfilment', market: 'DE', from: 'home', carrier: 'postal' }]]);
  const player = (i: number) => turns[i]!.report.companies.player!;

  it('is named in the report, with no visitors, while the route is missing', () => {
    expect(player(0).undeliverable).toEqual(['DE']);
    expect(player(0).funnel.DE!.visitors).toBe(0);
    expect(player(0).funnel.US!.visitors).toBeGreaterThan(0);
  });

  it('is served once a carrier is chosen', () => {
    expect(player(1).undeliverable).toEqual([]);
    expect(player(1).funnel.DE!.visitors).toBeGreaterThan(0);
  });

  it('is not listed in a scoring report, which builds no detail', () => {
    const scored = resolveTurn(startOf(scenario), [], 'scoring').report.companies.player!;
    expect([scored.undeliverable, scored.cashBridge]).toEqual([[], null]);
  });
});
