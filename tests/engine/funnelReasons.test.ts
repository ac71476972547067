// The report's abandonment reasons account for exactly the carts that did not
// become orders (funnel.ts apportionReasons): the game shows "N carts abandoned,
// because of:" under the funnel's carts and orders, and the two must agree.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, type TurnReport } from '../../src/engine';
import { apportionReasons, type CountedFunnel } from '../../src/engine/funnel';
import { botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';

function funnel(carts: number, orders: number, price: number, delivery: number, trust: number, payment: number): CountedFunnel {
  return { carts, orders, abandoned: { price, delivery, trust, payment } };
}

const total = (f: CountedFunnel): number => f.abandoned.price + f.abandoned.delivery + f.abandoned.trust + f.abandoned.payment;

describe('apportionReasons', () => {
  it('shares the carts lost in proportion to the expected losses', () => {
    // 300 carts, 54 orders: 246 lost; the rounded expectations said 240 (137/33/58/12).
    const f = funnel(300, 54, 137, 33, 58, 12);
    apportionReasons(f);
    expect(total(f)).toBe(246);
    // 246/240 of each: 140.425, 33.825, 59.45, 12.3 → floors 140, 33, 59, 12 (244), and
    // the two largest remainders (delivery .825, trust .45) take one each.
    expect(f.abandoned).toEqual({ price: 140, delivery: 34, trust: 60, payment: 12 });
  });

  // carts, orders, the expected losses (price, delivery, trust, payment) → the reasons shown.
  const CASES: [string, CountedFunnel, CountedFunnel['abandoned']][] = [
    // 20 lost of 30 expected: 6.67 each, the first two remainders (a tie) take one each.
    ['scales down as well as up', funnel(100, 80, 10, 10, 10, 0), { price: 7, delivery: 7, trust: 6, payment: 0 }],
    ['leaves reasons that already add up', funnel(50, 20, 12, 8, 6, 4), { price: 12, delivery: 8, trust: 6, payment: 4 }],
    ['gives a tie to the earlier reason', funnel(3, 0, 1, 1, 0, 0), { price: 2, delivery: 1, trust: 0, payment: 0 }],
  ];
  for (const [name, f, shown] of CASES) {
    it(name, () => {
      apportionReasons(f);
      expect(f.abandoned).toEqual(shown);
    });
  }

  it('invents no reason where none was expected, and keeps none when nothing was lost', () => {
    const none = funnel(40, 38, 0, 0, 0, 0);
    apportionReasons(none);
    expect(total(none)).toBe(0);
    const nothingLost = funnel(20, 20, 3, 1, 1, 0);
    apportionReasons(nothingLost);
    expect(nothingLost.abandoned).toEqual({ price: 0, delivery: 0, trust: 0, payment: 0 });
  });
});

describe('every market funnel of a report', () => {
  for (const [name, botName, seed] of [['campaign-global', 'balanced', 21], ['campaign-global', 'naive', 22], ['tutorial', 'aggressive', 23]] as const) {
    it(`has reasons that add up to carts − orders: ${name}, ${botName}`, () => {
      const scenario = shippedScenario(name);
      const bot = getBot(botName)!;
      let state = newGame(scenario, seed);
      let last: TurnReport | null = null;
      let funnels = 0;
      let withLoss = 0;
      while (!state.finished) {
        const { state: next, report } = resolveTurn(state, botActions(bot, state, last));
        for (const id of next.companyOrder) {
          for (const [market, f] of Object.entries(report.companies[id]!.funnel)) {
            expect(total(f), `${id} ${market} turn ${report.turn}`).toBe(f.carts - f.orders);
            funnels += 1;
            if (f.carts > f.orders) withLoss += 1;
          }
        }
        state = next;
        last = report;
      }
      // The check ran over real funnels, most of them losing carts.
      expect(funnels).toBeGreaterThan(scenario.turns);
      expect(withLoss).toBeGreaterThan(funnels / 2);
    });
  }
});
