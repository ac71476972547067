import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../src/engine/schema';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';

const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema', () => {
    const onDisk = readFileSync(SCHEMA_FILE, 'utf8');
    // Compare whole texts, but fail with a message that says what to do.
    expect(onDisk === scenarioJsonSchemaText(),
      'scenarios/scenario.schema.json is stale: run `npm run schema` and commit the result').toBe(true);
  });

  it('describes the recursive script states through a named $ref', () => {
    const schema = scenarioJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown> }> };
    const stateNode = schema.$defs.StateNode!;
    expect(JSON.stringify(stateNode.properties.states)).toContain('"$ref":"#/$defs/StateNode"');
  });

  it('lists every top-level field of a scenario, with fields that have defaults optional', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(Scenario.shape));
    expect(schema.required).toContain('markets');
    expect(schema.required).not.toContain('warehouses');
  });

  it('is deterministic', () => {
    expect(scenarioJsonSchemaText()).toBe(scenarioJsonSchemaText());
  });
});
