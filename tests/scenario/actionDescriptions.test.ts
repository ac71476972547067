// Instructors write a case's `asHappened` actions (and `chuhai run --actions` files)
// in an editor that completes them through scenarios/scenario.schema.json: each
// action and each of its fields must say what it means there (units, ids, refusals).
// An action or field added without a description fails here.
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS } from '../../src/engine/actions/schema';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';

interface Variant { description?: string; properties: Record<string, { description?: string; const?: string }> }

function variants(): Variant[] {
  const schema = scenarioJsonSchema() as {
    properties: { asHappened: { properties: { turns: { items: { properties: { actions: { items: { oneOf: Variant[] } } } } } } } };
  };
  return schema.properties.asHappened.properties.turns.items.properties.actions.items.oneOf;
}

describe('the actions in scenario.schema.json', () => {
  it('are every action type, each with a one-line description', () => {
    const all = variants();
    expect(all.map((v) => v.properties.type!.const).sort()).toEqual(Object.keys(ACTION_FIELDS).sort());
    for (const v of all) expect(v.description, v.properties.type!.const).toMatch(/\S/);
  });

  it('describe every field of every action', () => {
    const missing = variants().flatMap((v) =>
      Object.entries(v.properties).filter(([, p]) => !p.description?.trim()).map(([key]) => `${v.properties.type!.const}.${key}`));
    expect(missing).toEqual([]);
  });
});
