// Placeholder start page until the browser game lands: it loads the shipped
// scenarios, plays them with the engine and shows the state hashes as text. A
// browser test compares these hashes with Node's: the engine must give the same
// result, bit for bit, in both (DESIGN.md §4).
import { z } from 'zod';
import tutorialText from '../scenarios/tutorial.json?raw';
import campaignText from '../scenarios/campaign-global.json?raw';
import { loadScenario } from './scenario/load';
import { playPassive } from './engine/playPassive';

// zod probes `new Function` unless told not to; the page's CSP forbids eval.
z.config({ jitless: true });

function show(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

const runs: [string, string, number][] = [['tutorial', tutorialText, 8], ['campaign-global', campaignText, 12]];
const lines: string[] = [];
for (const [name, text, turns] of runs) {
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    lines.push(`${name}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    continue;
  }
  const { hashes, orders } = playPassive(loaded.scenario, 1, turns);
  lines.push(`${name} ${hashes.join(' ')} orders ${orders}`);
  if (name === 'tutorial') show('engine-title', `${loaded.scenario.title.zh} · ${loaded.scenario.title.en}`);
}
show('engine-hash', lines.join('\n'));
