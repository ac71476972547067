// What a bot knows of price sensitivity (src/bots/known.ts): the region's value from
// the public scenario until a research estimate arrives, then the latest estimate.
import { describe, expect, it } from 'vitest';
import { publicScenario, type StudentView } from '../../src/engine';
import { knownScenario } from '../../src/bots/known';
import { shippedScenario } from '../support/scenarios';

const pub = publicScenario(shippedScenario('campaign-global'));
const viewWith = (research: { market: string; measure: string; estimate: number }[]) => ({ research } as unknown as StudentView);

describe('knownScenario', () => {
  it('is the public scenario itself without price-sensitivity research', () => {
    expect(knownScenario(pub, viewWith([]))).toBe(pub);
    expect(knownScenario(pub, viewWith([{ market: 'ID', measure: 'fit', estimate: 0.7 }]))).toBe(pub);
  });

  it('uses the latest estimate of each researched market, and nothing else changes', () => {
    const known = knownScenario(pub, viewWith([
      { market: 'ID', measure: 'priceSensitivity', estimate: 2.9 },
      { market: 'ID', measure: 'priceSensitivity', estimate: 2.7 },
      { market: 'US', measure: 'priceSensitivity', estimate: 1.6 },
    ]));
    expect(known.markets.map((m) => [m.id, m.priceSensitivity])).toEqual(pub.markets.map((m) => [m.id, m.id === 'ID' ? 2.7 : m.id === 'US' ? 1.6 : m.priceSensitivity]));
    expect(known.products).toBe(pub.products);
    // The same estimates give the same object (the bots' lookup tables are cached by it).
    expect(knownScenario(pub, viewWith([{ market: 'US', measure: 'priceSensitivity', estimate: 1.6 }, { market: 'ID', measure: 'priceSensitivity', estimate: 2.7 }]))).toBe(known);
  });

  it('follows each new estimate, turn after turn, and gives the same object while they stay', () => {
    const us = (estimate: number) => ({ market: 'US', measure: 'priceSensitivity', estimate });
    const first = knownScenario(pub, viewWith([us(1.7)]));
    expect(knownScenario(pub, viewWith([us(1.7)]))).toBe(first);
    const second = knownScenario(pub, viewWith([us(1.7), us(1.9)]));
    expect(second.markets.find((m) => m.id === 'US')!.priceSensitivity).toBe(1.9);
    expect(knownScenario(pub, viewWith([us(1.7), us(1.9), { market: 'ID', measure: 'fit', estimate: 0.5 }]))).toBe(second);
    const both = knownScenario(pub, viewWith([us(1.9), { market: 'ID', measure: 'priceSensitivity', estimate: 2.2 }]));
    expect(both.markets.filter((m) => m.id === 'US' || m.id === 'ID').map((m) => m.priceSensitivity).sort()).toEqual([1.9, 2.2]);
    expect(knownScenario(pub, viewWith([us(1.7)]))).toEqual(first);
  });
});
