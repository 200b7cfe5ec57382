import type { Provenance } from '../contract/statuses.js';
import {
  isSchemaObject,
  provenanceOf,
  type JsonSchema,
  type SchemaEntry,
  type SchemaIndex,
  type SchemaObject,
} from './schema-catalog.js';

/** One row of a message's field table. */
export interface FieldRow {
  /** Dotted path from the body's top: `order.id`, `shipped_packages[].barcode`. */
  path: string;
  depth: number;
  /** Human type: `string (uri)`, `"queued"`, `integer`, `ShippedPackage[]`. */
  type: string;
  required: boolean;
  description: string;
  /** Own mark, else the nearest enclosing one. */
  provenance: Provenance | undefined;
  /** Limits worth knowing: `at most 5 items`, `closed: no other properties`. */
  rules: string[];
  /** Shared schemas this field's type comes from (for links). */
  refs: SchemaEntry[];
  /** Set when the field belongs to one alternative of a `oneOf`/`anyOf`. */
  variant?: string;
}

interface Located {
  schema: SchemaObject;
  entry: SchemaEntry;
  refs: SchemaEntry[];
}

const MAX_DEPTH = 8;

/** Follows `$ref`s (and single-entry `allOf` wrappers), keeping the entry that owns the result. */
export function deref(schema: JsonSchema, entry: SchemaEntry, index: SchemaIndex): Located {
  let current: JsonSchema = schema;
  let owner = entry;
  const refs: SchemaEntry[] = [];
  for (let hops = 0; hops < 16 && isSchemaObject(current); hops++) {
    const ref = current.$ref;
    if (typeof ref !== 'string') break;
    const hit = index.resolve(ref, owner);
    if (!hit) break;
    if (hit.entry !== owner || hit.pointer === '') refs.push(hit.entry);
    // Keywords beside a $ref (description, x-provenance) refine the target: keep them.
    const { $ref: _ignored, ...siblings } = current;
    void _ignored;
    current = isSchemaObject(hit.schema) ? { ...hit.schema, ...siblings } : hit.schema;
    owner = hit.entry;
  }
  return { schema: isSchemaObject(current) ? current : {}, entry: owner, refs };
}

const json = (v: unknown): string => JSON.stringify(v);

