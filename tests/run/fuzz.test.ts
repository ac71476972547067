// Fuzzing the grader (issue 4 item 7, DESIGN.md §8): whatever is done to a run
// file — bytes flipped, cut, spliced, values replaced deep inside — gradeRun
// returns a row with a known status and never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradeRun, replayRun, type GradeRow } from '../../src/run';
import { scenario, simpleRunText, type Loose } from './helpers';

const STATUSES = ['ok', 'tampered', 'invalid', 'wrong-scenario', 'wrong-seed', 'wrong-version'];

function checkRow(row: GradeRow): void {
  expect(STATUSES).toContain(row.status);
  expect(typeof row.detail).toBe('string');
  expect(typeof row.student).toBe('string');
  if (row.status === 'ok') {
    expect(row.score).toBeGreaterThanOrEqual(0);
    expect(row.score).toBeLessThanOrEqual(100);
    expect(row.kpis).not.toBeNull();
  } else {
    expect(row.detail.length).toBeGreaterThan(0);
    expect(row.score).toBeNull();
    expect(row.kpis).toBeNull();
  }
}

type TextEdit = { kind: 'replace' | 'delete' | 'insert' | 'truncate' | 'duplicate'; at: number; len: number; str: string };
const textEdit = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'insert', 'truncate', 'duplicate'),
  at: fc.nat(), len: fc.nat({ max: 64 }),
  str: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '1e999', '-0', '\uD800', '张')),
}) as fc.Arbitrary<TextEdit>;

function applyText(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'replace': return text.slice(0, at) + e.str + text.slice(at + Math.max(1, e.str.length));
    case 'delete': return text.slice(0, at) + text.slice(at + e.len + 1);
    case 'insert': return text.slice(0, at) + e.str + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'duplicate': return text.slice(0, at + e.len) + text.slice(at);
  }
}

type Path = (string | number)[];
/** Every path to a value inside a JSON tree (the root excluded). */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...at, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

type JsonEdit = { pick: number; kind: 'set' | 'delete' | 'wrap' | 'nudge'; value: unknown };
const jsonEdit = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'delete', 'wrap', 'nudge'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, -1, 0, 1e300, 2 ** 32, 0.5, '', 'player', '__proto__', [], {})),
}) as fc.Arbitrary<JsonEdit>;

function applyJson(text: string, edits: JsonEdit[]): string {
  const root = JSON.parse(text) as Record<string, unknown>;
  for (const e of edits) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[e.pick % all.length]!;
    let parent: Loose = root;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const key = path[path.length - 1]!;
    if (e.kind === 'delete') { if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key]; }
    else if (e.kind === 'wrap') parent[key] = [parent[key]];
    else if (e.kind === 'nudge' && typeof parent[key] === 'number') parent[key] += 1;
    else parent[key] = e.value;
  }
  return JSON.stringify(root);
}

describe('fuzzing gradeRun', () => {
  const tutorial = scenario('tutorial');
  const tutorialText = simpleRunText('tutorial');
  const campaign = scenario('campaign-global');
  const campaignText = simpleRunText('campaign-global');

  it('never throws on byte-level edits of a run file', () => {
    fc.assert(fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, asBytes) => {
      const text = edits.reduce(applyText, tutorialText);
      checkRow(gradeRun(asBytes ? new TextEncoder().encode(text) : text, tutorial));
    }), { numRuns: 400, seed: 11 });
  });

  it('never throws on value-level edits, and an untouched run stays ok', () => {
    const outcomes = new Map<string, number>();
    fc.assert(fc.property(fc.array(jsonEdit, { minLength: 0, maxLength: 3 }), (edits) => {
      const row = gradeRun(applyJson(tutorialText, edits), tutorial);
      checkRow(row);
      if (edits.length === 0) expect(row.status).toBe('ok');
      outcomes.set(row.status, (outcomes.get(row.status) ?? 0) + 1);
    }), { numRuns: 300, seed: 12 });
    // The edits reach every layer: shape checks, the version, scenario and seed checks, and the replay.
    for (const s of ['invalid', 'tampered', 'wrong-seed']) expect(outcomes.get(s) ?? 0, s).toBeGreaterThan(0);
  });

  it('never throws on edits of a full campaign run', () => {
    fc.assert(fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 2 }), (edits) => {
      checkRow(gradeRun(applyJson(campaignText, edits), campaign));
    }), { numRuns: 40, seed: 13 });
  });

  it('checks every claim a run file makes: any value changed outside the actions is not ok', () => {
    // A run file's claims (versions, the scenario's id, version and hash, the seed
    // and its policy, every hash, the score) are recomputed or compared by the
    // grader; one that is not would let an edited file through as ok. Each leaf
    // outside the actions is changed in turn, as little as keeps its type.
    for (const [name, sc, text] of [['tutorial', tutorial, tutorialText], ['campaign-global', campaign, campaignText]] as const) {
      const original = JSON.parse(text) as Loose;
      const leaves = paths(original).filter((p) => {
        let v: Loose = original;
        for (const k of p) v = v[k];
        if (v !== null && typeof v === 'object') return false;
        if (p[0] === 'turns' && p[2] === 'actions') return false;
        // A fixed seed's student id is a label only (runFile.ts RunSeedPolicy).
        return !(p[0] === 'seedPolicy' && p[1] === 'studentId' && original.seedPolicy.kind === 'fixed');
      });
      expect(leaves.length, name).toBeGreaterThan(20);
      for (const path of leaves) {
        const run = JSON.parse(text) as Loose;
        let parent: Loose = run;
        for (const k of path.slice(0, -1)) parent = parent[k];
        const key = path[path.length - 1]!;
        const v = parent[key] as unknown;
        parent[key] = typeof v === 'number' ? (v >= 1 ? v - 1 : v + 1)
          : typeof v === 'string' ? (/^[0-9a-f]{16}$/.test(v) ? v.slice(0, 15) + (v[15] === '0' ? '1' : '0') : `${v.slice(0, -1)}${v.endsWith('x') ? 'y' : 'x'}`)
            : !v;
        const row = gradeRun(JSON.stringify(run), sc);
        expect(row.status, `${name}: ${path.join('.')} = ${JSON.stringify(parent[key])}`).not.toBe('ok');
      }
    }
  });

  it('replayRun never throws on any value', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), (value) => {
      const r = replayRun(tutorial, value);
      expect(r.ok).toBe(false);
    }), { numRuns: 300, seed: 14 });
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(replayRun(tutorial, deep)).toMatchObject({ ok: false, status: 'invalid' });
    const deepAction = tutorialText.replace('"actions":[', `"actions":[${'['.repeat(50_000)}${']'.repeat(50_000)},`);
    checkRow(gradeRun(deepAction, tutorial));
  });
});
