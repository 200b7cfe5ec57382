import { validateWith } from '../contract/validate.js';
import type { Fixture, SiteData } from './site-data.js';

/**
 * The request examples of each endpoint in the OpenAPI document, and what to send before each so
 * that its "Try it" curl gets the documented 2xx from a fresh `probo-mock serve`. An example is a
 * request for its own endpoint (chosen by file, not by whatever its schema lets through: an order
 * post is a valid cancel request too, and a status answer a valid status request) and valid
 * against the endpoint's request schema.
 */

/** A request sent before an example (`x-try-it-first` on the example; invented extension). */
export interface TryItStep {
  method: string;
  path: string;
  body: unknown;
}

/** Order endpoints: their examples among `fixtures/orders/` (the published ones and ours). */
const ORDER_EXAMPLES: Record<string, RegExp> = {
  '/order': /^orders\/(?:[^/]+|probo\/(?:spec-order|docs-(?!status))[^/]+)\.json$/,
  '/order/status': /^orders\/probo\/(?:spec|docs)-status[^/]*\.json$/,
  '/order/cancel': /^orders\/probo\/spec-cancel[^/]*\.json$/,
  '/order/release': /^orders\/probo\/spec-release[^/]*\.json$/,
};

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

/**
 * The request examples of `method path`, valid against `schemaId`: for an order endpoint the
 * fixtures of its table above, for the others `fixtures/catalog/requests/<slug>[.<variant>].json`.
 */
export function requestExamples(
  method: string,
  path: string,
  schemaId: string,
  data: SiteData,
): Fixture[] {
  const orderPattern = ORDER_EXAMPLES[path];
  const slug = endpointSlug(method, path);
  const mine = (file: string): boolean =>
    orderPattern
      ? orderPattern.test(file)
      : new RegExp(`^catalog/requests/${slug}(?:\\.[a-z0-9-]+)?\\.json$`).test(file);
  return data.fixtures.filter(
    (f) => mine(f.file) && !isFragment(f.body) && validateWith(schemaId, f.body).valid,
  );
}

function isFragment(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'fragment' in body;
}

/**
 * What to send before `example` of `method path` on a fresh mock: an order to cancel (one that
 * waits for its uploader session, so it is still at `queued`), an order to cancel and release,
 * or the configuration whose `calculation_id` an uploader request names.
 */
export function tryItFirst(
  method: string,
  path: string,
  example: unknown,
  data: SiteData,
): TryItStep[] {
  const body = example as { id?: unknown; calculation_id?: unknown };
  const waiting = data.fixtures.find((f) => f.file === 'orders/uploader.json')?.body as
    Record<string, unknown> | undefined;
  const order = (): TryItStep => ({
    method: 'POST',
    path: '/order',
    body: { ...waiting, id: body.id },
  });
  if (method === 'POST' && path === '/order/cancel' && waiting && body.id !== undefined)
    return [order()];
  if (method === 'POST' && path === '/order/release' && waiting && body.id !== undefined)
    return [order(), { method: 'POST', path: '/order/cancel', body: { id: body.id } }];
  if (method === 'POST' && path === '/products/uploader/create') {
    const configure = data.fixtures.find(
      (f) => f.file === 'catalog/requests/post-products-configure.json',
    );
    if (configure) return [{ method: 'POST', path: '/products/configure', body: configure.body }];
  }
  return [];
}
