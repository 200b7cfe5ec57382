import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaId, validateWith } from '../contract/index.js';
import type { Catalog, CatalogOption, CatalogProduct } from '../generated/types.js';
import { fixturesDir } from '../shared/paths.js';

/** The seeded catalog shipped with the mock. */
export const DEFAULT_CATALOG_FILE = join(fixturesDir, 'catalog', 'catalog.json');

const CATALOG_ID = schemaId('catalog/catalog');

/**
 * Checks a catalog: the schema, then what a schema cannot say (unique codes, ranges that make
 * sense, API products whose options exist). Returns every problem as "pointer: reason".
 */
export function catalogProblems(catalog: unknown): string[] {
  const result = validateWith(CATALOG_ID, catalog);
  if (!result.valid) return result.diagnostics.map((d) => `${d.pointer || '/'}: ${d.message}`);
  const problems: string[] = [];
  const valid = catalog as Catalog;
  const products = new Map<string, CatalogProduct>();
  valid.products.forEach((product, i) => {
    if (products.has(product.code)) problems.push(`/products/${i}/code: "${product.code}" twice`);
    products.set(product.code, product);
    const codes = new Set<string>();
    const walk = (nodes: CatalogOption[], at: string, parent?: CatalogOption): void =>
      nodes.forEach((node, j) => {
        const here = `${at}/${j}`;
        // A group may share its code with its own input (the `amount` group and its `amount`).
        const sharesWithGroup = parent?.code === node.code && isGroup(parent) && !isGroup(node);
        if (codes.has(node.code) && !sharesWithGroup)
          problems.push(`${here}/code: "${node.code}" twice in the product`);
        codes.add(node.code);
        if (
          node.min_value !== undefined &&
          node.max_value !== undefined &&
          node.min_value > node.max_value
        )
          problems.push(`${here}: min_value is above max_value`);
        if (node.children) walk(node.children, `${here}/children`, node);
      });
    walk(product.options, `/products/${i}/options`);
    for (const [k, node] of product.options.entries()) {
      if (!isGroup(node))
        problems.push(`/products/${i}/options/${k}: a top-level option must be a group (parent…)`);
    }
  });
  const customerCodes = new Set<string>();
  valid.api_products.forEach((api, i) => {
    if (customerCodes.has(api.customer_code))
      problems.push(`/api_products/${i}/customer_code: "${api.customer_code}" twice`);
    customerCodes.add(api.customer_code);
    if (!products.has(api.code))
      problems.push(`/api_products/${i}/code: no product "${api.code}" in the catalog`);
  });
  const methods = new Set<string>();
  valid.shipping_methods.forEach((m, i) => {
    if (m.code !== null && methods.has(m.code))
      problems.push(`/shipping_methods/${i}/code: "${m.code}" twice`);
    if (m.code !== null) methods.add(m.code);
  });
  return problems;
}

/** Whether a node groups others (its children are inputs or a choice of one). */
export function isGroup(node: CatalogOption): boolean {
  return node.type_code.startsWith('parent');
}

/** Reads and checks a catalog file; throws an Error naming the file and every problem. */
export function loadCatalogFile(file: string = DEFAULT_CATALOG_FILE): Catalog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `catalog ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`catalog ${file}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const problems = catalogProblems(parsed);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    throw new Error(
      `catalog ${file} does not match schemas/catalog/catalog.schema.json:\n${shown.join('\n')}`,
    );
  }
  return parsed as Catalog;
}
