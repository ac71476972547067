// The browser's session records a run that the grader's replay accepts, bit for bit.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { replayRun, serializeRun } from '../../src/run';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { shippedScenario } from '../support/scenarios';

const text = (name: string) => readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8');

describe('session', () => {
  it('plays the tutorial with pending decisions and writes a run file replayRun verifies', () => {
    const scenario = shippedScenario('tutorial');
    const s = newSession(scenario, text('tutorial'));
    const hashes: string[] = [];
    while (!s.finished) {
      const p = new PendingList();
      if (s.turn === 0) {
        p.add({ type: 'setPayments', market: 'US', methods: ['card', 'paypal'] });
        p.add({ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 2099 });
        p.add({ type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 1899 }); // replaces the first
      }
      s.endTurn(p);
      hashes.push(s.hash());
    }
    expect(s.turns[0]!.actions).toHaveLength(2);
    expect(s.turns[0]!.actions[1]).toMatchObject({ price: 1899 });
    const run = JSON.parse(serializeRun(s.runFile())) as unknown;
    const replay = replayRun(scenario, run);
    expect(replay.ok).toBe(true);
    expect(s.turns.map((t) => t.hash)).toEqual(hashes);
    expect(s.states).toHaveLength(scenario.turns + 1);
  });

  it('derives a per-student seed from the id, and refuses an empty one', () => {
    const scenario = shippedScenario('campaign-global');
    expect(() => newSession(scenario, text('campaign-global'))).toThrow(/student id/);
    const a = newSession(scenario, text('campaign-global'), ' 张三 ');
    const b = newSession(scenario, text('campaign-global'), '张三');
    expect(a.seed).toBe(b.seed);
    expect(a.seedPolicy).toEqual({ kind: 'perStudent', studentId: '张三' });
    expect(newSession(scenario, text('campaign-global'), '李四').seed).not.toBe(a.seed);
  });
});

describe('pending decisions', () => {
  it('replaces a decision that sets the same thing, adds orders, and undoes by key', () => {
    const p = new PendingList();
    const a = p.add({ type: 'setAdBudget', market: 'US', weekly: 100 });
    p.add({ type: 'orderStock', product: 'serum', units: 300 });
    p.add({ type: 'orderStock', product: 'serum', units: 300 });
    p.add({ type: 'setAdBudget', market: 'US', weekly: 200 });
    expect(p.actions()).toEqual([
      { type: 'setAdBudget', market: 'US', weekly: 200 },
      { type: 'orderStock', product: 'serum', units: 300 },
      { type: 'orderStock', product: 'serum', units: 300 },
    ]);
    p.remove(a.key);
    expect(p.size).toBe(2);
    p.remove(p.list()[0]!.key);
    expect(p.size).toBe(1);
  });
});
