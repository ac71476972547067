// `chuhai validate FILE…`: every problem as `FILE: path.to.field: message`, exit 1
// when any file has one (DESIGN.md §7).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIOS, chuhai, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('chuhai validate', () => {
  it('accepts the shipped scenarios, and names every problem of a bad one by path', async () => {
    const tutorial = JSON.parse(readFileSync(join(SCENARIOS, 'tutorial.json'), 'utf8')) as Record<string, unknown> & {
      markets: { currency: string }[]; products: { moq: number }[];
    };
    // The loader checks references only once the shape is right: one file for each step.
    const wrongRef = join(tmp.dir, 'wrong-ref.json');
    writeFileSync(wrongRef, JSON.stringify({ ...tutorial, markets: [{ ...tutorial.markets[0]!, currency: 'XYZ' }] }));
    tutorial.turns = 0;
    tutorial.products[1]!.moq = -5;
    const bad = join(tmp.dir, '坏的 情景.json');
    writeFileSync(bad, JSON.stringify(tutorial, null, 2));
    const notJson = join(tmp.dir, 'broken.json');
    writeFileSync(notJson, '{ "id": "x",\n  "turns": 8,, }');

    const [good, r] = await Promise.all([
      chuhai(['validate', join(SCENARIOS, 'tutorial.json'), join(SCENARIOS, 'campaign-global.json')], tmp.dir),
      chuhai(['validate', bad, wrongRef, notJson, 'missing.json'], tmp.dir),
    ]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/tutorial\.json: ok\n.*campaign-global\.json: ok\n$/);

    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^.+\.json: [^:]+: .+$/);
    expect(lines).toContain(`${bad}: turns: must be at least 1 (it is 0)`);
    expect(lines.some((l) => l.startsWith(`${bad}: products[1].moq: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${wrongRef}: markets[0].currency: `) && l.includes('XYZ'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${notJson}: (root): the file is not valid JSON: line 2, column `))).toBe(true);
    expect(lines).toContain('missing.json: (root): no such file or folder');
  });

  it('--json lists the problems for tools', async () => {
    const r = await chuhai(['validate', '--json', join(SCENARIOS, 'tutorial.json'), 'nope.json'], tmp.dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; ok: boolean; problems: { path: string; message: string }[] }[];
    expect(out.map((f) => f.ok)).toEqual([true, false]);
    expect(out[1]!.problems).toEqual([{ path: '(root)', message: 'no such file or folder' }]);
  });
});
