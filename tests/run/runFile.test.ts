// The run file format (issue 4 item 2): byte-identical output for the same run,
// size of a full campaign, and a strict reader that names every problem's path.
import { describe, expect, it } from 'vitest';
import { playRun, RunFileSchema, serializeRun, type RunFile } from '../../src/run';
import { RULES_VERSION, scenarioHash } from '../../src/engine';
import { simplePlayerActions } from '../support/simplePlayer';
import { scenario, simpleRun, type Loose } from './helpers';

/** A busy student: every turn reprices every listing, tops up ads and payments, restocks. */
function busyDecide(state: Parameters<typeof simplePlayerActions>[0]): unknown[] {
  const c = state.companies.player!;
  const out: unknown[] = [...simplePlayerActions(state)];
  for (const l of c.listings) out.push({ type: 'setPrice', market: l.market, channel: l.channel, product: l.product, price: l.price + (state.turn % 3) - 1 });
  for (const m of Object.keys(c.markets).sort()) {
    out.push({ type: 'setAdBudget', market: m, weekly: 40_000 + 1000 * (state.turn % 7) });
    out.push({ type: 'setPayments', market: m, methods: ['card', 'paypal'] });
  }
  for (const [market, channel, product] of [['DE', 'marketplace', 'serum'], ['UK', 'marketplace', 'phone-case'], ['JP', 'marketplace', 'serum']] as const) {
    out.push({ type: 'setPrice', market, channel, product, price: 1999 + state.turn });
  }
  return out;
}

describe('run file', () => {
  it('is byte-identical for the same scenario, seed and actions', () => {
    const a = serializeRun(playRun(scenario('campaign-global'), { studentId: '张三', decide: (s) => simplePlayerActions(s) }).run);
    const b = serializeRun(playRun(scenario('campaign-global'), { studentId: '张三', decide: (s) => simplePlayerActions(s) }).run);
    expect(b).toBe(a);
    // Reading it back and writing again gives the same bytes, and key order in
    // the actions a bot builds does not matter.
    expect(serializeRun(RunFileSchema.parse(JSON.parse(a)) as RunFile)).toBe(a);
    const shuffled = serializeRun(playRun(scenario('campaign-global'), {
      studentId: '张三',
      decide: (s) => simplePlayerActions(s).map((x) => Object.fromEntries(Object.entries(x).reverse())),
    }).run);
    expect(shuffled).toBe(a);
  });

  it('keeps a 52-turn campaign under 100 KB', () => {
    const simple = serializeRun(simpleRun('campaign-global').run);
    const busy = playRun(scenario('campaign-global'), { studentId: '20260001', decide: busyDecide });
    const busyText = serializeRun(busy.run);
    const actions = busy.run.turns.reduce((a, t) => a + t.actions.length, 0);
    const kb = (t: string) => (Buffer.byteLength(t, 'utf8') / 1024).toFixed(1);
    console.log(`campaign run file: simple player ${kb(simple)} KB; busy player ${kb(busyText)} KB (${actions} actions over ${busy.run.turns.length} turns)`);
    expect(busy.run.turns).toHaveLength(52);
    expect(Buffer.byteLength(busyText, 'utf8')).toBeLessThan(100 * 1024);
  });

  it('records the header fields of DESIGN.md §5', () => {
    const { run, state } = simpleRun('campaign-global');
    expect(run).toMatchObject({
      format: 'chuhai-run', formatVersion: 1, rulesVersion: RULES_VERSION,
      scenario: { id: 'campaign-global', version: scenario('campaign-global').version, hash: scenarioHash(scenario('campaign-global')) },
      seedPolicy: { kind: 'perStudent', studentId: '张三' },
    });
    expect(run.turns).toHaveLength(52);
    expect(run.final.hash).toBe(run.turns[51]!.hash);
    expect(state.finished).toBe(true);
  });

  it('reads strictly and names the path of every problem', () => {
    const good = JSON.parse(serializeRun(simpleRun('tutorial').run)) as Loose;
    const bad = structuredClone(good);
    bad.turns[3].hash = 'XYZ';
    bad.turns[5].extra = 1;
    bad.final.score.parts.profit = 120;
    delete bad.seed;
    const result = RunFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['final.score.parts.profit', 'seed', 'turns.3.hash', 'turns.5'].sort());
    expect(RunFileSchema.safeParse(good).success).toBe(true);
  });
});
