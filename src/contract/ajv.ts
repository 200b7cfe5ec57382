import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { schemasDir } from '../shared/paths.js';

// Ajv itself is loaded on first use only: validation runs the precompiled functions of
// src/generated/validators.ts, so the CLI and the mock start without the schema compiler.
const require = createRequire(import.meta.url);

export const PROVENANCES = ['documented', 'observed', 'invented'] as const;

let instance: Ajv2020 | undefined;

/** Every `*.schema.json` under schemas/, sorted so that loading is deterministic. */
export function listSchemaFiles(dir: string = schemasDir): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listSchemaFiles(path));
    else if (entry.name.endsWith('.schema.json')) found.push(path);
  }
  return found.sort();
}

/**
 * The single Ajv (JSON Schema 2020-12) instance: strict, all errors, ajv-formats, the
 * `x-provenance` keyword, and every schema under schemas/ added. Validators compile lazily
 * (on first `getSchema`) and once.
 */
export function getAjv(): Ajv2020 {
  if (instance) return instance;
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  const addFormats = (require('ajv-formats') as { default: (ajv: Ajv2020) => Ajv2020 }).default;
  // Keep these options in step with scripts/generate-validators.mjs (a test compares the two).
  const ajv = new AjvClass({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: 'x-provenance',
    metaSchema: { enum: [...PROVENANCES] },
  });
  for (const file of listSchemaFiles()) {
    ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
  }
  instance = ajv;
  return ajv;
}
