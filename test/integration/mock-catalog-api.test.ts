import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { mockShopOf } from '../../src/mock/http/plugin.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';

interface Call {
  method: string;
  path: string;
  status: number;
  body?: string;
  problems?: Array<{ pointer: string; message: string }>;
  invented?: string[];
}

const send = async (url: string, method: string, body?: unknown) => {
  const res = await fetch(url, {
    method,
    headers: AUTH,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const matches = (schema: string, body: unknown) =>
  expect(validateWith(schemaId(schema), body).diagnostics).toEqual([]);

const callsOf = async (mock: RunningMock): Promise<Call[]> =>
  ((await (await fetch(`${mock.url}/__mock/calls?limit=1000`)).json()) as { calls: Call[] }).calls;

const OPTIONS = [
  { code: 'width', value: 200 },
  { code: 'height', value: 100 },
  { code: 'amount', value: 2 },
  { code: 'hem-eyelets-50' },
];

describe('the catalog API over real sockets', () => {
  let mock: RunningMock;
  let strict: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
    strict = await startMock({ port: 0, manual: true, rateLimit: 0, strictCatalog: true });
  });
  afterAll(async () => {
    await mock?.close();
    await strict?.close();
  });

  it('serves GET /products?per_page=1000 whole, as Probo’s configurator asks, and says a larger page is capped', async () => {
    const all = await send(`${mock.url}/products?per_page=1000`, 'GET');
    expect(all.status).toBe(200);
    matches('api/products-response', all.body);
    const meta = all.body.meta as { items: number; per_page: number; pages: number };
    expect(meta.per_page).toBe(1000);
    expect(all.body.data).toHaveLength(meta.items);
    const capped = await send(`${mock.url}/products?per_page=300000`, 'GET');
    expect((capped.body.meta as { per_page: number }).per_page).toBe(1000);
    const bad = await send(`${mock.url}/products?per_page=0`, 'GET');
    expect(bad.status).toBe(400);
    matches('api/error-answer', bad.body);
    expect(bad.body.errors).toEqual([{ pointer: '?per_page', message: expect.any(String) }]);
  });

  it('stores an API product with POST /apiproducts/product, updates it with PUT, and orders and prices it by customer_code', async () => {
    const body = { code: 'banner-510', options: OPTIONS, customer_code: 'sock_banner' };
    const stored = await send(`${mock.url}/apiproducts/product`, 'POST', body);
    expect(stored.status).toBe(201);
    matches('api/apiproduct-stored-response', stored.body);
    const shown = await send(`${mock.url}/apiproducts/product/sock_banner`, 'GET');
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ customer_code: 'sock_banner', amount: 2 });
    const put = await send(`${mock.url}/apiproducts/product/sock_banner`, 'PUT', {
      ...body,
      options: [...OPTIONS.slice(0, 2), { code: 'amount', value: '4' }, OPTIONS[3]],
    });
    expect(put.status).toBe(200);
    expect((put.body.product as { amount: number }).amount).toBe(4);
    const listed = await send(`${mock.url}/apiproducts?per_page=1000`, 'GET');
    expect(
      (listed.body.products as Array<{ customer_code: string }>).map((p) => p.customer_code),
    ).toContain('sock_banner');
    const price = await send(`${mock.url}/price`, 'POST', {
      products: [{ customer_code: 'sock_banner' }],
    });
    expect(price.status).toBe(200);
    const order = shopOrder({ id: 'sock-composed' });
    order.products[0] = {
      customer_code: 'sock_banner',
      files: [{ uri: 'https://f.example/a.pdf' }],
    };
    expect((await postJson(`${mock.url}/order`, order)).status).toBe(202);
  });

  it('refuses a second POST (409), a PUT of an unknown code (404), a bad body (400 by pointer) and DELETE (405), in Probo’s error shape, losing nothing', async () => {
    const body = { code: 'banner-510', options: OPTIONS, customer_code: 'sock_twice' };
    expect((await send(`${mock.url}/apiproducts/product`, 'POST', body)).status).toBe(201);
    const again = await send(`${mock.url}/apiproducts/product`, 'POST', body);
    expect(again.status).toBe(409);
    matches('api/error-answer', again.body);
    const unknown = await send(`${mock.url}/apiproducts/product/never_stored`, 'PUT', {
      ...body,
      customer_code: 'never_stored',
    });
    expect(unknown.status).toBe(404);
    matches('api/error-answer', unknown.body);
    const bad = await send(`${mock.url}/apiproducts/product`, 'POST', {
      code: 7,
      options: [{ value: 3 }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as Array<{ pointer: string }>).map((e) => e.pointer).sort()).toEqual([
      '/code',
      '/customer_code',
      '/options/0/code',
    ]);
    const deleted = await fetch(`${mock.url}/apiproducts/product/sock_twice`, {
      method: 'DELETE',
      headers: AUTH,
    });
    expect(deleted.status).toBe(405);
    expect((await send(`${mock.url}/apiproducts/product/sock_twice`, 'GET')).status).toBe(200);
  });

  it('handles an unknown product code alike on every route: invented without --strict-catalog, and marked so in /__mock/calls', async () => {
    const code = 'shop-real-probo-code';
    const options = [
      { code: 'width', value: 100 },
      { code: 'height', value: 100 },
      { code: 'amount', value: 1 },
    ];
    const detail = await send(`${mock.url}/products/product/${code}`, 'GET');
    expect(detail.status).toBe(200);
    const variant = (
      detail.body.options as Array<{ code: string; children: Array<{ code: string }> }>
    ).at(-1)!;
    const chosen = [
      ...(detail.body.unit_code === 3 ? options.slice(2) : options),
      { code: variant.children[0]!.code },
    ];
    const configured = await send(`${mock.url}/products/configure`, 'POST', {
      products: [{ code, options: chosen }],
    });
    expect(configured.status).toBe(200);
    expect((configured.body.products as Array<{ can_order: boolean }>)[0]!.can_order).toBe(true);
    expect(
      (await send(`${mock.url}/price`, 'POST', { products: [{ code, options: chosen }] })).status,
    ).toBe(200);
    const order = shopOrder({ id: 'sock-invented' });
    order.products[0]!.code = code;
    order.products[0]!.options = chosen;
    expect((await postJson(`${mock.url}/order`, order)).status).toBe(202);
    const calls = await callsOf(mock);
    for (const path of [`/products/product/${code}`, '/products/configure', '/price', '/order'])
      expect(calls.find((c) => c.path === path && c.status < 300)?.invented).toEqual([code]);
    expect(calls.find((c) => c.path === '/products?per_page=1000')).toBeUndefined();

    const refused = [
      await send(`${strict.url}/products/product/${code}`, 'GET'),
      await send(`${strict.url}/products/configure`, 'POST', { products: [{ code }] }),
      await send(`${strict.url}/price`, 'POST', { products: [{ code, options: chosen }] }),
      await send(`${strict.url}/apiproducts/product`, 'POST', {
        code,
        options: chosen,
        customer_code: 'strict_x',
      }),
      await postJson(`${strict.url}/order`, order),
    ];
    expect(refused.map((r) => r.status)).toEqual([404, 400, 400, 400, 400]);
    expect(
      refused.map((r) => (r.body as { errors: Array<{ pointer: string }> }).errors[0]!.pointer),
    ).toEqual(['/code', '/products/0/code', '/products/0/code', '/code', '/products/0/code']);
  });

  it('marks a POST /order of an unknown product code invented even as a fresh server’s first call', async () => {
    // The seeded catalog loads at its first use; the order must not depend on a call before it.
    const fresh = await startMock({ port: 0, manual: true, rateLimit: 0 });
    try {
      expect(mockShopOf(fresh.server).catalogIfLoaded()).toBeUndefined();
      const order = shopOrder({ id: 'first-call-invented' });
      order.products[0]!.code = 'shop-code-first-call';
      expect((await postJson(`${fresh.url}/order`, order)).status).toBe(202);
      const calls = await callsOf(fresh);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.invented).toEqual(['shop-code-first-call']);
    } finally {
      await fresh.close();
    }
  });

  it('opens uploader sessions for callback_url null, "" or none, as Probo’s configurator sends them, and still refuses a bad URL', async () => {
    const configured = await send(`${mock.url}/products/configure`, 'POST', {
      products: [{ code: 'banner-510', options: OPTIONS }],
    });
    const calculation_id = configured.body.calculation_id as number;
    expect(calculation_id).toEqual(expect.any(Number));
    for (const body of [
      { calculation_id, callback_url: null },
      { calculation_id, callback_url: '' },
      { calculation_id },
    ]) {
      const created = await send(`${mock.url}/products/uploader/create`, 'POST', body);
      expect(created.status, JSON.stringify(body)).toBe(200);
      matches('api/uploader-create-response', created.body);
      const [session] = created.body.uploaders as Array<{ id: number; url: string }>;
      const token = new URL(session!.url).searchParams.get('token');
      const confirmed = await fetch(`${mock.url}/uploader/${session!.id}/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, file_name: 'banner.pdf' }),
      });
      expect(confirmed.status).toBe(200);
    }
    const bad = await send(`${mock.url}/products/uploader/create`, 'POST', {
      calculation_id,
      callback_url: 'ftp://shop.example/upload',
    });
    expect(bad.status).toBe(400);
    const [problem] = bad.body.errors as Array<{ pointer: string; message: string }>;
    expect(problem!.pointer).toBe('/callback_url');
    // In words, not the schema's pattern.
    expect(problem!.message).toContain('must be an http or https URL, or empty');
  });

  it('logs every call of Probo’s API in /__mock/calls, a refused POST /order with its problems and body, a 401 and a 405 too', async () => {
    const bad = shopOrder({ id: 'sock-refused' });
    delete (bad as { reference?: string }).reference;
    (bad.deliveries[0]!.address as { postal_code?: unknown }).postal_code = 12;
    const refused = await postJson(`${mock.url}/order`, bad);
    expect(refused.status).toBe(400);
    await fetch(`${mock.url}/products`, { headers: { 'content-type': 'application/json' } });
    await fetch(`${mock.url}/order`, { method: 'GET', headers: AUTH });
    const calls = await callsOf(mock);
    const logged = calls.find((c) => c.path === '/order' && c.status === 400)!;
    expect(logged.method).toBe('POST');
    expect(logged.problems!.map((p) => p.pointer)).toEqual(
      (refused.body as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer),
    );
    expect(JSON.parse(logged.body!)).toEqual(bad);
    expect(calls.some((c) => c.path === '/products' && c.status === 401)).toBe(true);
    expect(calls.some((c) => c.path === '/order' && c.method === 'GET' && c.status === 405)).toBe(
      true,
    );
  });
});
