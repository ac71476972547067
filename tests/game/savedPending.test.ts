// The decisions pending in a save (DESIGN.md §8; src/game/savedPending.ts): a
// damaged one is left out on resume and named with its reason, in both languages,
// the valid ones are kept, nothing throws however deep or odd the save is, and the
// save that held the damaged ones is kept as it was, not overwritten. The cases are
// those a read-only audit found blanking or garbling the play screen.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { checkPending, tooBigForADecision } from '../../src/game/savedPending';
import { DAMAGED_KEY, PREVIOUS_KEY, SAVE_KEY, decodeSave, encodeSave, readSlot, restoreSave, writeSave, type KeyValueStore, type SaveReason } from '../../src/game/save';
import { saveBox } from '../../src/game/ui/title';
import type { App } from '../../src/game/ui/app';
import { t, type Lang } from '../../src/i18n';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf, type FakeElement } from './fakeDom';

class Store implements KeyValueStore {
  m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');

function playedOne() {
  const s = newSession(shippedScenario('tutorial'), tutorialText);
  const p = new PendingList();
  p.add({ type: 'setAdBudget', market: 'US', weekly: 10000 });
  s.endTurn(p);
  return s;
}

const GOOD_AD = { type: 'setAdBudget', market: 'US', weekly: 30000 };
const GOOD_PAY = { type: 'setPayments', market: 'US', methods: ['card', 'paypal'] };
/** A decision nested 50,000 deep, as text (JSON.parse reads it; JSON.stringify and recursion overflow on it). */
const DEEP = `{"type":"setPrice","market":${'['.repeat(50_000)}${']'.repeat(50_000)},"channel":"marketplace","product":"serum","price":100}`;

/** A save of one played turn whose pending list is `pending` (JSON text of each entry). */
function saveWith(pending: string[]): string {
  const good = encodeSave(playedOne(), []);
  return good.replace('"pending":[]', `"pending":[${pending.join(',')}]`);
}

function said(lang: Lang, r: SaveReason): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.vars)) vars[k] = typeof v === 'object' ? t(lang, v.key) : v;
  return t(lang, r.key, vars);
}

