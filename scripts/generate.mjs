// Regenerates everything generated from schemas/, in two steps:
// 1. from schemas/callbacks/*.schema.json (generate-statuses.mjs): the status enum of
//    schemas/common/status.schema.json, the union of schemas/callbacks/callback.schema.json and
//    src/generated/statuses.ts;
// 2. from every schema: src/generated/types.ts (json-schema-to-typescript), its declarations as
//    data in src/generated/type-snippets.ts (for the docs) and src/generated/validators.ts with
//    src/generated/validators/*.cjs (Ajv standalone code, see generate-validators.mjs).
// `node scripts/generate.mjs --check` exits 1 when a committed file differs (CI guard).
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { listSchemaFiles } from '../src/shared/schema-files.js';
import {
  generateCallbackUnion,
  generateStatusEnum,
  generateStatusesModule,
  readCallbackSchemas,
} from './generate-statuses.mjs';
import { generateTypeSnippets } from './generate-type-snippets.mjs';
import { generateValidators, VALIDATORS_DIR } from './generate-validators.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemasDir = join(root, 'schemas');
const outFile = join(root, 'src/generated/types.ts');
const generatedDir = join(root, 'src/generated');
const snippetsFile = join(root, 'src/generated/type-snippets.ts');
const statusesFile = join(root, 'src/generated/statuses.ts');
const BASE = 'https://probo-mock.dev/schemas/';

const BANNER = `/* eslint-disable */
/**
 * Types generated from schemas/, do not edit.
 * Run \`npm run generate\` after changing a schema.
 */`;

/**
 * Shapes a schema for typing only (Ajv validates the files as they are):
 * - the callback union dispatches with allOf/if/then (so Ajv reports one kind's errors only);
 *   for typing, the same union is the plain anyOf of the `then` schemas;
 * - a `$ref` with sibling keywords would become a new type (`Address1`): keep the bare `$ref`;
 * - a schema that is only a `$ref` (the 202 answer) becomes an alias of the referenced type.
 */
function forTyping(schema) {
  const bare = bareRefs(schema);
  if (typeof schema.$ref === 'string') {
    return { title: schema.title, description: schema.description, allOf: [{ $ref: schema.$ref }] };
  }
  const branches = bare.allOf?.filter((s) => s.if && s.then);
  if (!branches || branches.length !== bare.allOf.length || branches.length === 0) return bare;
  const rest = { ...bare };
  for (const key of ['allOf', 'properties', 'required', 'type']) delete rest[key];
  return { ...rest, anyOf: branches.map((b) => b.then) };
}

function bareRefs(node) {
  if (Array.isArray(node)) return node.map(bareRefs);
  if (typeof node !== 'object' || node === null) return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, bareRefs(v)]));
}

const readSchema = (path) => forTyping(JSON.parse(readFileSync(path, 'utf8')));

/** One compile of a root that references every schema, so each type is declared once. */
export async function generateTypes() {
  const files = listSchemaFiles(schemasDir);
  const properties = {};
  for (const file of files) {
    const { $id, title } = JSON.parse(readFileSync(file, 'utf8'));
    properties[title] = { $ref: $id };
  }
  const rootSchema = {
    title: 'AllSchemas',
    type: 'object',
    additionalProperties: false,
    properties,
  };
  const ts = await compile(rootSchema, 'AllSchemas', {
    bannerComment: BANNER,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    cwd: schemasDir,
    style: { singleQuote: true, printWidth: 100, trailingComma: 'all' },
    $refOptions: {
      resolve: {
        probo: {
          order: 1,
          canRead: (file) => file.url.startsWith(BASE),
          read: (file) => JSON.stringify(readSchema(join(schemasDir, file.url.slice(BASE.length)))),
        },
      },
    },
  });
  // The synthetic root only gathers the schemas; it is not a type anyone uses.
  return ts.replace(/export interface AllSchemas \{[\s\S]*?\n\}\n/, '').replace(/\n{3,}/g, '\n\n');
}

/** Writes each output, or with `--check` compares it with the file; true when one was stale. */
function emit(outputs, check) {
  let stale = false;
  for (const [file, text] of outputs) {
    const name = relative(root, file);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // a missing file is stale too
      }
      if (current !== text) {
        console.error(`${name} is stale: run npm run generate`);
        stale = true;
      } else console.log(`${name} is up to date`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${name}`);
    }
  }
  return stale;
}

/**
 * A file in `dir` that this run did not write (its schema was removed or renamed): deleted, or
 * with `--check` reported as stale. True when there was one.
 */
function orphans(dir, written, check) {
  let found = false;
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    // no folder yet: nothing left over
  }
  for (const name of names) {
    const file = join(dir, name);
    if (written.includes(file)) continue;
    found = true;
    if (check) console.error(`${relative(root, file)} is stale (no schema): run npm run generate`);
    else {
      rmSync(file);
      console.log(`removed ${relative(root, file)}`);
    }
  }
  return found && check;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  // Step 1 rewrites two schema files, which step 2 reads.
  const statuses = readCallbackSchemas(join(schemasDir, 'callbacks'));
  const staleSchemas = emit(
    [
      [
        join(schemasDir, 'common/status.schema.json'),
        await generateStatusEnum(schemasDir, statuses),
      ],
      [
        join(schemasDir, 'callbacks/callback.schema.json'),
        await generateCallbackUnion(schemasDir, statuses),
      ],
      [statusesFile, await generateStatusesModule(statuses, statusesFile)],
    ],
    check,
  );
  const types = await generateTypes();
  const validators = generateValidators(schemasDir).map(([path, text]) => [
    join(generatedDir, path),
    text,
  ]);
  const staleCode = emit(
    [
      [outFile, types],
      [snippetsFile, await generateTypeSnippets(types, snippetsFile)],
      ...validators,
    ],
    check,
  );
  const staleValidators = orphans(
    join(generatedDir, VALIDATORS_DIR),
    validators.map(([file]) => file),
    check,
  );
  if (staleSchemas || staleCode || staleValidators) process.exit(1);
}