/** A short type label for a (dereferenced) schema. */
export function typeLabel(schema: JsonSchema, entry: SchemaEntry, index: SchemaIndex): string {
  if (!isSchemaObject(schema)) return schema ? 'any' : 'never';
  if (typeof schema.$ref === 'string') {
    // A shared schema is named by its title (the generated type's name).
    const hit = deref(schema, entry, index);
    const named = hit.refs[hit.refs.length - 1];
    if (named) return named.title;
    if (typeof hit.schema.title === 'string') return hit.schema.title;
    return typeLabel(hit.schema, hit.entry, index);
  }
  if ('const' in schema) return json(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(json).join(' | ');
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) {
    return alternatives.map((a) => typeLabel(a, entry, index)).join(' | ');
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  return (
    types
      .filter((t): t is string => typeof t === 'string')
      .map((t) => {
        if (t === 'array') {
          const items = schema.items;
          const inner = items === undefined ? 'any' : typeLabel(items as JsonSchema, entry, index);
          return inner.includes(' ') ? `array of ${inner}` : `${inner}[]`;
        }
        if (t === 'string' && typeof schema.format === 'string') return `string (${schema.format})`;
        return t;
      })
      .join(' | ') || (schema.properties ? 'object' : 'any')
  );
}

/** Limits a reader must respect, in words. */
export function rulesOf(schema: SchemaObject): string[] {
  const r: string[] = [];
  const num = (k: string): number | undefined =>
    typeof schema[k] === 'number' ? (schema[k] as number) : undefined;
  const pairs: Array<[string, (n: number) => string]> = [
    ['minItems', (n) => `at least ${n} item${n === 1 ? '' : 's'}`],
    ['maxItems', (n) => `at most ${n} item${n === 1 ? '' : 's'}`],
    ['minLength', (n) => `at least ${n} character${n === 1 ? '' : 's'}`],
    ['maxLength', (n) => `at most ${n} characters`],
    ['minimum', (n) => `≥ ${n}`],
    ['maximum', (n) => `≤ ${n}`],
    ['exclusiveMinimum', (n) => `> ${n}`],
    ['exclusiveMaximum', (n) => `< ${n}`],
  ];
  for (const [k, say] of pairs) {
    const n = num(k);
    if (n !== undefined) r.push(say(n));
  }
  if (typeof schema.pattern === 'string') r.push(`matches ${schema.pattern}`);
  if (schema.uniqueItems === true) r.push('unique items');
  if ('default' in schema) r.push(`default ${json(schema.default)}`);
  if (Array.isArray(schema.examples) && schema.examples.length) {
    r.push(`e.g. ${schema.examples.slice(0, 2).map(json).join(', ')}`);
  }
  return r;
}

function describe(schema: SchemaObject): string {
  const d = typeof schema.description === 'string' ? schema.description : '';
  const t = typeof schema.title === 'string' ? schema.title : '';
  return d || t;
}

/** Flattens a schema into rows, one per property at any depth (objects, arrays, alternatives). */
export function fieldRows(entry: SchemaEntry, index: SchemaIndex): FieldRow[] {
  const rows: FieldRow[] = [];
  collect(entry.schema, entry, index, '', 0, entry.provenance, rows, undefined, new Set());
  return rows;
}

function collect(
  schema: JsonSchema,
  entry: SchemaEntry,
  index: SchemaIndex,
  prefix: string,
  depth: number,
  inherited: Provenance | undefined,
  rows: FieldRow[],
  variant: string | undefined,
  seen: Set<SchemaObject>,
): void {
  if (depth > MAX_DEPTH) return;
  const { schema: s, entry: owner } = deref(schema, entry, index);
  if (seen.has(s)) return; // a recursive schema: stop rather than loop
  const inScope = new Set(seen).add(s);
  const prov = provenanceOf(s) ?? inherited;

  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf as JsonSchema[]) {
      collect(part, owner, index, prefix, depth, prov, rows, variant, inScope);
    }
  }
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  if (isSchemaObject(s.properties)) {
    for (const [name, propSchema] of Object.entries(s.properties)) {
      const located = deref(propSchema as JsonSchema, owner, index);
      const p = located.schema;
      const own = isSchemaObject(propSchema) ? propSchema : {};
      const path = prefix + name;
      const rowProv = provenanceOf(own) ?? provenanceOf(p) ?? prov;
      const row: FieldRow = {
        path,
        depth,
        type: typeLabel(propSchema as JsonSchema, owner, index),
        required: required.has(name),
        description: describe(own) || describe(p),
        provenance: rowProv,
        rules: rulesOf(p),
        refs: located.refs,
      };
      if (variant !== undefined) row.variant = variant;
      rows.push(row);
      descend(p, located.entry, index, path, depth + 1, rowProv, rows, variant, inScope);
    }
  }
  const alternatives = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && prefix !== '') {
    alternatives.forEach((alt, i) => {
      const a = deref(alt, owner, index).schema;
      const label = describe(a).split(/[.:]/)[0] || `variant ${i + 1}`;
      collect(alt, owner, index, prefix, depth, prov, rows, label, inScope);
    });
  }
}

function descend(
  p: SchemaObject,
  owner: SchemaEntry,
  index: SchemaIndex,
  path: string,
  depth: number,
  prov: Provenance | undefined,
  rows: FieldRow[],
  variant: string | undefined,
  seen: Set<SchemaObject>,
): void {
  if (isSchemaObject(p.properties) || Array.isArray(p.allOf) || p.oneOf || p.anyOf) {
    collect(p, owner, index, `${path}.`, depth, prov, rows, variant, seen);
  }
  if (p.items !== undefined && typeof p.items !== 'boolean') {
    const items = deref(p.items as JsonSchema, owner, index);
    collect(items.schema, items.entry, index, `${path}[].`, depth, prov, rows, variant, seen);
  }
}
