// The actions-file format of src/cli/README.md lists every action type with its
// fields, as the engine accepts them (src/engine/actions/schema.ts ACTION_FIELDS):
// an instructor writing `chuhai run --actions FILE` reads that table, and it had
// fallen to 8 of the 25 types. A type or field added later fails here until the
// table says it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from '../../src/engine/actions/schema';
import type { Field } from '../../src/engine/actions/fields';

const readme = readFileSync(new URL('../../src/cli/README.md', import.meta.url), 'utf8');

/** The fields a table row names: each backquoted name at the start of a comma-separated part. */
function rowFields(type: string): string[] | null {
  const row = readme.split('\n').find((l) => l.startsWith(`| \`${type}\` |`));
  if (!row) return null;
  const cell = row.split('|')[2]!;
  return cell.split(/,(?![^(]*\))/).map((part) => /^\s*`([A-Za-z]+\??)`/.exec(part)?.[1]).filter((x): x is string => x !== undefined);
}

describe('the actions table of src/cli/README.md', () => {
  for (const [type, fields] of Object.entries(ACTION_FIELDS)) {
    it(`lists ${type} with its fields`, () => {
      const expected = Object.entries(fields as Record<string, Field>).map(([k, f]) => (f.optional ? `${k}?` : k));
      expect(rowFields(type)).toEqual(expected);
    });
  }

  it('lists no type the engine does not have', () => {
    const listed = [...readme.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]!);
    expect(listed.filter((t) => !Object.hasOwn(ACTION_FIELDS, t))).toEqual([]);
  });
});