describe('saved pending decisions', () => {
  it('are checked with the engine\'s Action schema: the valid kept, each other named with its reason', () => {
    const { kept, dropped } = checkPending([
      GOOD_AD,
      { type: 'setPayments', market: 'US', methods: 'card' },
      { type: 'setPrice' },
      { type: 'setPrice', market: { a: 1 }, channel: [1, 2], product: 'serum', price: 'abc' },
      { type: 'setPayments', market: 'US', methods: [1, null, {}] },
      {}, { type: 5 }, { type: 'hackTheWorld', x: 1 },
      JSON.parse('{"type":"setPrice","market":"US","channel":"marketplace","product":"serum","price":100,"__proto__":{"x":1}}'),
      { type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 1e308 },
      'setPrice', null, [GOOD_AD],
      JSON.parse(DEEP),
      GOOD_PAY,
    ]);
    expect(kept).toEqual([GOOD_AD, GOOD_PAY]);
    expect(dropped.map((d) => [d.n, d.type, d.reason.key])).toEqual([
      [2, 'setPayments', 'saveDetail.field'],
      [3, 'setPrice', 'savePending.missing'],
      [4, 'setPrice', 'saveDetail.field'],
      [5, 'setPayments', 'saveDetail.field'],
      [6, '?', 'savePending.unknownType'],
      [7, '?', 'savePending.unknownType'],
      [8, 'hackTheWorld', 'savePending.unknownType'],
      [9, 'setPrice', 'savePending.extra'],
      [10, 'setPrice', 'saveDetail.field'],
      [11, '?', 'savePending.notObject'],
      [12, '?', 'savePending.notObject'],
      [13, '?', 'savePending.notObject'],
      [14, 'setPrice', 'savePending.tooDeep'],
    ]);
    const en = dropped.map((d) => said('en', d.reason));
    expect(en[0]).toBe('field methods: the wrong kind of value');
    expect(en[1]).toBe('field market is missing');
    expect(en[4]).toBe('not a kind of decision this game knows');
    expect(en[7]).toBe('has fields this decision does not have (__proto__)');
    expect(en[8]).toBe('field price: too large or too long');
    for (const lang of ['en', 'zh'] as const) for (const d of dropped) expect(said(lang, d.reason)).not.toMatch(/[{}]/);
  });

  it('refuse a deep or huge value without recursion, and accept the largest real decision', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(tooBigForADecision(deep)).toBe(true);
    expect(tooBigForADecision({ type: 'x', list: Array.from({ length: 1000 }, (_, i) => i) })).toBe(true);
    expect(tooBigForADecision({ type: 'setPayments', market: 'US', methods: Array.from({ length: 12 }, (_, i) => `m${i}`) })).toBe(false);
    expect(tooBigForADecision({ type: 'setService', market: 'US', agents: 3, localLanguage: true, localHours: false })).toBe(false);
  });

  it('resume without the damaged ones: the save decodes, restores and saves again without throwing', () => {
    const text = saveWith([JSON.stringify(GOOD_AD), '{"type":"setPayments","market":"US","methods":"card"}', DEEP, '"x"', '{"type":"setPrice"}']);
    const d = decodeSave(text);
    if (!d.ok) throw new Error(d.problem.detail);
    expect(d.dropped.map((x) => x.n)).toEqual([2, 3, 4, 5]);
    const r = restoreSave(d.save);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(r.pending).toEqual([GOOD_AD]);
    expect(r.dropped.map((x) => x.n)).toEqual([2, 3, 4, 5]);
    const list = new PendingList(r.pending as (Record<string, unknown> & { type: string })[]);
    expect(JSON.parse(encodeSave(r.session, list.actions())).pending).toEqual([GOOD_AD]);
  });

  it('leave the save as it was: the next save keeps it under the damaged-save key, not the previous-save one', () => {
    const store = new Store();
    const text = saveWith([JSON.stringify(GOOD_AD), '{"type":"setPrice"}']);
    store.setItem(SAVE_KEY, text);
    store.setItem(PREVIOUS_KEY, 'an older good save');
    const slot = readSlot(store, SAVE_KEY);
    if (slot.kind !== 'good') throw new Error('not good');
    expect(slot.text).toBe(text);
    expect(slot.dropped).toHaveLength(1);
    const r = restoreSave(slot.save);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(writeSave(store, encodeSave(r.session, r.pending))).toBeNull();
    expect(store.getItem(DAMAGED_KEY)).toBe(text);
    expect(store.getItem(PREVIOUS_KEY)).toBe('an older good save');
    // The save written now holds only what the engine accepts: the next one moves to the previous-save key as usual.
    const now = store.getItem(SAVE_KEY)!;
    expect(readSlot(store, SAVE_KEY).kind === 'good' && (readSlot(store, SAVE_KEY) as { dropped: unknown[] }).dropped).toEqual([]);
    expect(writeSave(store, encodeSave(r.session, []))).toBeNull();
    expect(store.getItem(PREVIOUS_KEY)).toBe(now);
  });

  it('are named in the save box before the student continues, as text, in both languages', () => {
    installFakeDom();
    const evil = '<img src=x onerror=alert(1)>';
    const text = saveWith([JSON.stringify(GOOD_AD), '{"type":"setPayments","market":"US","methods":"card"}', JSON.stringify({ type: evil })]);
    const store = new Store();
    store.setItem(SAVE_KEY, text);
    for (const lang of ['en', 'zh'] as const) {
      const app = { ...fakeApp(playedOne(), lang), slot: readSlot(store, SAVE_KEY), restoreProblem: null, store } as unknown as App;
      const box = saveBox(app) as unknown as FakeElement;
      const note = box.querySelector('[data-testid="save-dropped"]');
      expect(note, lang).not.toBeNull();
      const shown = textOf(note);
      expect(box.querySelector('[data-testid="resume"]')).not.toBeNull();
      if (lang === 'en') {
        expect(shown).toContain('Of the 3 decisions waiting in this save, 2 cannot be restored; continuing leaves them out:');
        expect(shown).toContain('decision 2 (setPayments): field methods: the wrong kind of value');
        expect(shown).toContain(`decision 3 (${evil}): not a kind of decision this game knows`);
        expect(shown).toContain('"chuhai.save.damaged"');
      } else {
        expect(shown).toContain('第 2 项决策（setPayments）：字段 methods：值的类型不对');
      }
      // The type from the save is a text node, never markup.
      expect(note!.querySelectorAll('[src]')).toHaveLength(0);
    }
  });
});
