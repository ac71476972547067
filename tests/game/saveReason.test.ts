// A save that cannot be resumed is explained in the player's language: every
// problem the save code can give carries a string key whose text, filled with its
// values, leaves no placeholder behind in either language (issue 5 §8).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { newSession } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { decodeSave, encodeSave, restoreSave, type SaveProblem, type SaveReason } from '../../src/game/save';
import { t, type Lang } from '../../src/i18n';
import { shippedScenario } from '../support/scenarios';

function said(lang: Lang, r: SaveReason): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.vars)) vars[k] = typeof v === 'object' ? t(lang, v.key) : v;
  return t(lang, r.key, vars);
}

describe('save problems in both languages', () => {
  const s = newSession(shippedScenario('tutorial'), readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8'));
  s.endTurn(new PendingList());
  const good = JSON.parse(encodeSave(s, [])) as Record<string, unknown>;
  const decoded = (v: unknown): SaveProblem => { const d = decodeSave(typeof v === 'string' ? v : JSON.stringify(v)); if (d.ok) throw new Error('decoded'); return d.problem; };
  const restored = (v: Record<string, unknown>): SaveProblem => {
    const d = decodeSave(JSON.stringify(v));
    if (!d.ok) throw new Error(d.problem.detail);
    const r = restoreSave(d.save);
    if (r.ok) throw new Error('restored');
    return r.problem;
  };
  const turns = good.turns as { actions: unknown[]; hash: string }[];
  const problems: [string, SaveProblem][] = [
    ['not JSON', decoded('{"format":')],
    ['not an object', decoded('[1]')],
    ['foreign', decoded({ format: 'other-app' })],
    ['version', decoded({ ...good, version: 9 })],
    ['field', decoded({ ...good, seed: 'x' })],
    ['extra field', decoded({ ...good, extra: 1 })],
    ['rules', decoded({ ...good, rulesVersion: -1 })],
    ['scenario hash', restored({ ...good, scenario: { ...(good.scenario as object), hash: '0000000000000000' } })],
    ['seed', restored({ ...good, seed: 1 })],
    ['turn hash', restored({ ...good, turns: [{ ...turns[0]!, hash: '0000000000000000' }] })],
    ['final hash', restored({ ...good, hash: '0000000000000000' })],
  ];

  it.each(problems)('%s', (_, p) => {
    const en = said('en', p.reason);
    const zh = said('zh', p.reason);
    for (const text of [en, zh]) {
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(p.reason.key);
    }
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the field that is wrong, in words, not zod\'s English', () => {
    const p = decoded({ ...good, seed: 'x' });
    expect(said('zh', p.reason)).toBe('字段 seed：值的类型不对');
    expect(said('en', p.reason)).toBe('field seed: the wrong kind of value');
  });
});
