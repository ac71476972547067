// FX forwards (issue 3 part 3; seed 004 §05 貨幣匯率波動風險; lesson 6): a share of
// each turn's sales in a currency is converted at a rate fixed when the forward is
// bought (spot less the bank's points), settled in cash against spot through the
// ledger. Over many seeds it narrows the spread of what the sales are worth at
// home, and costs the points on average.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../../src/engine';
import { forwardRate } from '../../../src/engine/forwards';
import { toHome } from '../../../src/engine/fx';
import { entries, play, quiet, scenarioFrom, startOf, sum, type Draft } from './build';

function usShop(edit: (s: Draft) => void = () => {}) {
  return scenarioFrom((s) => {
    quiet(s);
    s.player.cash = 50_000_000;
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }];
    s.player.awareness = [{ market: 'US', value: 0.5 }];
    for (const p of s.products) for (const d of p.demand) d.weeklyVisitors = 100_000;
    for (const c of s.channels) c.payoutDelayTurns = 0;
    edit(s);
  });
}

const hedge = (share: number, turns: number, currency = 'USD') => ({ type: 'hedgeFx', currency, share, turns });

describe('the forward rate', () => {
  it('grid: spot 7.2 less the points, by cost a year × turns of cover', () => {
    const spot = 7_200_000_000;
    const rows = [0, 0.017, 0.05].map((cost) => `${cost}: ${[1, 4, 13, 26, 52].map((t) => (forwardRate(spot, cost, t) / 1e9).toFixed(5)).join(' ')}`);
    expect(rows).toEqual([
      '0: 7.20000 7.20000 7.20000 7.20000 7.20000',
      '0.017: 7.19765 7.19058 7.16940 7.13880 7.07760',
      '0.05: 7.19308 7.17231 7.11000 7.02000 6.84000',
    ]);
  });
});

describe('buying a forward', () => {
  const scenario = usShop();
  const start = startOf(scenario);
  const cases: [string, unknown, RegExp][] = [
    ['the home currency', hedge(0.5, 4, 'CNY'), /need no hedge/],
    ['a currency no market sells in', hedge(0.5, 4, 'GBP'), /No market sells in GBP/],
    ['longer than the bank sells', hedge(0.5, 27), /at most 26 turns/],
    ['a share out of range', hedge(1.5, 4), /Malformed action/],
  ];
  it.each(cases)('refuses %s and changes nothing', (_n, action, reason) => {
    const r = resolveTurn(start, [action]);
    expect(r.report.companies.player!.refused.map((x) => x.reason.en)).toEqual([expect.stringMatching(reason)]);
    expect(stateHash(r.state)).toBe(stateHash(resolveTurn(start, []).state));
  });

  it('refuses hedging more than all of a currency\'s sales', () => {
    const r = resolveTurn(start, [hedge(0.6, 4), hedge(0.5, 4)]);
    expect(r.report.companies.player!.refused.map((x) => x.reason.en)).toEqual(['60% of USD sales are already hedged; at most 100% can be.']);
    expect(r.state.companies.player!.forwards).toHaveLength(1);
  });

  it('records the rate of the day less the points, for the turns asked', () => {
    const f = resolveTurn(start, [hedge(0.5, 13)]).state.companies.player!.forwards[0]!;
    expect(f).toMatchObject({ currency: 'USD', share: 0.5, fromTurn: 1, untilTurn: 13, rate: forwardRate(start.fx.USD!, 0.017, 13) });
  });
});

describe('settlement', () => {
  // No random drift; the dollar drops 20% in turn 3.
  const scenario = usShop((s) => {
    for (const c of s.currencies) c.volatility = 0;
    s.script = {
      initial: 'a',
      states: { a: { on: { TURN: { guard: { type: 'turnIs', params: { turn: 3 } }, target: 'b', actions: [{ type: 'shockCurrency', params: { currency: 'USD', multiply: 0.8 } }] } } }, b: { type: 'final' } },
    } as Draft['script'];
  });
  const turns = play(startOf(scenario), [[hedge(1, 4)], [], [], [], []]);
  const fwd = turns[0]!.state.companies.player!.forwards[0]!;

  it('pays the difference between forward and spot on the hedged sales, each turn of the forward', () => {
    for (const [i, t] of turns.slice(0, 4).entries()) {
      const cells = t.report.companies.player!.sales.filter((c) => c.market === 'US');
      const local = sum(cells.map((c) => c.price * c.unitsSold));
      const spot = t.state.fx.USD!;
      const expected = toHome(local, fwd.rate, 2, 2) - toHome(local, spot, 2, 2);
      const got = entries(t.report, 'forward settlement').map((e) => (e.debit === 'cash' ? e.amount : -e.amount));
      expect(got, `turn ${i + 1}`).toEqual(expected === 0 ? [] : [expected]);
    }
    // Before the shock the points cost a little; after it the forward pays.
    expect(entries(turns[0]!.report, 'forward settlement')[0]!.credit).toBe('cash');
    expect(entries(turns[2]!.report, 'forward settlement')[0]!.debit).toBe('cash');
  });

  it('ends after its last turn', () => {
    expect(turns[3]!.state.companies.player!.forwards).toEqual([]);
    expect(entries(turns[4]!.report, 'forward settlement')).toEqual([]);
  });
});

describe('lesson 6: a narrower spread of profit across seeds, at a cost', () => {
  const scenario = usShop((s) => { s.currencies.find((c) => c.code === 'USD')!.volatility = 0.3; });
  const value = (seed: number, hedged: boolean) => {
    const t = play(startOf(scenario, seed), [hedged ? [hedge(1, 10)] : [], ...Array.from({ length: 9 }, () => [])]);
    // What ten weeks of US sales were worth at home: revenue plus FX gains and settlements, per unit sold.
    const home = sum(t.map((x) => x.report.companies.player!.kpis.revenue + x.report.companies.player!.kpis.fxGainLoss));
    return home / sum(t.map((x) => x.report.companies.player!.kpis.unitsSold));
  };
  const seeds = Array.from({ length: 24 }, (_, i) => 300 + i);
  const stats = (xs: number[]) => {
    const m = sum(xs) / xs.length;
    return { mean: m, sd: Math.sqrt(sum(xs.map((x) => (x - m) * (x - m))) / (xs.length - 1)) };
  };
  const open = stats(seeds.map((s) => value(s, false)));
  const hedged = stats(seeds.map((s) => value(s, true)));

  it('hedged, the home value of a unit sold varies far less', () => {
    expect(hedged.sd).toBeLessThan(open.sd / 3);
  });

  it('and costs about the points (10 turns at 1.7% a year ≈ 0.33%), not more than 1% on average', () => {
    expect(hedged.mean).toBeLessThan(open.mean * 1.01);
    expect(hedged.mean).toBeGreaterThan(open.mean * 0.97);
  });
});
