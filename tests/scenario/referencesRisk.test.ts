// Cross-references of the risk side (src/scenario/referencesRisk.ts): compliance
// rules name a market of the scenario, once each; a file without them still loads.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { minimalScenario } from './fixture';
import { problemAt, problemsAfter } from './helpers';

describe('compliance cross-references', () => {
  it('refuses an unknown market', () => {
    const p = problemAt(problemsAfter((s) => { (s as Record<string, unknown>).compliance = { markets: [{ market: 'US' }, { market: 'FR' }] }; }), 'compliance.markets[1].market');
    expect(p.message).toContain('unknown market "FR"');
  });

  it('refuses a market listed twice', () => {
    const p = problemAt(problemsAfter((s) => { (s as Record<string, unknown>).compliance = { markets: [{ market: 'US' }, { market: 'US', taxRegistration: true }] }; }), 'compliance.markets[1].market');
    expect(p.message).toContain('duplicate market "US"');
  });

  it('fills every default, and a file without the blocks loads as before', () => {
    const plain = loadScenario(JSON.stringify(minimalScenario()));
    expect(plain.ok).toBe(true);
    if (!plain.ok) return;
    expect(plain.scenario.compliance.markets).toEqual([]);
    expect(plain.scenario.compliance.trademark).toEqual({ cost: 500000, turns: 8, cut: 0.7 });
    expect(plain.scenario.research.field).toEqual({ cost: 3000000, turns: 4, error: 0.08 });
    expect(plain.scenario.team.operations.salary).toBe(150000);
    expect(plain.scenario.team.baseCapacity).toBe(1000);
    expect(plain.scenario.riskTools.cargoInsuranceRate).toBe(0.004);
    const s = minimalScenario() as Record<string, unknown>;
    s.compliance = { markets: [{ market: 'DE', taxRegistration: true, certifiedCategories: ['electronics'], certificationChance: 0.05 }] };
    const r = loadScenario(JSON.stringify(s));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.compliance.markets[0]).toMatchObject({ market: 'DE', ipComplaintChance: 0.01, taxPenaltyChance: 0.1, taxPenaltyShare: 0.5 });
  });
});
