// Ajv standalone code for every schema under schemas/: one CommonJS file per schema in
// src/generated/validators/ and their index, src/generated/validators.ts, which requires a
// schema's file when its validator is first used. So start-up compiles no schema, and loads only
// the validators it uses (`serve` one, the scenario file's, instead of 1.5 MB of code for all).
// The Ajv options and keywords come from src/shared/schema-keywords.js, as for src/contract/ajv.ts
// (getAjv); test/unit/generated-validators.test.ts checks that both give the same verdict and the
// same errors for every fixture. Ajv's `code.lines` writes one statement per line, so diffs read.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { listSchemaFiles } from '../src/shared/schema-files.js';
import { AJV_OPTIONS, SCHEMA_KEYWORDS } from '../src/shared/schema-keywords.js';

/** The folder of the per-schema files, beside the index (relative to it and to src/generated/). */
export const VALIDATORS_DIR = 'validators';

const BANNER = `/* eslint-disable */
// @ts-nocheck -- Ajv standalone output: plain JavaScript, typed by the export below.
/**
 * Validators generated from schemas/, do not edit.
 * Run \`npm run generate\` after changing a schema (Ajv standalone code, one file per schema).
 */`;

const FILE_BANNER = (id) => `/* eslint-disable */
// Validator of ${id}, generated from schemas/, do not edit.
// Run \`npm run generate\` after changing a schema (Ajv standalone code, CommonJS: required by
// ../validators.ts on first use).`;

/** `https://…/schemas/api/order-post.schema.json` → `api_order_post`: a valid export name. */
const exportName = (id) =>
  id
    .replace(/^.*\/schemas\//, '')
    .replace(/\.schema\.json$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_');

/**
 * The generated files: the index module (`validators.ts`) and one `validators/<name>.cjs` per
 * schema, as [path relative to src/generated/, text].
 */
export function generateValidators(schemasDir) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: false, lines: true } });
  addFormats.default(ajv);
  for (const keyword of SCHEMA_KEYWORDS) ajv.addKeyword({ ...keyword });
  const ids = [];
  for (const file of listSchemaFiles(schemasDir)) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    ajv.addSchema(schema);
    ids.push(schema.$id);
  }
  const files = ids.map((id) => [
    `${VALIDATORS_DIR}/${exportName(id)}.cjs`,
    `${FILE_BANNER(id)}\n${standaloneCode(ajv, { validate: id })}\n`,
  ]);
  const table = ids
    .map((id) => `  [${JSON.stringify(id)}, ${JSON.stringify(exportName(id))}],`)
    .join('\n');
  const index = `${BANNER}
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

// Each validator is a CommonJS file (Ajv reaches its runtime helpers with require()), required
// synchronously the first time it is used.
const require = createRequire(import.meta.url);

const FILES: ReadonlyArray<readonly [string, string]> = [
${table}
];

/** Every schema's validator by its \`$id\`, each loaded on first use. */
export const validators: Readonly<Record<string, ValidateFunction>> = Object.defineProperties(
  {},
  Object.fromEntries(
    FILES.map(([id, name]) => {
      let loaded: ValidateFunction | undefined;
      const get = (): ValidateFunction =>
        (loaded ??= require(\`./${VALIDATORS_DIR}/\${name}.cjs\`).validate);
      return [id, { enumerable: true, get }];
    }),
  ),
);
`;
  return [['validators.ts', index], ...files];
}
