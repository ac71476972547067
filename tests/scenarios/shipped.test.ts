// The scenarios shipped in scenarios/ (DESIGN.md §5): each loads without a single
// problem, the campaign and the tutorial have the shape the course relies on, every
// text a student reads exists in both languages, and the opening position sells
// something in turn 1.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { CHANNEL_KINDS, newGame, resolveTurn, type Scenario } from '../../src/engine';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();

function load(file: string): Scenario {
  const loaded = loadScenario(readFileSync(new URL(file, dir), 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.scenario;
}

/** Every { zh, en } object in a parsed scenario, with its path. */
function localisedTexts(value: unknown, path = '', out: { path: string; zh: unknown; en: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => localisedTexts(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('zh' in o || 'en' in o) out.push({ path, zh: o.zh, en: o.en });
    for (const [k, v] of Object.entries(o)) localisedTexts(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe('shipped scenarios', () => {
  it('include the campaign and the tutorial', () => {
    expect(files).toContain('campaign-global.json');
    expect(files).toContain('tutorial.json');
  });

  describe.each(files)('%s', (file) => {
    it('loads with no problems', () => {
      const loaded = loadScenario(readFileSync(new URL(file, dir), 'utf8'));
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    });

    it('is named after its file', () => {
      expect(`${load(file).id}.json`).toBe(file);
    });

    it('has non-empty Chinese and English for every text', () => {
      const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      const texts = localisedTexts(raw);
      expect(texts.length).toBeGreaterThan(10);
      const bad = texts.filter((t) => typeof t.zh !== 'string' || typeof t.en !== 'string' || t.zh.trim() === '' || t.en.trim() === '');
      expect(bad.map((t) => t.path)).toEqual([]);
    });

    it('has scoring weights that add up to 1', () => {
      const w = load(file).scoring;
      expect(w.profit + w.growth + w.satisfaction + w.risk + w.compliance + w.objectives).toBeCloseTo(1, 9);
    });

    it('sells something in turn 1 without any action', () => {
      const scenario = load(file);
      const { report } = resolveTurn(newGame(scenario, 1), []);
      expect(report.companies.player!.kpis.orders).toBeGreaterThan(0);
    });
  });

  describe('campaign-global', () => {
    const s = () => load('campaign-global.json');

    it('runs a year from week 1 with a seed per student', () => {
      expect(s().turns).toBe(52);
      expect(s().startWeek).toBe(1);
      expect(s().seedPolicy.kind).toBe('perStudent');
    });

    it('has the US, Germany, the UK, Japan, the UAE and a South-east Asian market', () => {
      const markets = s().markets;
      expect(markets.length).toBeGreaterThanOrEqual(6);
      expect(markets.map((m) => m.id)).toEqual(expect.arrayContaining(['US', 'DE', 'UK', 'JP', 'AE']));
      expect(markets.some((m) => m.region === 'SEA')).toBe(true);
    });

    it('has 10 products, 6 channels of all four kinds and 4 rivals, one of each strategy', () => {
      const scenario = s();
      expect(scenario.products).toHaveLength(10);
      expect(scenario.channels).toHaveLength(6);
      expect(new Set(scenario.channels.map((c) => c.kind))).toEqual(new Set(CHANNEL_KINDS));
      expect(scenario.competitors).toHaveLength(4);
      expect(new Set(scenario.competitors.map((c) => c.strategy))).toEqual(new Set(['follow', 'undercut', 'premium', 'niche']));
    });

    it('has overseas warehouses, parcel and freight carriers, events, objectives and a script', () => {
      const scenario = s();
      expect(scenario.warehouses.map((w) => w.market)).toEqual(expect.arrayContaining(['US', 'DE', 'UK', 'JP']));
      expect(scenario.carriers.some((c) => c.service === 'parcel')).toBe(true);
      expect(scenario.carriers.some((c) => c.mode === 'air' && c.service === 'freight')).toBe(true);
      expect(scenario.carriers.some((c) => c.mode === 'sea' && c.service === 'freight')).toBe(true);
      expect(scenario.events.length).toBeGreaterThanOrEqual(4);
      expect(scenario.objectives.length).toBeGreaterThanOrEqual(3);
      expect(scenario.script).toBeDefined();
    });

    it('offers a choice in every crisis: at least two answers, with different costs or odds', () => {
      const crises = s().events.filter((e) => e.crisis);
      expect(crises.length).toBeGreaterThanOrEqual(10);
      for (const e of crises) {
        const options = e.crisis!.options;
        expect(options.length, e.id).toBeGreaterThanOrEqual(2);
        expect(new Set(options.map((o) => `${o.cost}/${o.odds}`)).size, e.id).toBe(options.length);
      }
    });
  });

  describe('tutorial', () => {
    it('is eight turns in one market with a fixed seed', () => {
      const s = load('tutorial.json');
      expect(s.turns).toBe(8);
      expect(s.markets).toHaveLength(1);
      expect(s.seedPolicy.kind).toBe('fixed');
    });
  });
});

describe('the case scenarios (scenarios/cases/)', () => {
  const cases = new URL('cases/', dir);
  const caseFiles = readdirSync(cases).filter((f) => f.endsWith('.json')).sort();

  it('are there, and each has scoring weights that add up to 1 (scenarios/README.md §9)', () => {
    expect(caseFiles.length).toBeGreaterThanOrEqual(8);
    for (const file of caseFiles) {
      const loaded = loadScenario(readFileSync(new URL(file, cases), 'utf8'));
      expect(loaded.ok, file).toBe(true);
      if (!loaded.ok) continue;
      const w = loaded.scenario.scoring;
      expect(w.profit + w.growth + w.satisfaction + w.risk + w.compliance + w.objectives, file).toBeCloseTo(1, 9);
    }
  });
});
