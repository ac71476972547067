// Bots decide only from what a student can see (issue 4, item 9): the public
// scenario hides true demand, bots never read it, and no bot uses clocks,
// randomness or engine-dependent maths (DESIGN.md §4).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, publicScenario, resolveTurn, type GameState, type Scenario, type TurnReport } from '../../src/engine';
import { BOT_NAMES, botActions, getBot } from '../../src/bots';
import { shippedScenario } from '../support/scenarios';

const scenarios = [shippedScenario('campaign-global'), shippedScenario('tutorial')];
const botsDir = new URL('../../src/bots/', import.meta.url);
const sources = readdirSync(botsDir).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(new URL(f, botsDir), 'utf8') }));

/** The same world with different hidden demand: more shoppers, worse fit, other price sensitivities. */
function otherTruth(s: Scenario): Scenario {
  return {
    ...s,
    markets: s.markets.map((m) => ({ ...m, priceSensitivity: m.priceSensitivity * 1.37 + 0.11 })),
    products: s.products.map((p) => ({ ...p, demand: p.demand.map((d) => ({ ...d, weeklyVisitors: d.weeklyVisitors * 3 + 17, fit: 0.45 })) })),
  };
}

describe('the public scenario', () => {
  it.each(scenarios.map((s) => [s.id, s]))('%s: true demand is zeroed, reference prices stay', (_id, s) => {
    const pub = publicScenario(s);
    for (const [i, p] of pub.products.entries()) {
      for (const [j, d] of p.demand.entries()) {
        expect(d.weeklyVisitors).toBe(0);
        expect(d.fit).toBe(1);
        expect(d.referencePrice).toBe(s.products[i]!.demand[j]!.referencePrice);
      }
    }
    expect(publicScenario(otherTruth(s))).toEqual(pub);
  });
});

describe('bots see no hidden truth', () => {
  it('no bot source names the true demand fields or other companies', () => {
    expect(sources.map((s) => s.file)).toContain('balanced.ts');
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/weeklyVisitors/);
      expect(text, file).not.toMatch(/\.fit\b/);
      expect(text, file).not.toMatch(/\.companies\b/);
      expect(text, file).not.toMatch(/from '\.\.\/engine\//); // the engine's public API only
    }
  });

  it('no bot uses randomness, clocks or transcendental maths', () => {
    for (const { file, text } of sources) {
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Math\.(random|exp|expm1|log|log2|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\b/);
      expect(code, file).not.toMatch(/\bDate\b|performance\.|setTimeout|setInterval/);
      expect(code, file).not.toMatch(/\*\*/); // ** is Math.pow
    }
  });

  it.each(BOT_NAMES.map((n) => [n]))('%s decides the same whatever the hidden demand', (name) => {
    const bot = getBot(name)!;
    for (const s of scenarios) {
      const other = otherTruth(s);
      let state: GameState = newGame(s, 3);
      let report: TurnReport | null = null;
      for (let t = 0; t < Math.min(s.turns, 14) && !state.finished; t += 1) {
        const actions = botActions(bot, state, report);
        // The same state and report under a scenario whose hidden demand differs.
        expect(botActions(bot, { ...state, scenario: other }, report)).toEqual(actions);
        ({ state, report } = resolveTurn(state, actions));
      }
    }
  });
});
