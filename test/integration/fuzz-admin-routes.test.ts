import type { Server } from '@hapi/hapi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { createMockServer } from '../../src/mock/index.js';
import { AUTH, shopOrder } from '../support/mock-orders.js';

const RUNS = 200;

/** Any JSON value, and a few shapes near the real ones. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', 0, -1, 1.5, 1e308, 'accepted', 'canceled', '/order', '503', [], {}),
);

/** A valid body with one field set to anything, dropped, or one added. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  if (keys.length === 0)
    return fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 3 });
  return fc
    .tuple(
      fc.constantFrom(...keys),
      anyValue,
      fc.constantFrom('set', 'drop', 'add'),
      fc.string({ maxLength: 12 }),
    )
    .map(([key, value, how, extra]) => {
      const copy: Record<string, unknown> = { ...valid };
      if (how === 'set') copy[key] = value;
      else if (how === 'drop') delete copy[key];
      else copy[extra] = value;
      return copy;
    });
}

const deepText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** Bodies as text: mutated JSON, any JSON, text that is not JSON, bodies past the shape limits. */
function bodies(valid: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(valid).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{"status": [',
        '{"__proto__": {"polluted": true}}',
        `{"status":"accepted","patch":${deepText(5_000)}}`,
        `{"status":"accepted","patch":{"list":[${Array(1500).fill(0).join(',')}]}}`,
        '\u00ff\u00fe',
      ),
    },
  );
}

const CHANGES: Array<{
  name: string;
  method: 'POST' | 'DELETE';
  path: fc.Arbitrary<string>;
  valid: Record<string, unknown>;
}> = [];

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** An id as a path segment: real ones, near misses, and anything encoded. */
const segment = fc.oneof(
  fc.constantFrom(
    'fz-1',
    'fz-1~dup1',
    'nope',
    'dlv_1',
    '__proto__',
    'constructor',
    '%00',
    'x'.repeat(300),
  ),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);

CHANGES.push(
  {
    name: '/__mock/orders/{id}/push',
    method: 'POST',
    path: segment.map((s) => `/__mock/orders/${s}/push`),
    valid: { status: 'accepted', patch: { order: { reference: 'R' } } },
  },
  {
    name: '/__mock/orders/{id}/advance',
    method: 'POST',
    path: segment.map((s) => `/__mock/orders/${s}/advance`),
    valid: {},
  },
  {
    name: '/__mock/deliveries/{id}/resend',
    method: 'POST',
    path: segment.map((s) => `/__mock/deliveries/${s}/resend`),
    valid: {},
  },
  {
    name: '/__mock/faults',
    method: 'POST',
    path: fc.constant('/__mock/faults'),
    valid: { route: '/price', answer: '503', times: 1 },
  },
  { name: '/__mock/faults', method: 'DELETE', path: fc.constant('/__mock/faults'), valid: {} },
  {
    name: '/__mock/orders/{id}/resend-failed',
    method: 'POST',
    path: segment.map((s) => `/__mock/orders/${s}/resend-failed`),
    valid: {},
  },
  { name: '/__mock/reset', method: 'POST', path: fc.constant('/__mock/reset'), valid: {} },
);

const word = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '1',
    '0',
    '-1',
    '1.5',
    'delivered',
    'failed',
    'fz-1',
    't_0123456789abcdef',
    '%00',
    '../',
  ),
);
const READS: fc.Arbitrary<string>[] = [
  segment.map((s) => `/__mock/orders/${s}`),
  segment.map((s) => `/__mock/scenarios/${s}`),
  fc
    .array(fc.tuple(fc.constantFrom('order', 'status', 'outcome', 'limit', 'tenant'), word), {
      maxLength: 4,
    })
    .map(
      (pairs) =>
        `/__mock/deliveries?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`,
    ),
  word.map((w) => `/__mock/calls?limit=${encodeURIComponent(w)}`),
  word.map((w) => `/__mock/orders?tenant=${encodeURIComponent(w)}`),
  segment.map((s) => `/inspector/${s}`),
];

/** A 4xx in Probo's error shape or a 2xx in JSON; never a 5xx. */
function judge(what: string, status: number, text: string): unknown {
  let body: unknown;
  expect(() => (body = JSON.parse(text)), `${what}: ${text.slice(0, 200)}`).not.toThrow();
  expect(status, `${what}: ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (status >= 400) {
    expect(
      validateWith(schemaId('api/error-answer'), body).diagnostics,
      `${what}: ${text.slice(0, 300)}`,
    ).toEqual([]);
  }
  return body;
}

describe('the admin routes under fuzzed input', () => {
  let server: Server;
  let own: string;
  beforeAll(async () => {
    server = await createMockServer({ manual: true, rateLimit: 0 });
    own = server.info.uri;
  });
  afterAll(async () => {
    await server.stop();
  });

  const postOrder = async (id: string) => {
    const res = await server.inject({
      method: 'POST',
      url: '/order',
      payload: shopOrder({ id, callbackUrls: ['http://127.0.0.1:9/cb'] }),
      headers: AUTH,
    });
    expect(res.statusCode).toBe(202);
  };

  for (const [i, route] of CHANGES.entries()) {
    it(`answers ${RUNS} fuzzed ${route.method} ${route.name} with a 4xx in Probo's shape or a 2xx, never a 5xx; 403 to every form type and foreign origin`, async () => {
      await postOrder(i === 0 ? 'fz-1' : `fz-${i}`);
      await fc.assert(
        fc.asyncProperty(
          route.path,
          bodies(route.valid),
          fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            undefined,
            ...FORM_TYPES,
          ),
          fc.constantFrom(undefined, own, 'http://evil.example', 'null'),
          async (url, payload, type, origin) => {
            const res = await server.inject({
              method: route.method,
              url,
              payload,
              headers: {
                ...(type ? { 'content-type': type } : {}),
                ...(origin ? { origin } : {}),
              },
            });
            const what = `${route.method} ${url} ${type} ${origin} ${payload.slice(0, 80)}`;
            judge(what, res.statusCode, res.payload);
            const crossSite =
              (origin !== undefined && origin !== own) || FORM_TYPES.includes(type ?? '');
            if (crossSite) expect(res.statusCode, what).toBe(403);
          },
        ),
        { numRuns: RUNS, seed: 25 + i },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it(`answers ${RUNS} fuzzed reads of the admin API and the inspector with JSON, never a 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...READS), async (url) => {
        const res = await server.inject({ method: 'GET', url });
        if ((res.headers['content-type'] ?? '').toString().startsWith('text/javascript')) return;
        if ((res.headers['content-type'] ?? '').toString().startsWith('text/css')) return;
        judge(`GET ${url}`, res.statusCode, res.payload);
      }),
      { numRuns: RUNS, seed: 2525 },
    );
  });

  it('still takes a valid push after all of it', async () => {
    await server.inject({ method: 'DELETE', url: '/__mock/faults' });
    await postOrder('fz-last');
    const res = await server.inject({
      method: 'POST',
      url: '/__mock/orders/fz-last/push',
      payload: { status: 'accepted' },
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(202);
  });
});
