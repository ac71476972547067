// `npm run schema`: regenerates scenarios/scenario.schema.json from the engine's
// zod schema. Run it after changing src/engine/schema; a test fails until you do.
// Node only (it writes a file); nothing in the game imports it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from './jsonSchema';

export const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText(), 'utf8');
console.log(`wrote ${SCHEMA_FILE}`);
