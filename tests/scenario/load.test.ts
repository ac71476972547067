import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { minimalScenario, minimalScenarioJson } from './fixture';

describe('loadScenario on a valid file', () => {
  it('loads the fixture', () => {
    const result = loadScenario(minimalScenarioJson());
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.scenario.id).toBe('fixture');
    expect(result.scenario.markets.map((m) => m.id)).toEqual(['US', 'DE']);
  });

  it('applies the schema defaults', () => {
    const result = loadScenario(minimalScenarioJson());
    if (!result.ok) throw new Error('fixture refused');
    expect(result.scenario.currencies[0]!.volatility).toBe(0);
    expect(result.scenario.channels[0]!.feePerOrder).toBe(0);
    expect(result.scenario.markets[1]!.seasons).toEqual([]);
  });

  it('hashes the bytes as received with SHA-256, the same for text and bytes', () => {
    const text = minimalScenarioJson();
    const bytes = new TextEncoder().encode(text);
    const expected = createHash('sha256').update(bytes).digest('hex');
    const fromText = loadScenario(text);
    const fromBytes = loadScenario(bytes);
    expect(fromText.ok && fromText.hash).toBe(expected);
    expect(fromBytes.ok && fromBytes.hash).toBe(expected);
  });

  it('gives a different hash for a different file with the same content', () => {
    const pretty = loadScenario(minimalScenarioJson());
    const compact = loadScenario(JSON.stringify(minimalScenario()));
    expect(pretty.ok && compact.ok).toBe(true);
    expect(pretty.ok && compact.ok && pretty.hash !== compact.hash).toBe(true);
  });

  it('accepts a UTF-8 byte-order mark and leaves it out of the hash', () => {
    const text = minimalScenarioJson();
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const a = loadScenario(plain);
    const b = loadScenario(withBom);
    const c = loadScenario(`\ufeff${text}`);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) expect([b.hash, c.hash]).toEqual([a.hash, a.hash]);
  });

  it('returns a deeply frozen scenario', () => {
    const result = loadScenario(minimalScenarioJson());
    if (!result.ok) throw new Error('fixture refused');
    const s = result.scenario;
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.markets[0]!.tax)).toBe(true);
    expect(Object.isFrozen(s.player.listings)).toBe(true);
    expect(Object.isFrozen(s.script!.states.peak!.entry)).toBe(true);
    expect(() => { (s.markets[0] as { growth: number }).growth = 1; }).toThrow(TypeError);
  });

  it('does not change its input', () => {
    const bytes = new TextEncoder().encode(minimalScenarioJson());
    const copy = bytes.slice();
    loadScenario(bytes);
    expect(bytes).toEqual(copy);
  });
});
