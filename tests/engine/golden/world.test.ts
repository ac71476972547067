// Golden runs of the world's steps (STYLE.md golden grids; DESIGN.md §4): the
// seeded weekly FX path of a volatile currency and the season calendar of a
// market with overlapping, wrapping and quiet seasons. A deliberate change shows
// up as a snapshot diff (npx vitest run -u); the formulas are in formulas.test.ts.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn } from '../../../src/engine';
import { weekOfTurn, worldOf } from '../../../src/engine/world';
import { market, quiet, scenarioFrom, text } from '../systems/build';

describe('the weekly FX step', () => {
  const scenario = scenarioFrom((s) => {
    quiet(s);
    s.turns = 20;
    s.player.listings = [];
    s.currencies.push({ code: 'TRY', decimals: 2, rate: 0.25, volatility: 0.3, meanReversion: 0.05, shockChance: 0.2, shockSize: 0.3 });
  });
  const rates = (seed: number, actions: unknown[] = []) => {
    let state = newGame(scenario, seed);
    const out: { TRY: number; USD: number; CNY: number }[] = [];
    for (let t = 0; t < 20; t += 1) {
      state = resolveTurn(state, t === 0 ? actions : []).state;
      out.push({ TRY: state.fx.TRY!, USD: state.fx.USD!, CNY: state.fx.CNY! });
    }
    return out;
  };
  const pinned = rates(20261121);

  it('20 turns of a volatile, shock-prone currency (TRY, 30% vol, 20% shock odds, seed 20261121)', () => {
    expect(pinned.map((r) => r.TRY).join(' ')).toMatchInlineSnapshot(`"241382750 236512928 237142184 244239847 238284971 229940555 230217278 227430093 225531551 224058814 236609051 239650264 185321645 151159062 155607123 170860224 180709572 187837084 194850483 197210313"`);
  });

  it('20 turns of USD (5% vol) from the same seed', () => {
    expect(pinned.map((r) => r.USD).join(' ')).toMatchInlineSnapshot(`"7207570194 7236687783 7208241142 7225816949 7290508044 7362581793 7352800413 7250530579 7238571801 7211224098 7118698606 7102819645 7034558144 7001552741 6954728739 6894695763 7028623759 7069065653 7096588501 7148502206"`);
  });

  it('the home currency never moves; another seed gives another path', () => {
    expect(new Set(pinned.map((r) => r.CNY))).toEqual(new Set([1_000_000_000]));
    expect(rates(7).map((r) => r.TRY)).not.toEqual(pinned.map((r) => r.TRY));
  });

  it('draws in other streams (orders, shipments) do not shift the rates', () => {
    const busy = rates(20261121, [{ type: 'ship', product: 'lamp', units: 150, to: 'usWest', carrier: 'sea' }, { type: 'orderStock', product: 'serum', units: 200 }]);
    expect(busy).toEqual(pinned);
  });
});

describe('season multipliers', () => {
  const scenario = scenarioFrom((s) => {
    quiet(s);
    s.startWeek = 50;
    const season = (id: string, fromWeek: number, toWeek: number, multiplier: number) => ({ id, name: text(id), fromWeek, toWeek, multiplier });
    market(s, 'US').seasons = [
      season('lull', 2, 4, 0.8), // quiet, and overlapping the wrapping peak's last week
      season('newYear', 51, 2, 1.5), // wraps the year end
      season('summer', 30, 35, 0.7), // a quiet spell…
      season('midSale', 33, 33, 1.2), // …with a one-week sale inside it
      season('blackFriday', 46, 48, 2), // two overlapping peaks: the stronger wins week 48
      season('cyberWeek', 48, 49, 3),
      season('dip', 20, 20, 0.9), // two quiet seasons on one week
      season('deeperDip', 20, 20, 0.6),
    ];
  });
  const world = worldOf(scenario);

  it('by week of the year (weeks with no season are 1)', () => {
    const mult = world.seasonByWeek.get('US')!;
    const names = world.seasonNameByWeek.get('US')!;
    const rows: string[] = [];
    for (let w = 1; w <= 53; w += 1) if (names[w] !== null) rows.push(`w${w} ×${mult[w]} ${names[w]}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "w1 ×1.5 newYear",
        "w2 ×1.5 newYear",
        "w3 ×0.8 lull",
        "w4 ×0.8 lull",
        "w20 ×0.9 dip",
        "w30 ×0.7 summer",
        "w31 ×0.7 summer",
        "w32 ×0.7 summer",
        "w33 ×1.2 midSale",
        "w34 ×0.7 summer",
        "w35 ×0.7 summer",
        "w46 ×2 blackFriday",
        "w47 ×2 blackFriday",
        "w48 ×3 cyberWeek",
        "w49 ×3 cyberWeek",
        "w51 ×1.5 newYear",
        "w52 ×1.5 newYear",
        "w53 ×1.5 newYear",
      ]
    `);
    expect(world.seasonByWeek.get('DE')!.slice(1).every((m) => m === 1)).toBe(true);
  });

  it('turns map to weeks from the start week, wrapping after week 52', () => {
    expect([1, 2, 3, 4, 5, 53, 54].map((t) => weekOfTurn(scenario, t))).toEqual([50, 51, 52, 1, 2, 50, 51]);
  });

  it('the report names the season of the turn', () => {
    let state = newGame(scenario, 1);
    const seen: (string | null)[] = [];
    for (let t = 0; t < 6; t += 1) {
      const r = resolveTurn(state, []);
      seen.push(r.report.seasons.US ?? null);
      state = r.state;
    }
    expect(seen).toEqual([null, 'newYear', 'newYear', 'newYear', 'newYear', 'lull']);
  });
});
