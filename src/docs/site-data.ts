import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getAjv } from '../contract/ajv.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { schemaPathOfId } from '../contract/schema-ids.js';
import { validateWith } from '../contract/validate.js';
import type { ProboStatus } from '../contract/statuses.js';
import type { Scenario } from '../generated/types.js';
import {
  fixturesDir as defaultFixturesDir,
  schemasDir as defaultSchemasDir,
} from '../shared/paths.js';
import { loadScenarioDir } from '../scenarios/load.js';
import { exampleSchemaOf, publishedIn } from './example-files.js';
import { isSchemaObject, loadSchemas, SchemaIndex, type SchemaEntry } from './schema-catalog.js';
import { GeneratedTypes } from './ts-types.js';

/** Everything the docs are generated from, read once. */
export interface SiteData {
  schemas: SchemaEntry[];
  index: SchemaIndex;
  fixtures: Fixture[];
  scenarios: Array<{ scenario: Scenario; file: string | undefined }>;
  types: GeneratedTypes | undefined;
  schemasDir: string;
  fixturesDir: string;
}

export interface Fixture {
  /** Path below `fixtures/`, forward slashes. */
  file: string;
  text: string;
  body: unknown;
}

export interface SiteSources {
  schemasDir?: string;
  fixturesDir?: string;
}

function jsonFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      d.isDirectory()
        ? jsonFiles(join(dir, d.name))
        : d.name.endsWith('.json')
          ? [join(dir, d.name)]
          : [],
    );
}

export async function loadSiteData(sources: SiteSources = {}): Promise<SiteData> {
  const schemasDir = sources.schemasDir ?? defaultSchemasDir;
  const fixturesDir = sources.fixturesDir ?? defaultFixturesDir;
  const schemas = loadSchemas(schemasDir);
  const fixtures = jsonFiles(fixturesDir).flatMap((path): Fixture[] => {
    const text = readFileSync(path, 'utf8');
    try {
      return [
        { file: relative(fixturesDir, path).split(sep).join('/'), text, body: JSON.parse(text) },
      ];
    } catch {
      return []; // a deliberately malformed fixture is not an example
    }
  });
  const scenarioDir = join(fixturesDir, 'scenarios');
  const scenarios = (await loadScenarioDir(scenarioDir).catch(() => [])).map((scenario) => {
    const file = fixtures.find(
      (f) =>
        f.file.startsWith('scenarios/') &&
        isSchemaObject(f.body) &&
        (f.body as { name?: unknown }).name === scenario.name,
    )?.file;
    return { scenario, file };
  });
  return {
    schemas,
    index: new SchemaIndex(schemas),
    fixtures,
    scenarios,
    types: GeneratedTypes.load(),
    schemasDir,
    fixturesDir,
  };
}

/** A union schema (the callback union) dispatches to others instead of describing fields. */
export function unionMembers(entry: SchemaEntry, data: SiteData): SchemaEntry[] {
  const parts = [entry.schema.allOf, entry.schema.oneOf, entry.schema.anyOf].find(Array.isArray) as
    unknown[] | undefined;
  if (!parts) return [];
  const members = parts.flatMap((part) => {
    if (!isSchemaObject(part)) return [];
    const target = isSchemaObject(part.then) ? part.then : part;
    const ref = target.$ref;
    if (typeof ref !== 'string') return [];
    const hit = data.index.resolve(ref, entry);
    return hit && hit.pointer === '' ? [hit.entry] : [];
  });
  return members.length === parts.length ? members : [];
}

/**
 * The schema's examples: the fixtures written for it (example-files.ts) that validate against it,
 * Probo's own ones first.
 */
export function examplesFor(entry: SchemaEntry, data: SiteData): Fixture[] {
  if (!entry.id || unionMembers(entry, data).length) return [];
  const schema = schemaPathOfId(entry.file);
  const validate = (() => {
    try {
      return getAjv().getSchema(entry.id);
    } catch {
      return undefined;
    }
  })();
  if (!validate) return [];
  const documentedFirst = (f: Fixture): number => (publishedIn(f.file) ? 0 : 1);
  return data.fixtures
    .filter((f) => exampleSchemaOf(f.file) === schema && validate(f.body) === true)
    .sort((a, b) => documentedFirst(a) - documentedFirst(b) || a.file.localeCompare(b.file));
}

/**
 * Bodies this schema refuses: the fixtures in an `invalid/` folder beside its examples
 * (`fixtures/orders/invalid/`), each with the problems validation names.
 */
export function refusalsFor(
  entry: SchemaEntry,
  data: SiteData,
): Array<{ fixture: Fixture; problems: Diagnostic[] }> {
  if (!entry.id) return [];
  const dirs = new Set(
    examplesFor(entry, data).map((f) => `${f.file.slice(0, f.file.lastIndexOf('/') + 1)}invalid/`),
  );
  return data.fixtures
    .filter(
      (f) => [...dirs].some((d) => f.file.startsWith(d)) && !f.file.endsWith('/expected.json'),
    )
    .flatMap((fixture) => {
      const result = validateWith(entry.id!, fixture.body);
      return result.valid ? [] : [{ fixture, problems: result.diagnostics }];
    });
}

/** The status a callback message schema is for (its `status` const), if it is one. */
export function statusOf(entry: SchemaEntry): ProboStatus | undefined {
  const props = entry.schema.properties;
  if (!isSchemaObject(props) || !isSchemaObject(props.status)) return undefined;
  const c = props.status.const;
  return typeof c === 'string' ? (c as ProboStatus) : undefined;
}

/** Schemas that `$ref` this one (for "used by" lists on shared parts). */
export function usedBy(entry: SchemaEntry, data: SiteData): SchemaEntry[] {
  if (!entry.id) return [];
  return data.schemas.filter((other) => {
    if (other === entry) return false;
    const refs: string[] = [];
    const scan = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(scan);
      else if (isSchemaObject(node)) {
        if (typeof node.$ref === 'string') refs.push(node.$ref);
        Object.values(node).forEach(scan);
      }
    };
    scan(other.schema);
    return refs.some((r) => data.index.resolve(r, other)?.entry === entry);
  });
}

/** Where a schema's page lives in the site. */
export function pageFor(entry: SchemaEntry): string {
  const section =
    { callbacks: 'messages', common: 'shared', root: 'formats' }[entry.group] ?? entry.group;
  return `${section}/${entry.slug}.html`;
}

export const scenarioPage = (name: string): string => `scenarios/${name}.html`;
export const rawSchemaPath = (entry: SchemaEntry): string => `raw/schemas/${entry.file}`;
export const rawFixturePath = (file: string): string => `raw/fixtures/${file}`;
