import { CATALOG_ENDPOINTS } from './endpoints.js';

/**
 * Which fixture is an example of which schema, by its file: each fixture is shown (on a schema
 * page, in the OpenAPI document) only for the one schema it was written for, and only if it
 * validates against it. Validation alone is not enough: a whole order post is a valid cancel
 * request (it has an `id`), a status answer a valid status request, and the `queued` callback a
 * valid order answer.
 */

/** The order API's fixtures (Probo's published ones under `probo/`, and ours), by schema. */
const ORDER_FILES: ReadonlyArray<readonly [string, RegExp]> = [
  ['api/order-post', /^orders\/(?:[^/]+|probo\/(?:spec-order|docs-(?!status))[^/]+)\.json$/],
  ['api/order-status-request', /^orders\/probo\/(?:spec|docs)-status[^/]*\.json$/],
  ['api/order-cancel-request', /^orders\/probo\/spec-cancel[^/]*\.json$/],
  ['api/order-release-request', /^orders\/probo\/spec-release[^/]*\.json$/],
  ['api/order-answer', /^orders\/probo\/answers\/[^/]+-order-[^/]+\.json$/],
  ['api/order-status-answer', /^orders\/probo\/answers\/[^/]+-status[^/]*\.json$/],
  ['api/order-cancel-answer', /^orders\/probo\/answers\/[^/]+-cancel-[^/]+\.json$/],
  ['api/order-release-answer', /^orders\/probo\/answers\/[^/]+-release-[^/]+\.json$/],
  ['catalog/catalog', /^catalog\/catalog\.json$/],
];

/**
 * `PUT /apiproducts/product/{customer_code}` → `put-apiproducts-product-customer-code`: the name
 * of its docs page and of its example fixtures.
 */
export function endpointSlug(method: string, path: string): string {
  const rest = path
    .replace(/[{}]/g, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^a-zA-Z0-9-]/g, '-');
  return `${method}-${rest || 'root'}`.toLowerCase();
}

/** Whether `file` is a request example of a catalog endpoint: `catalog/requests/<slug>[.<variant>].json`. */
export function isRequestFileOf(method: string, path: string, file: string): boolean {
  const prefix = `catalog/requests/${endpointSlug(method, path)}`;
  return file.startsWith(prefix) && /^(?:\.[a-z0-9-]+)?\.json$/.test(file.slice(prefix.length));
}

/**
 * The schema (`api/order-post`, `callbacks/in-production`) `file` (below `fixtures/`) is an
 * example of, or undefined: refused bodies (`invalid/`), scenarios and anything unlisted are
 * nobody's example.
 */
export function exampleSchemaOf(file: string): string | undefined {
  if (file.includes('/invalid/') || file.startsWith('scenarios/')) return undefined;
  // callbacks/<status>[.<variant>].json, the guide's as documented-<status>…: the message's schema.
  const callback = /^callbacks\/(?:documented-)?([a-z_-]+)(?:\.([a-z-]+))?\.json$/.exec(file);
  if (callback) {
    const name = [callback[1]!, callback[2]].filter(Boolean).join('-').replace(/_/g, '-');
    return `callbacks/${name}`;
  }
  for (const [schema, pattern] of ORDER_FILES) if (pattern.test(file)) return schema;
  const endpoint = CATALOG_ENDPOINTS.find(
    (e) => e.request !== undefined && isRequestFileOf(e.method, e.path, file),
  );
  return endpoint?.request;
}

/**
 * Where Probo published `file`, if it did: the callbacks guide (`callbacks/documented-…`), the
 * specification (`orders/probo/spec-…`, answers too) or the newer docs pages (`orders/probo/docs-…`);
 * undefined for the examples probo-mock wrote.
 */
export function publishedIn(file: string): 'guide' | 'specification' | 'docs' | undefined {
  if (/^callbacks\/documented-/.test(file)) return 'guide';
  const probo = /^orders\/probo\/(?:answers\/)?(spec|docs)-/.exec(file);
  if (!probo) return undefined;
  return probo[1] === 'spec' ? 'specification' : 'docs';
}
