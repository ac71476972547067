// The graders' viewer reads a run file as `chuhai replay` does (src/game/runInput.ts
// beside src/cli/runInput.ts): the same verdict and the same words for the same
// bytes. A read-only audit found a UTF-16 and a Latin-1 run file "✔ Verified" in the
// page (the student id shown as "s�") that the CLI called invalid, and a run of
// another version of a shipped scenario said to be for one "not shipped".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { playRun, serializeRun } from '../../src/run';
import { scenarioHash } from '../../src/engine';
import { readRunBytes } from '../../src/game/runInput';
import { catalogEntry } from '../../src/game/catalog';
import { readRunInput } from '../../src/cli/runInput';
import { shippedScenario } from '../support/scenarios';

const catalog = ['tutorial', 'campaign-global'].map((name) => {
  const path = `scenarios/${name}.json`;
  return catalogEntry(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
});

const played = playRun(shippedScenario('tutorial'), {
  studentId: 'sé',
  decide: (state) => (state.turn === 0 ? [{ type: 'setAdBudget', market: 'US', weekly: 30000 }] : []),
});
const text = serializeRun(played.run);
const edit = (f: (run: { scenario: { id: string; hash: string } }) => void): string => {
  const run = JSON.parse(text) as { scenario: { id: string; hash: string } };
  f(run);
  return JSON.stringify(run);
};

const dir = mkdtempSync(join(tmpdir(), 'chuhai-runinput-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `chuhai replay` says of these bytes (without --scenario). */
function cli(bytes: Uint8Array): { status: string; detail: string } | 'ok' {
  const file = join(dir, 'run.json');
  writeFileSync(file, bytes);
  const r = readRunInput(file, undefined);
  return r.ok ? 'ok' : { status: r.status, detail: r.detail };
}

const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(s, 'utf16le'))]);

describe('a run file in the viewer', () => {
  it('is refused, in the CLI\'s words, when its bytes are not UTF-8 (UTF-16, Latin-1) or not JSON', () => {
    const cases: [string, Uint8Array][] = [
      ['UTF-16 with a byte-order mark', utf16(text)],
      ['Latin-1', new Uint8Array(Buffer.from(text, 'latin1'))],
      ['not JSON', new TextEncoder().encode(text.slice(0, 200))],
      ['not a run file', new TextEncoder().encode('{"format":"other"}')],
    ];
    for (const [name, bytes] of cases) {
      const page = readRunBytes(bytes, catalog);
      expect(page.ok, name).toBe(false);
      if (page.ok) continue;
      expect({ status: page.status, detail: page.detail }, name).toEqual(cli(bytes));
    }
    const latin1 = readRunBytes(new Uint8Array(Buffer.from(text, 'latin1')), catalog);
    expect(!latin1.ok && latin1.detail).toBe('the file is not valid UTF-8 text; save it with the UTF-8 encoding');
  });

  it('is read with its shipped scenario when it is UTF-8, with or without a byte-order mark', () => {
    for (const bytes of [new TextEncoder().encode(text), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      const page = readRunBytes(bytes, catalog);
      expect(page.ok && page.scenario?.id).toBe('tutorial');
      expect(page.ok && page.run.seedPolicy.studentId).toBe('sé');
      expect(cli(bytes)).toBe('ok');
    }
  });

  it('of another version of a shipped scenario says so (with the shipped hashes), not that it is not shipped', () => {
    const other = new TextEncoder().encode(edit((r) => { r.scenario.hash = '7472ee6782e422cb'; r.scenario.id = 'campaign-global'; }));
    const page = readRunBytes(other, catalog);
    const campaignHash = scenarioHash(shippedScenario('campaign-global'));
    expect(page.ok && page.scenario === null && page.shipped).toEqual([campaignHash]);
    const said = cli(other);
    expect(said !== 'ok' && said.status).toBe('wrong-scenario');
    expect(said !== 'ok' && said.detail).toContain(`another version of "campaign-global" (scenario hash 7472ee6782e422cb) than the shipped one (${campaignHash})`);
    const unknown = readRunBytes(new TextEncoder().encode(edit((r) => { r.scenario.id = 'my-course'; })), catalog);
    expect(unknown.ok && unknown.scenario === null && unknown.shipped).toEqual([]);
  });
});
