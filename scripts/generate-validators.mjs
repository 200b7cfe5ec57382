// Ajv standalone code for every schema under schemas/: src/generated/validators.ts.
// The CLI and the mock import these precompiled functions, so start-up compiles no schema.
// The Ajv options and keywords come from src/shared/schema-keywords.js, as for src/contract/ajv.ts
// (getAjv); test/unit/generated-validators.test.ts checks that both give the same verdict and the
// same errors for every fixture. Ajv's `code.lines` writes one statement per line, so diffs read.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { listSchemaFiles } from '../src/shared/schema-files.js';
import { AJV_OPTIONS, SCHEMA_KEYWORDS } from '../src/shared/schema-keywords.js';

const BANNER = `/* eslint-disable */
// @ts-nocheck -- Ajv standalone output: plain JavaScript, typed by the export below.
/**
 * Validators generated from schemas/, do not edit.
 * Run \`npm run generate\` after changing a schema (Ajv standalone code, one function per schema).
 */`;

/** `https://…/schemas/api/order-post.schema.json` → `api_order_post`: a valid export name. */
const exportName = (id) =>
  id
    .replace(/^.*\/schemas\//, '')
    .replace(/\.schema\.json$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_');

/** The TypeScript module text: Ajv's ESM output, a `require` for its runtime helpers, a map by `$id`. */
export function generateValidators(schemasDir) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  addFormats.default(ajv);
  for (const keyword of SCHEMA_KEYWORDS) ajv.addKeyword({ ...keyword });
  const ids = [];
  for (const file of listSchemaFiles(schemasDir)) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    ajv.addSchema(schema);
    ids.push(schema.$id);
  }
  const refs = Object.fromEntries(ids.map((id) => [exportName(id), id]));
  const code = standaloneCode(ajv, refs);
  const table = ids.map((id) => `  ${JSON.stringify(id)}: ${exportName(id)},`).join('\n');
  const text = `${BANNER}
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

// Ajv's standalone code reaches its runtime helpers (formats, ucs2length, equal) with require().
const require = createRequire(import.meta.url);

${code}

/** Every schema's validator by its \`$id\`. */
export const validators: Readonly<Record<string, ValidateFunction>> = {
${table}
};
`;
  return text;
}
