// Instructors write their own scenarios and `chuhai simulate` runs every bot on
// them: bots must cope with odd worlds (a run of one turn, no money, ruinous
// freight, costly payment set-up) without throwing or sending refused actions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/engine';
import { BOT_NAMES, getBot } from '../../src/bots';
import { play } from './play';

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function variant(name: string, edit: (s: Json) => void): Scenario {
  const raw = JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')) as Json;
  edit(raw);
  const loaded = loadScenario(new TextEncoder().encode(JSON.stringify(raw)));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return loaded.scenario;
}

const odd: [string, Scenario][] = [
  ['one turn', variant('campaign-global', (s) => { s.turns = 1; delete s.script; delete s.objectives; })],
  ['three turns', variant('tutorial', (s) => { s.turns = 3; delete s.script; delete s.objectives; })],
  ['almost no cash', variant('campaign-global', (s) => { s.player.cash = 100_000; s.turns = 20; delete s.script; delete s.objectives; })],
  ['ruinous freight', variant('campaign-global', (s) => {
    s.turns = 20; delete s.script; delete s.objectives;
    for (const c of s.carriers) { c.perShipment *= 20; c.perKg *= 20; c.perCbm *= 20; }
  })],
  ['costly payment set-up', variant('tutorial', (s) => { for (const m of s.paymentMethods) m.setupCost = 50_000_000; })],
  ['peak season first', variant('campaign-global', (s) => { s.startWeek = 44; s.turns = 16; delete s.script; delete s.objectives; })],
];

describe.each(BOT_NAMES.map((n) => [n]))('%s in odd scenarios', (name) => {
  it.each(odd)('%s', (_label, scenario) => {
    const run = play(getBot(name)!, scenario, 11);
    expect(run.turns).toBeGreaterThanOrEqual(1);
    expect(run.refused, run.reasons.slice(0, 5).join('\n')).toBeLessThanOrEqual(Math.floor(run.actions / 100));
  });
});
