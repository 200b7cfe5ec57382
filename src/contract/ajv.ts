import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { schemasDir } from '../paths.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object or the plugin.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

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
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
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
