// The autosave: a reload resumes the same state; a damaged, foreign or altered save
// is reported, never silently dropped, and the previous good save is kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import {
  DAMAGED_KEY, PREVIOUS_KEY, SAVE_KEY, decodeSave, encodeSave, readSlot, restoreSave, setAside, writeSave, type KeyValueStore,
} from '../../src/game/save';
import { shippedScenario } from '../support/scenarios';
import { RULES_VERSION } from '../../src/engine';

class Store implements KeyValueStore {
  m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

function played(turns: number) {
  const s = newSession(shippedScenario('tutorial'), readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8'));
  for (let i = 0; i < turns; i++) {
    const p = new PendingList();
    p.add({ type: 'setAdBudget', market: 'US', weekly: 10000 * (i + 1) });
    s.endTurn(p);
  }
  return s;
}

describe('autosave', () => {
  it('round-trips: the restored session has the same state hash, turns and pending decisions', () => {
    const s = played(3);
    const text = encodeSave(s, [{ type: 'orderStock', product: 'serum', units: 300 }]);
    const d = decodeSave(text);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const r = restoreSave(d.save);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.hash()).toBe(s.hash());
    expect(r.session.turn).toBe(3);
    expect(r.session.reports).toHaveLength(3);
    expect(r.pending).toEqual([{ type: 'orderStock', product: 'serum', units: 300 }]);
  });

  it('names what is wrong with damaged, foreign, other-version and altered saves', () => {
    const s = played(2);
    const good = JSON.parse(encodeSave(s, [])) as Record<string, unknown>;
    expect(decodeSave('{"format":"chuhai-save",').ok).toBe(false);
    const bad = decodeSave('not json');
    expect(!bad.ok && bad.problem.kind).toBe('corrupt');
    const foreign = decodeSave(JSON.stringify({ format: 'something-else' }));
    expect(!foreign.ok && foreign.problem.kind).toBe('foreign');
    const version = decodeSave(JSON.stringify({ ...good, version: 99 }));
    expect(!version.ok && version.problem.kind).toBe('version');
    const shape = decodeSave(JSON.stringify({ ...good, seed: 'x' }));
    expect(!shape.ok && shape.problem.kind === 'corrupt' && shape.problem.detail).toMatch(/seed/);
    // An edited action: the replay's hash differs at turn 1.
    const turns = (good.turns as { actions: unknown[]; hash: string }[]).map((t) => ({ ...t }));
    turns[0] = { ...turns[0]!, actions: [{ type: 'setAdBudget', market: 'US', weekly: 99999 }] };
    const edited = decodeSave(JSON.stringify({ ...good, turns }));
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    const r = restoreSave(edited.save);
    expect(!r.ok && r.problem.kind === 'mismatch' && r.problem.turn).toBe(1);
    // Another seed than the scenario gives.
    const seeded = decodeSave(JSON.stringify({ ...good, seed: 1 }));
    const rs = seeded.ok ? restoreSave(seeded.save) : null;
    expect(rs && !rs.ok && rs.problem.kind).toBe('corrupt');
  });

  it('offers an older rules version\'s save to be played again under these rules, not a newer one\'s', () => {
    const s = played(3);
    const good = JSON.parse(encodeSave(s, [{ type: 'orderStock', product: 'serum', units: 300 }])) as Record<string, unknown>;
    const older = decodeSave(JSON.stringify({ ...good, rulesVersion: RULES_VERSION - 1 }));
    expect(!older.ok && older.problem.kind).toBe('version');
    if (older.ok || older.problem.kind !== 'version') return;
    const save = older.problem.replayable!;
    expect(save.turns).toHaveLength(3);
    // Compared as saved, the old hashes cannot be checked; under the new rules the decisions are played again.
    const r = restoreSave(save, true);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.turn).toBe(3);
    expect(r.session.turns.map((t) => t.actions)).toEqual(s.turns.map((t) => t.actions));
    expect(r.session.hash()).toBe(s.hash());
    expect(r.pending).toEqual([{ type: 'orderStock', product: 'serum', units: 300 }]);
    const newer = decodeSave(JSON.stringify({ ...good, rulesVersion: RULES_VERSION + 1 }));
    expect(!newer.ok && newer.problem.kind === 'version' && newer.problem.replayable).toBe(undefined);
  });

  it('writes the replayed game over the old-rules save and keeps that one aside', () => {
    const store = new Store();
    const old = JSON.stringify({ ...(JSON.parse(encodeSave(played(2), [])) as Record<string, unknown>), rulesVersion: RULES_VERSION - 1 });
    store.setItem(SAVE_KEY, old);
    const slot = readSlot(store, SAVE_KEY);
    expect(slot.kind === 'bad' && slot.problem.kind === 'version' && slot.problem.replayable !== undefined).toBe(true);
    if (slot.kind !== 'bad' || slot.problem.kind !== 'version') return;
    const r = restoreSave(slot.problem.replayable!, true);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(writeSave(store, encodeSave(r.session, r.pending))).toBeNull();
    expect(store.getItem(DAMAGED_KEY)).toBe(old);
    expect(readSlot(store, SAVE_KEY).kind).toBe('good');
  });

  it('keeps the previous good save and sets a damaged one aside, never dropping either', () => {
    const store = new Store();
    const first = encodeSave(played(1), []);
    const second = encodeSave(played(2), []);
    expect(writeSave(store, first)).toBeNull();
    expect(writeSave(store, second)).toBeNull();
    expect(store.getItem(SAVE_KEY)).toBe(second);
    expect(store.getItem(PREVIOUS_KEY)).toBe(first);
    store.setItem(SAVE_KEY, '{damaged');
    expect(readSlot(store, SAVE_KEY).kind).toBe('bad');
    expect(writeSave(store, first)).toBeNull();
    expect(store.getItem(DAMAGED_KEY)).toBe('{damaged');
    expect(store.getItem(PREVIOUS_KEY)).toBe(first);
    store.setItem(SAVE_KEY, 'garbage');
    expect(setAside(store)).toBeNull();
    expect(store.getItem(SAVE_KEY)).toBeNull();
    expect(store.getItem(DAMAGED_KEY)).toBe('garbage');
  });

  it('reports a full storage instead of throwing', () => {
    const store = new Store();
    store.setItem = () => { throw new Error('QuotaExceededError'); };
    expect(writeSave(store, encodeSave(played(1), []))).toMatch(/Quota/);
  });
});
