import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { unescapePointerToken } from '../shared/json-pointer.js';
import { schemasDir } from '../shared/paths.js';
import { listSchemaFiles } from '../shared/schema-files.js';
import { isProvenance, type Provenance } from '../shared/schema-keywords.js';

/** A JSON Schema as read from disk; the docs read it generically, keyword by keyword. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;
export type SchemaObject = { [keyword: string]: unknown };

/** One schema file of `schemas/`, with what the docs need to place it. */
export interface SchemaEntry {
  /** Path below `schemas/`, with forward slashes: `callbacks/queued.schema.json`. */
  file: string;
  /** First folder (`callbacks`, `api`, `common`), or `root` for files directly in `schemas/`. */
  group: string;
  /** File name without `.schema.json` / `.json`. */
  slug: string;
  id: string | undefined;
  title: string;
  description: string;
  provenance: Provenance | undefined;
  schema: SchemaObject;
}

export const isSchemaObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function provenanceOf(schema: unknown): Provenance | undefined {
  if (!isSchemaObject(schema)) return undefined;
  const p = schema['x-provenance'];
  return isProvenance(p) ? p : undefined;
}

/** Every schema under `dir`, in a stable order (by folder, then file name). */
export function loadSchemas(dir: string = schemasDir): SchemaEntry[] {
  return listSchemaFiles(dir).map((path) => {
    const file = relative(dir, path).split(sep).join('/');
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!isSchemaObject(parsed)) throw new Error(`schemas/${file} is not a JSON Schema object`);
    const parts = file.split('/');
    return {
      file,
      group: parts.length > 1 ? parts[0]! : 'root',
      slug: parts[parts.length - 1]!.replace(/(\.schema)?\.json$/, ''),
      id: typeof parsed.$id === 'string' ? parsed.$id : undefined,
      title: typeof parsed.title === 'string' ? parsed.title : file,
      description: typeof parsed.description === 'string' ? parsed.description : '',
      provenance: provenanceOf(parsed),
      schema: parsed,
    };
  });
}

/** Looks schemas up by `$id` and resolves `$ref`s the way Ajv does (relative to the base `$id`). */
export class SchemaIndex {
  private readonly byId = new Map<string, SchemaEntry>();

  constructor(readonly entries: readonly SchemaEntry[]) {
    for (const e of entries) if (e.id) this.byId.set(e.id, e);
  }

  entryById(id: string): SchemaEntry | undefined {
    return this.byId.get(id.replace(/#$/, ''));
  }

  /** Resolves `ref` against `base`; undefined when it points outside the known schemas. */
  resolve(
    ref: string,
    base: SchemaEntry,
  ): { entry: SchemaEntry; schema: JsonSchema; pointer: string } | undefined {
    let absolute: string;
    try {
      absolute = base.id ? new URL(ref, base.id).href : ref;
    } catch {
      return undefined;
    }
    const [uri, fragment = ''] = absolute.split('#') as [string, string?];
    const entry = ref.startsWith('#') ? base : this.entryById(uri);
    if (!entry) return undefined;
    const schema = resolvePointer(entry.schema, fragment);
    return schema === undefined ? undefined : { entry, schema, pointer: fragment };
  }
}

/** Resolves a JSON pointer (`/$defs/x`) inside a document; '' is the document itself. */
export function resolvePointer(doc: unknown, pointer: string): JsonSchema | undefined {
  if (pointer === '' || pointer === '/') return doc as JsonSchema;
  let node: unknown = doc;
  for (const token of pointer.replace(/^\//, '').split('/')) {
    const key = unescapePointerToken(decodeURIComponent(token));
    if (!isSchemaObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) return undefined;
  }
  return node as JsonSchema;
}
