// Money and exchange rates (DESIGN.md §2 step 6; seed 004 §5 货币汇率波动风险):
// marketplace proceeds wait `payoutDelayTurns` turns and are converted at the
// rate of the day they arrive; the difference from the amount booked on the day
// of sale is the FX gain or loss.
import { describe, expect, it } from 'vitest';
import { type Scenario } from '../../../src/engine';
import { toHome } from '../../../src/engine/fx';
import { busy, channel, entries, play, quiet, scenarioFrom, startOf, sum, text, type Turn } from './build';

/** The US on Amazon only, paid out two turns after the sale; USD still unless `jump` moves it in turn 2. */
function payoutScenario(jump?: number): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s);
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 100_000 }];
    channel(s, 'amazon').payoutDelayTurns = 2;
    s.currencies = s.currencies.map((c) => ({ ...c, volatility: 0, shockChance: 0 }));
    if (jump === undefined) return;
    s.events.push({
      id: 'usdMove', name: text('The dollar jumps'), description: text('A one-off move of USD.'),
      durationTurns: 1, effects: [{ kind: 'fxRate', currency: 'USD', multiply: jump }],
    });
    s.script = {
      initial: 'waiting',
      states: {
        waiting: { on: { TURN: { guard: { type: 'turnIs', params: { turn: 2 } }, target: 'done', actions: { type: 'triggerEvent', params: { event: 'usdMove' } } } } },
        done: { type: 'final' },
      },
    };
  });
}

const payouts = (t: Turn) => entries(t.report, 'marketplace payout');
const fxEntry = (t: Turn) => entries(t.report, 'exchange difference on payout');

describe('a marketplace payout', () => {
  const turns = play(startOf(payoutScenario(), 6), 5);

  it('is a receivable due two turns after the sale, not cash', () => {
    const r = turns[0]!.state.companies.player!.receivables;
    expect(r).toEqual([{ currency: 'USD', dueTurn: 3, local: expect.any(Number), bookedHome: expect.any(Number) }]);
    expect(r[0]!.local).toBeGreaterThan(0);
    expect(payouts(turns[0]!)).toEqual([]);
    expect(entries(turns[0]!.report, 'payout')).toEqual([]);
  });

  it('arrives exactly two turns later, for the amount booked', () => {
    for (let i = 2; i < turns.length; i += 1) {
      const due = turns[i - 2]!.state.companies.player!.receivables.find((r) => r.dueTurn === i + 1)!;
      expect(payouts(turns[i]!)).toEqual([{ debit: 'cash', credit: 'receivables', amount: due.bookedHome, memo: 'marketplace payout' }]);
      expect(turns[i]!.state.companies.player!.receivables.map((r) => r.dueTurn)).toEqual([i + 2, i + 3]);
    }
    expect(payouts(turns[1]!)).toEqual([]);
  });

  it('at an unchanged rate differs from the booked amount only by rounding', () => {
    for (const t of turns.slice(2)) expect(Math.abs(t.report.companies.player!.kpis.fxGainLoss)).toBeLessThanOrEqual(3);
  });

  it('with no payout delay is cash in the turn of the sale', () => {
    const now = scenarioFrom((s) => {
      quiet(s);
      busy(s);
      s.player.listings = [{ market: 'US', channel: 'site', product: 'serum', price: 3499 }];
      s.player.stock = [{ product: 'serum', location: 'home', units: 100_000 }];
    });
    const [t] = play(startOf(now, 6), 1);
    expect(t!.state.companies.player!.receivables).toEqual([]);
    const paid = entries(t!.report, 'payout');
    expect(paid).toHaveLength(1);
    expect(paid[0]!.amount).toBeGreaterThan(0);
    expect(t!.report.companies.player!.kpis.fxGainLoss).toBe(0);
  });
});

describe('the FX gain or loss on a payout', () => {
  for (const jump of [1.25, 0.8]) {
    describe(`when USD moves × ${jump} between sale and payout`, () => {
      const turns = play(startOf(payoutScenario(jump), 6), 4);
      const owed = turns[1]!.state.companies.player!.receivables.find((r) => r.dueTurn === 3)!;
      const rate3 = turns[2]!.state.fx.USD!;

      it('the rate moved by the event, in the turn the script fired it', () => {
        expect(turns[0]!.state.fx.USD).toBe(7_200_000_000);
        expect(turns[1]!.report.events.started).toEqual(['usdMove']);
        expect(rate3).toBe(Math.round(7_200_000_000 * jump));
        expect(turns[2]!.report.fx.USD).toBeCloseTo(7.2 * jump, 9);
      });

      it('equals the cash received minus the amount booked', () => {
        const received = toHome(owed.local, rate3, 2, 2);
        const gain = received - owed.bookedHome;
        expect(turns[2]!.report.companies.player!.kpis.fxGainLoss).toBe(gain);
        expect(turns[2]!.report.companies.player!.markets.US!.fxGainLoss).toBe(0); // a company-level line, not a market's
        const cashIn = sum(entries(turns[2]!.report).filter((e) => e.debit === 'cash' && e.credit === 'receivables').map((e) => e.amount));
        expect(cashIn + gain).toBe(received);
        expect(fxEntry(turns[2]!)).toEqual([jump > 1
          ? { debit: 'cash', credit: 'fxGainLoss', amount: gain, memo: 'exchange difference on payout' }
          : { debit: 'fxGainLoss', credit: 'cash', amount: -gain, memo: 'exchange difference on payout' }]);
      });

      it(jump > 1 ? 'is a gain in proportion to the rise' : 'is a loss in proportion to the fall', () => {
        const gain = turns[2]!.report.companies.player!.kpis.fxGainLoss;
        expect(Math.sign(gain)).toBe(jump > 1 ? 1 : -1);
        expect(gain / owed.bookedHome).toBeCloseTo(jump - 1, 3);
      });

      it('sales booked after the move are paid out without a difference', () => {
        expect(Math.abs(turns[3]!.report.companies.player!.kpis.fxGainLoss)).toBeLessThanOrEqual(3);
      });
    });
  }
});
