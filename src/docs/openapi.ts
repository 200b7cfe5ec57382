import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaId } from '../contract/schema-ids.js';
import { packageRoot } from '../shared/paths.js';
import { catalogPaths } from './openapi-catalog.js';
import { requestExamples, tryItFirst, type TryItStep } from './openapi-examples.js';
import { isSchemaObject, type SchemaEntry, type SchemaIndex } from './schema-catalog.js';
import {
  examplesFor,
  loadSiteData,
  unionMembers,
  type Fixture,
  type SiteData,
} from './site-data.js';

/**
 * The OpenAPI 3.1 document of the Probo order API as probo-mock models it: the four order
 * endpoints (`/order`, `/order/status`, `/order/cancel`, `/order/release`), every callback
 * message as a webhook, and `callbacks` on `POST /order`. Its schemas are the files of
 * `schemas/`, bundled: each `$ref` by `$id` becomes `#/components/schemas/<title>`.
 */

type Json = { [key: string]: unknown };

const COMPONENT = '#/components/schemas/';

/** Rewrites one schema for the bundle: no `$id`/`$schema`, refs pointing into components. */
function bundleSchema(
  entry: SchemaEntry,
  index: SchemaIndex,
  names: Map<SchemaEntry, string>,
): Json {
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isSchemaObject(node)) return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (node === entry.schema && (k === '$id' || k === '$schema')) continue;
      if (k === '$ref' && typeof v === 'string') {
        const hit = index.resolve(v, entry);
        if (!hit) throw new Error(`schemas/${entry.file}: cannot resolve $ref ${v}`);
        out.$ref = `${COMPONENT}${encodeURIComponent(names.get(hit.entry)!)}${hit.pointer}`;
      } else out[k] = rewrite(v);
    }
    return out;
  };
  return rewrite(entry.schema) as Json;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as Json;
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** An example fixture, with the requests to send before it on a fresh mock (if any). */
type Example = Fixture & { first?: TryItStep[] };

const jsonBody = (name: string, description: string, examples: Example[] = []): Json => ({
  description,
  content: {
    'application/json': {
      schema: { $ref: COMPONENT + name },
      ...(examples.length
        ? {
            examples: Object.fromEntries(
              examples.map((f) => [
                f.file.replace(/[^A-Za-z0-9_.-]/g, '_'),
                {
                  summary: `fixtures/${f.file}`,
                  value: f.body,
                  ...(f.first?.length ? { 'x-try-it-first': f.first } : {}),
                },
              ]),
            ),
          }
        : {}),
    },
  },
});

const RATE_HEADERS: Json = {
  'x-ratelimit-remaining': {
    description: 'Calls left in the current window.',
    schema: { type: 'integer' },
  },
  'x-ratelimit-limits': { description: 'Calls allowed per window.', schema: { type: 'integer' } },
  'x-ratelimit-reset': {
    description: 'Milliseconds until the window resets.',
    schema: { type: 'integer' },
  },
};

