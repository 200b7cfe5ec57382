import type { Server } from '@hapi/hapi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { createMockServer } from '../../src/mock/index.js';
import { ORDERABLE_BANNER, shopOrder } from '../support/mock-orders.js';

const AUTH = { authorization: 'Bearer fuzz' };
const RUNS = 300;

/** A valid configure or price product, to mutate. */
const BANNER = ORDERABLE_BANNER;

/** Any JSON value, and a few shapes near the real ones. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', 0, -1, 1.5, 1e308, 'banner-510', 'width', [], {}, true),
);

/** A mutation of `valid`: a value replaced at a random place, a key dropped or added. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths: Array<Array<string | number>> = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(valid, []);
  return fc
    .tuple(
      fc.constantFrom(...paths),
      anyValue,
      fc.constantFrom('set', 'drop', 'add'),
      fc.string({ maxLength: 12 }),
    )
    .map(([path, value, how, key]) => {
      const copy = structuredClone(valid) as Record<string | number, unknown>;
      if (path.length === 0) return how === 'set' ? value : copy;
      let parent: Record<string | number, unknown> = copy;
      for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (how === 'set') parent[last] = value;
      else if (how === 'drop') delete parent[last];
      else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]))
        (parent[last] as Record<string, unknown>)[key] = value;
      else parent[last] = value;
      return copy;
    });
}

/** Bodies as bytes: mutated JSON, any JSON, or text that is not JSON. */
function bodies(valid: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(valid).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant('{"products": [') },
  );
}

const POSTS: Array<{
  path: string;
  answer: string;
  valid: unknown;
  method?: 'POST' | 'PUT';
  ok?: number;
}> = [
  {
    path: '/products/configure',
    answer: 'configure-response',
    valid: { products: [BANNER], language: 'en' },
  },
  {
    path: '/price',
    answer: 'price-response',
    valid: {
      products: [BANNER, { customer_code: 'mybanner_01' }],
      deliveries: [
        {
          address: { country: 'NL', city: 'Amsterdam' },
          shipping_method_preset: 'cheapest',
          carrier_code: 'DHL',
        },
      ],
    },
  },
  {
    path: '/products/uploader/create',
    answer: 'uploader-create-response',
    valid: { calculation_id: 0, callback_url: 'http://127.0.0.1:9/cb', language: 'nl' },
  },
  {
    path: '/apiproducts/product',
    answer: 'apiproduct-stored-response',
    valid: { ...BANNER, customer_code: 'fuzz_banner' },
    ok: 201,
  },
  {
    path: '/apiproducts/product/mybanner_01',
    method: 'PUT',
    answer: 'apiproduct-stored-response',
    valid: { ...BANNER, customer_code: 'mybanner_01' },
  },
];

