import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getAjv, listSchemaFiles, PROVENANCES } from '../../src/contract/ajv.js';
import { CALLBACK_KINDS, SCHEMA_BASE } from '../../src/contract/index.js';
import { schemasDir } from '../../src/shared/paths.js';

type Node = Record<string, unknown>;
const files = listSchemaFiles();
const own = files.filter((f) => !f.endsWith('scenario.schema.json'));
const load = (file: string): Node => JSON.parse(readFileSync(file, 'utf8')) as Node;

/** Every object schema and every property schema below `node`, with a path for messages. */
function* propertySchemas(node: unknown, path: string): Generator<[string, Node]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* propertySchemas(item, `${path}/${i}`);
    return;
  }
  const schema = node as Node;
  const properties = schema.properties as Record<string, Node> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) {
    // `true` placeholders inside if/then only name a property for strict mode.
    if (typeof sub === 'object') yield [`${path}/properties/${name}`, sub];
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'properties') yield* propertySchemas(value, `${path}/${key}`);
  }
  if (properties) {
    for (const [name, sub] of Object.entries(properties)) {
      yield* propertySchemas(sub, `${path}/properties/${name}`);
    }
  }
}

/** Property schemas outside the if/then dispatch parts, which only restate names. */
const documentedProperties = (schema: Node): Array<[string, Node]> =>
  [...propertySchemas(schema, '')].filter(([path]) => !/\/(if|then|else|anyOf)(\/|$)/.test(path));

describe('the schema files', () => {
  test('finds the callback, common and api schemas and the scenario schema', () => {
    const names = files.map((f) => relative(schemasDir, f));
    expect(names).toContain('callbacks/callback.schema.json');
    expect(names).toContain('callbacks/not-accepted-file-rejected.schema.json');
    expect(names).toContain('common/order-reference.schema.json');
    expect(names).toContain('api/order-post.schema.json');
    expect(names).toContain('scenario.schema.json');
    // One file per message kind of the catalog, plus the union.
    expect(names.filter((n) => n.startsWith('callbacks/'))).toHaveLength(CALLBACK_KINDS.length + 1);
  });

  test.each(own.map((f) => [relative(schemasDir, f), f]))(
    '%s has an absolute $id matching its path, a title and a description, and x-provenance',
    (name, file) => {
      const schema = load(file);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${SCHEMA_BASE}/${name}`);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      expect(PROVENANCES).toContain(schema['x-provenance']);
    },
  );

  test.each(own.map((f) => [relative(schemasDir, f), f]))(
    '%s gives every property a description and an x-provenance mark',
    (_name, file) => {
      const missing = documentedProperties(load(file))
        .filter(
          ([, s]) =>
            typeof s.description !== 'string' || !PROVENANCES.includes(s['x-provenance'] as never),
        )
        .map(([path]) => path);
      expect(missing).toEqual([]);
    },
  );

  test.each(
    files
      .filter((f) => f.includes('/callbacks/') && !f.endsWith('callback.schema.json'))
      .map((f) => [relative(schemasDir, f), f]),
  )('%s is a closed object (additionalProperties: false)', (_name, file) => {
    const schema = load(file);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  test('every schema compiles under strict Ajv, and every schema example validates', () => {
    const ajv = getAjv();
    for (const file of files) {
      const schema = load(file);
      const validate = ajv.getSchema(schema.$id as string);
      expect(validate, String(schema.$id)).toBeTypeOf('function');
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        expect(validate!(example), `${String(schema.$id)} example`).toBe(true);
      }
    }
  });

  test('rejects a schema using an unregistered keyword (strict mode is on)', () => {
    expect(() => getAjv().compile({ type: 'string', 'x-unknown': 1 })).toThrow(/unknown keyword/);
  });

  test('rejects an x-provenance mark outside documented/observed/invented', () => {
    expect(() => getAjv().compile({ type: 'string', 'x-provenance': 'guessed' })).toThrow();
  });
});
