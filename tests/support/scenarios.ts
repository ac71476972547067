// Loads a shipped scenario for tests, failing loudly with its problems.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/engine';

export function shippedScenario(name: string): Scenario {
  const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url)));
  if (!loaded.ok) throw new Error(`${name}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.scenario;
}