const word = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '1',
    '0',
    '-1',
    '99999999999',
    '1.5',
    'en',
    'EN',
    'nederlands',
    'pickup',
    'shipment',
    '2026-13-45',
    '2026-01-01',
    'order_date',
    '-number',
    'queued',
    '%00',
    '../',
  ),
);
const QUERY_NAMES = [
  'page',
  'per_page',
  'language',
  'type',
  'updated_at_from',
  'updated_at_to',
  'order_date_from',
  'order_date_to',
  'sort_column',
  'status',
  'customer_order_id',
  'address_company_name',
  'address_first_name',
  'address_last_name',
  'uploader-application',
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_NAMES), word), { maxLength: 5 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
const segment = fc.oneof(
  fc.constantFrom('banner-510', 'mybanner_01', 'nope', '%F0%9F%8E%8F', 'x'.repeat(300)),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);
const GETS: Array<{ path: fc.Arbitrary<string>; answer: string }> = [
  { path: fc.constant('/products'), answer: 'products-response' },
  { path: segment.map((s) => `/products/product/${s}`), answer: 'product-response' },
  { path: fc.constant('/shipping/methods'), answer: 'shipping-methods-response' },
  { path: fc.constant('/apiproducts'), answer: 'apiproducts-response' },
  { path: segment.map((s) => `/apiproducts/product/${s}`), answer: 'apiproduct-response' },
  { path: fc.constant('/orders'), answer: 'orders-response' },
];

/** A 4xx in Probo's error shape, or a 2xx valid against the endpoint's answer schema; never a 5xx. */
function judge(what: string, status: number, text: string, answer: string, ok = 200): void {
  let body: unknown;
  expect(() => (body = JSON.parse(text)), `${what}: ${text.slice(0, 200)}`).not.toThrow();
  expect(status, `${what}: ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (status === ok) {
    expect(validateWith(schemaId(`api/${answer}`), body).diagnostics, what).toEqual([]);
    return;
  }
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(body, `${what}: ${text.slice(0, 300)}`).toMatchObject({
    status: 'error',
    message: expect.any(String) as string,
    reason: expect.any(String) as string,
  });
}

describe('the catalog and uploader routes under fuzzed input', () => {
  let server: Server;
  beforeAll(async () => {
    server = await createMockServer({ manual: true, rateLimit: 0 });
    // Orders for GET /orders to list, filter and sort: one the catalog knows, one it does not.
    for (const [id, code] of [
      ['fuzz-1', 'banner-510'],
      ['fuzz-2', 'not-in-the-catalog'],
    ] as const) {
      const order = shopOrder({ id });
      order.products[0]!.code = code;
      const res = await server.inject({
        method: 'POST',
        url: '/order',
        payload: order,
        headers: { ...AUTH, 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(202);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  for (const route of POSTS) {
    it(`answers ${RUNS} fuzzed bodies to ${route.method ?? 'POST'} ${route.path} with a 4xx in Probo's shape or a valid ${route.ok ?? 200}, never a 5xx`, async () => {
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          bodies(route.valid),
          fc.constantFrom('application/json', 'text/plain', undefined),
          async (payload, type) => {
            const res = await server.inject({
              method: route.method ?? 'POST',
              url: route.path,
              payload,
              headers: type ? { ...AUTH, 'content-type': type } : AUTH,
            });
            judge(
              `${route.method ?? 'POST'} ${route.path} ${payload.slice(0, 120)}`,
              res.statusCode,
              res.payload,
              route.answer,
              route.ok,
            );
            if (res.statusCode >= 400) refused++;
          },
        ),
        { numRuns: RUNS, seed: 20261201, endOnFailure: true },
      );
      expect(refused).toBeGreaterThan(RUNS / 2);
    }, 120_000);
  }

  for (const route of GETS) {
    it(`answers ${RUNS} fuzzed queries and paths of GET ${route.answer.replace('-response', '')} with a 4xx in Probo's shape or a valid 200`, async () => {
      await fc.assert(
        fc.asyncProperty(route.path, query, async (path, q) => {
          const url = q ? `${path}?${q}` : path;
          const res = await server.inject({ method: 'GET', url, headers: AUTH });
          judge(`GET ${url}`, res.statusCode, res.payload, route.answer);
        }),
        { numRuns: RUNS, seed: 20261202, endOnFailure: true },
      );
    }, 120_000);
  }

  it('answers fuzzed confirmations of an uploader session with a 4xx in our shape, and a real one with 200', async () => {
    const shop = (
      server.plugins as unknown as {
        'probo-mock': {
          shop: { sessions: { create(r: { productId: number }): { id: number; token: string } } };
        };
      }
    )['probo-mock'].shop;
    const session = shop.sessions.create({ productId: 1 });
    await fc.assert(
      fc.asyncProperty(
        bodies({ token: session.token, file_name: 'a.pdf', size_in_bytes: 10 }),
        segment,
        async (payload, id) => {
          const res = await server.inject({
            method: 'POST',
            url: `/uploader/${id}/confirm`,
            payload,
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode, res.payload).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(JSON.parse(res.payload)).toMatchObject({ status: 'error' });
        },
      ),
      { numRuns: 100, seed: 3 },
    );
    const ok = await server.inject({
      method: 'POST',
      url: `/uploader/${session.id}/confirm`,
      payload: { token: session.token, file_name: 'a.pdf' },
    });
    expect(ok.statusCode).toBe(200);
  });

  it("answers the unknown option codes of a configure request in Probo's shape, naming each by pointer", async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/products/configure',
      headers: AUTH,
      payload: {
        products: [
          {
            code: 'banner-510',
            options: [
              { code: 'widht', value: 100 },
              { code: 'height', value: 100 },
              { code: 'grommets' },
            ],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.payload) as {
      status: string;
      errors: Array<{ pointer: string; message: string }>;
    };
    expect(body.status).toBe('error');
    expect(body.errors.map((e) => e.pointer)).toEqual([
      '/products/0/options/0/code',
      '/products/0/options/2/code',
    ]);
    expect(body.errors[0]!.message).toContain('"widht"');
  });
});
