import { schemaPathOfId } from '../contract/schema-ids.js';
import { validateWith } from '../contract/validate.js';
import { CATALOG_ENDPOINTS } from './endpoints.js';
import { exampleSchemaOf, isRequestFileOf } from './example-files.js';
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

/**
 * The request examples of `method path`, valid against `schemaId`: for a catalog endpoint
 * `fixtures/catalog/requests/<slug>[.<variant>].json`, for an order endpoint the fixtures written
 * for its request schema (example-files.ts).
 */
export function requestExamples(
  method: string,
  path: string,
  schemaId: string,
  data: SiteData,
): Fixture[] {
  const catalog = CATALOG_ENDPOINTS.some(
    (e) => e.method === method.toUpperCase() && e.path === path,
  );
  const schema = schemaPathOfId(schemaId);
  const mine = (file: string): boolean =>
    catalog ? isRequestFileOf(method, path, file) : exampleSchemaOf(file) === schema;
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
