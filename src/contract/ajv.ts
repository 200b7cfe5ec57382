import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { AJV_OPTIONS, PROVENANCES, SCHEMA_KEYWORDS } from '../shared/schema-keywords.js';
import { listSchemaFiles } from './schema-files.js';

// Ajv itself is loaded on first use only: validation runs the precompiled functions of
// src/generated/validators.ts, so the CLI and the mock start without the schema compiler.
const require = createRequire(import.meta.url);

export { PROVENANCES, listSchemaFiles };

let instance: Ajv2020 | undefined;

/**
 * The single Ajv (JSON Schema 2020-12) instance: strict, all errors, ajv-formats, the custom
 * keywords of src/shared/schema-keywords.js, and every schema under schemas/ added. Validators
 * compile lazily (on first `getSchema`) and once.
 */
export function getAjv(): Ajv2020 {
  if (instance) return instance;
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  const addFormats = (require('ajv-formats') as { default: (ajv: Ajv2020) => Ajv2020 }).default;
  // The same options and keywords as scripts/generate-validators.mjs (a test compares the two).
  const ajv = new AjvClass({ ...AJV_OPTIONS });
  addFormats(ajv);
  for (const keyword of SCHEMA_KEYWORDS) ajv.addKeyword({ ...keyword });
  for (const file of listSchemaFiles()) {
    ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
  }
  instance = ajv;
  return ajv;
}
