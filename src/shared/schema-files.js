// Lists the schema files: shared by src/contract/ajv.ts, src/docs/schema-catalog.ts and the
// generator scripts. Plain JavaScript with a hand-written schema-files.d.ts, because the
// generator scripts run on Node without a TypeScript step.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `*.schema.json` file below a folder, as absolute paths sorted by code point. */
export function listSchemaFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listSchemaFiles(path));
    else if (entry.name.endsWith('.schema.json')) found.push(path);
  }
  return found.sort();
}