/** Builds the document from already loaded site data (the docs site embeds the same one). */
export function buildOpenApiFrom(data: SiteData): Json {
  const { schemas, index } = data;
  const names = new Map<SchemaEntry, string>();
  for (const e of schemas) {
    const base = e.title.replace(/[^A-Za-z0-9_.-]/g, '') || e.slug;
    let name = base;
    for (let n = 2; [...names.values()].includes(name); n++) name = `${base}${n}`;
    names.set(e, name);
  }
  const byId = (path: string): string => {
    const entry = index.entryById(schemaId(path));
    if (!entry) throw new Error(`schemas/${path}.schema.json is missing`);
    return names.get(entry)!;
  };
  const examples = (path: string): Fixture[] => {
    const entry = index.entryById(schemaId(path));
    return entry ? examplesFor(entry, data) : [];
  };
  /** The request examples of one endpoint, each with what to send first on a fresh mock. */
  const requests = (method: string, path: string, request: string): Json =>
    jsonBody(
      byId(request),
      '',
      requestExamples(method, path, schemaId(request), data).map((f) => ({
        ...f,
        first: tryItFirst(method.toUpperCase(), path, f.body, data),
      })),
    );

  const error = (description: string): Json => jsonBody(byId('api/error-answer'), description);
  const errors = (extra: Json = {}): Json => ({
    '400': error(
      'The body was refused, in Probo\'s error shape `{"status": "error", "message": …}`; `errors` names every problem by JSON pointer (invented: Probo publishes no validation body).',
    ),
    '401': error(
      'No usable `Authorization` header: `Bearer <key>` (documented), `Basic <key>` (observed) or `Basic base64(<key>:)`; the message says which forms are accepted.',
    ),
    '405': error(
      'Another method than the path takes; the `Allow` header names its methods (invented body).',
    ),
    '413': error('The body is larger than the mock accepts (invented).'),
    '415': error('The body is not sent as `application/json` (invented).'),
    ...extra,
    '429': {
      ...jsonBody(byId('api/rate-limit-answer'), 'Past 300 calls a minute per token (documented).'),
      headers: RATE_HEADERS,
    },
  });

  const union = schemas.find((e) => e.id === schemaId('callbacks/callback'));
  const messages = union ? unionMembers(union, data) : [];
  const pathItems: Json = {};
  const webhooks: Json = {};
  const callbacks: Json = {};
  for (const m of messages) {
    pathItems[m.slug] = {
      post: {
        summary: m.title,
        description: `${m.description}\n\nProvenance: ${m.provenance ?? 'unmarked'}.`,
        tags: ['callbacks'],
        'x-provenance': m.provenance,
        requestBody: { ...jsonBody(names.get(m)!, m.title, examplesFor(m, data)), required: true },
        responses: {
          '200': {
            description:
              'Acknowledged. Any 2xx answer counts; what Probo does on other answers (retries, timeouts) is not public.',
          },
        },
      },
    };
    webhooks[m.slug] = { $ref: `#/components/pathItems/${m.slug}` };
    callbacks[m.slug] = {
      '{$request.body#/callback_urls/0}': { $ref: `#/components/pathItems/${m.slug}` },
    };
  }

  const operation = (
    operationId: string,
    summary: string,
    description: string,
    request: string,
    answer: [string, string, Json],
    extra: Json = {},
    path = '',
  ): Json => ({
    post: {
      operationId,
      summary,
      description,
      tags: ['orders'],
      requestBody: { ...requests('post', path, request), description: summary, required: true },
      responses: { [answer[0]]: jsonBody(byId(answer[1]), 'Success.'), ...errors(answer[2]) },
      ...extra,
    },
  });

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Probo print API: orders and order-status callbacks (probo-mock contract)',
      version: packageVersion(),
      summary:
        'The order endpoints and callbacks of the Probo print API, as probo-mock models them.',
      description:
        "Generated by `probo-mock openapi` from probo-mock's JSON Schemas. Every schema and field carries `x-provenance`: `documented` (Probo's documentation), `observed` (seen in integrations against the live API) or `invented` (chosen by probo-mock; Probo has not published it). Delivery headers, signing, timeouts and retries of callbacks are not public.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://api.proboprints.com',
        description: 'Probo (production; there is no sandbox)',
      },
      { url: 'http://127.0.0.1:4010', description: 'probo-mock serve (default address)' },
    ],
    security: [{ bearer: [] }, { basic: [] }],
    tags: [
      { name: 'orders', description: 'The order endpoints a shop calls.' },
      { name: 'callbacks', description: "Messages Probo POSTs to an order's callback_urls." },
      {
        name: 'catalog',
        description: 'Products, configure, price, shipping methods, API products, the order list.',
      },
      { name: 'uploader', description: 'Uploader sessions and their page on the mock.' },
    ],
    paths: {
      '/order': operation(
        'postOrder',
        'Post an order',
        "Validated against the order schema (Probo's specification, with the newer docs where they disagree: see the schema descriptions). An accepted order answers 202 with the `queued` body (the specification's 2020 example says `order_queued`; the newer docs say `queued`, which the mock follows), then callbacks follow to every URL in `callback_urls`. Near-misses (`callback_url`, singular; `callback_urls` as a string or empty) are taken and warned about in the order's admin record.",
        'api/order-post',
        ['202', 'api/order-answer', {}],
        { callbacks, 'x-provenance': 'documented' },
        '/order',
      ),
      '/order/status': operation(
        'postOrderStatus',
        'Current status of up to five orders',
        'Orders by `id`, `supplier_order_number` (each an integer or a string) or `reference`, at most five ("Max 5 orders", documented). The answer is the specification\'s shape: `status: "ok"`, `message`, `orders[{id, reference, supplier_order_number, status_code, delivery_date, shipping_method_code, products[], packages[]}]`; an order named twice is listed once, unknown orders are left out (observed).',
        'api/order-status-request',
        ['200', 'api/order-status-answer', {}],
        { 'x-provenance': 'documented' },
        '/order/status',
      ),
      '/order/cancel': operation(
        'postOrderCancel',
        'Cancel an order',
        'One order by `id` or `supplier_order_number`. Allowed until the order is in production: 200 `{"status": "cancelled", "message": "Order cancelled", "id"}` and a `canceled` callback follows. Refused with 400 in the error shape: "Could not cancel order, because order status is: production", "Order does not exist" (documented texts).',
        'api/order-cancel-request',
        ['200', 'api/order-cancel-answer', {}],
        { 'x-provenance': 'documented' },
        '/order/cancel',
      ),
      '/order/release': operation(
        'postOrderRelease',
        'Release a canceled order',
        'Frees the id of a canceled order: a new post with the same id is then a new order, not a duplicate. 200 `{"status": "released", "message": "Order released", "id"}`; refused with 400: "Could not release order, because order status is: …", "Order does not exist" (documented texts).',
        'api/order-release-request',
        ['200', 'api/order-release-answer', {}],
        { 'x-provenance': 'documented' },
        '/order/release',
      ),
      ...catalogPaths(
        (path, description) => jsonBody(byId(path), description, examples(path)),
        errors(),
        error,
        (e) => ({
          ...requests(e.method.toLowerCase(), e.path, e.request!),
          description: e.summary,
        }),
      ),
    },
    webhooks,
    components: {
      schemas: Object.fromEntries(
        schemas.map((e) => [names.get(e)!, bundleSchema(e, index, names)]),
      ),
      pathItems,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'As the Probo docs say (documented).',
        },
        basic: {
          type: 'http',
          scheme: 'basic',
          description: 'As integrations send it (observed).',
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document from `schemas/` and the fixtures (for examples). */
export async function buildOpenApi(): Promise<Json> {
  return buildOpenApiFrom(await loadSiteData());
}
