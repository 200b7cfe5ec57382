import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';

const CONFIGURE = {
  products: [
    {
      code: 'dibond',
      options: [
        { code: 'width', value: 84 },
        { code: 'height', value: 59 },
        { code: 'dibond-3mm' },
      ],
    },
  ],
};

describe('faults for the shop client: X-Probo-Mock-Answer and /__mock/faults', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('answers 500 and 503 in Probo error shape when the header asks, and the route as usual without it', async () => {
    for (const code of [500, 503]) {
      const faulted = await postJson(`${mock.url}/products/configure`, CONFIGURE, {
        ...AUTH,
        'x-probo-mock-answer': String(code),
      });
      expect(faulted.status).toBe(code);
      expect(faulted.body).toMatchObject({
        status: 'error',
        message: expect.any(String) as string,
      });
    }
    const normal = await postJson(`${mock.url}/products/configure`, CONFIGURE);
    expect(normal.status).toBe(200);
  });

  it('answers 429 with the documented body and rate headers', async () => {
    const res = await postJson(`${mock.url}/price`, CONFIGURE, {
      ...AUTH,
      'x-probo-mock-answer': '429',
    });
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ error: 'Quota has been exceeded' });
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('answers 429=MS with the quota spent until MS from now (x-ratelimit-reset), the order untaken', async () => {
    const res = await postJson(`${mock.url}/order`, shopOrder({ id: 'pm-fault-429-ms' }), {
      ...AUTH,
      'x-probo-mock-answer': '429=2000',
    });
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ error: 'Quota has been exceeded' });
    expect(res.headers.get('x-ratelimit-reset')).toBe('2000');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(mock.orders.find({ id: 'pm-fault-429-ms' })).toBeUndefined();
  });

  it('closes the connection without an answer on reset, and on the order route too', async () => {
    for (const path of ['/products/configure', '/order']) {
      await expect(
        request(`${mock.url}${path}`, {
          method: 'POST',
          headers: { ...AUTH, 'x-probo-mock-answer': 'reset' },
          body: JSON.stringify(CONFIGURE),
        }),
      ).rejects.toThrow();
    }
  });

  it('keeps a timeout call open until the client gives up', async () => {
    await expect(
      request(`${mock.url}/products`, {
        headers: { ...AUTH, 'x-probo-mock-answer': 'timeout' },
        headersTimeout: 300,
        bodyTimeout: 300,
      }),
    ).rejects.toThrow(/timeout/i);
  });

  it('answers slow=MS after the route has answered as usual', async () => {
    const res = await fetch(`${mock.url}/shipping/methods`, {
      headers: { ...AUTH, 'x-probo-mock-answer': 'slow=50' },
    });
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(true);
  });

  it('refuses an unknown header value with a 400 naming the accepted ones', async () => {
    const res = await postJson(`${mock.url}/products/configure`, CONFIGURE, {
      ...AUTH,
      'x-probo-mock-answer': 'teapot',
    });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain(
      '500, 503, 429, 429=MS (MS up to 3600000), timeout, reset, slow=MS',
    );
  });

  it('answers the next N calls of a route by an admin rule, then the route again', async () => {
    const rule = await postJson(
      `${mock.url}/__mock/faults`,
      { route: '/price', answer: '503', times: 2 },
      { 'content-type': 'application/json' },
    );
    expect(rule.status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await postJson(`${mock.url}/price`, CONFIGURE)).status);
    expect(statuses).toEqual([503, 503, 200]);
    const rules = (await (await fetch(`${mock.url}/__mock/faults`)).json()) as { rules: unknown[] };
    expect(rules.rules).toEqual([]);
  });

  it('refuses a bad fault rule with a 400', async () => {
    const res = await postJson(
      `${mock.url}/__mock/faults`,
      { route: 'price', answer: '418' },
      { 'content-type': 'application/json' },
    );
    expect(res.status).toBe(400);
  });

  it('an admin rule on POST /order answers the order route so', async () => {
    await postJson(
      `${mock.url}/__mock/faults`,
      { route: '/order', answer: '500' },
      { 'content-type': 'application/json' },
    );
    const faulted = await postJson(`${mock.url}/order`, shopOrder({ id: 'fault-1' }));
    expect(faulted.status).toBe(500);
    expect(mock.orders.get('fault-1')).toBeUndefined();
    const taken = await postJson(`${mock.url}/order`, shopOrder({ id: 'fault-1' }));
    expect(taken.status).toBe(202);
  });

  it('journals the faulted calls for the inspector (GET /__mock/calls)', async () => {
    const { calls } = (await (await fetch(`${mock.url}/__mock/calls?limit=500`)).json()) as {
      calls: Array<{ path: string; status: number; fault?: string; faultSource?: string }>;
    };
    const faulted = calls.filter((c) => c.fault !== undefined);
    expect(
      faulted.some((c) => c.path === '/price' && c.fault === '503' && c.faultSource === 'rule'),
    ).toBe(true);
    expect(
      faulted.some((c) => c.path === '/order' && c.fault === 'reset' && c.faultSource === 'header'),
    ).toBe(true);
    expect(
      calls.some(
        (c) => c.path === '/products/configure' && c.status === 200 && c.fault === undefined,
      ),
    ).toBe(true);
  });
  it('logs a faulted catalog call once, with its fault, not once by the fault and once by the route', async () => {
    const path = '/apiproducts';
    for (const answer of ['503', 'slow=20']) {
      await fetch(`${mock.url}${path}`, { headers: { ...AUTH, 'x-probo-mock-answer': answer } });
    }
    const { calls } = (await (await fetch(`${mock.url}/__mock/calls?path=${path}`)).json()) as {
      calls: Array<{ status: number; fault?: string }>;
    };
    expect(calls.map((c) => [c.status, c.fault])).toEqual([
      [200, 'slow=20'],
      [503, '503'],
    ]);
  });

  it('forgets fault rules and the call log on POST /__mock/reset', async () => {
    await postJson(
      `${mock.url}/__mock/faults`,
      { route: '/products', answer: '500' },
      { 'content-type': 'application/json' },
    );
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    const rules = (await (await fetch(`${mock.url}/__mock/faults`)).json()) as { rules: unknown[] };
    expect(rules.rules).toEqual([]);
    expect((await fetch(`${mock.url}/products`, { headers: AUTH })).status).toBe(200);
  });
});

describe('orders and the catalog', () => {
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

  it('takes an order whose product code the catalog does not know, by default', async () => {
    const order = shopOrder({ id: 'real-code' });
    order.products[0]!.code = 'probo-real-code-we-do-not-know';
    expect((await postJson(`${mock.url}/order`, order)).status).toBe(202);
  });

  it('refuses it with --strict-catalog, by pointer, and takes a known one', async () => {
    const order = shopOrder({ id: 'strict-1' });
    order.products[0]!.code = 'probo-real-code-we-do-not-know';
    const refused = await postJson(`${strict.url}/order`, order);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('/products/0/code');
    const known = shopOrder({ id: 'strict-2' });
    known.products[0]!.options = [
      { code: 'width', value: 100 },
      { code: 'height', value: 50 },
      { code: 'cut-to-size' },
    ];
    expect((await postJson(`${strict.url}/order`, known)).status).toBe(202);
  });

  it('gives an order with "uploader": true a session URL on the mock, and holds it until the session is confirmed', async () => {
    const order = shopOrder({ id: 'uploader-1' });
    const product = order.products[0]!;
    delete product.files;
    product.uploader = true;
    const posted = await postJson(`${mock.url}/order`, order);
    expect(posted.status).toBe(202);
    const { uploaders } = posted.body as {
      status: string;
      uploaders: Array<{ id: number; external_id: number; url: string; product_id: number }>;
    };
    expect(uploaders).toHaveLength(1);
    expect(uploaders[0]!.url.startsWith(`${mock.url}/uploader/`)).toBe(true);
    expect(
      (await fetch(`${mock.url}/__mock/orders/uploader-1/advance`, { method: 'POST' })).status,
    ).toBe(409);
    const session = (await (
      await fetch(uploaders[0]!.url, { headers: { accept: 'application/json' } })
    ).json()) as { status: string; order: string };
    expect(session).toMatchObject({ status: 'open', order: 'uploader-1' });
    const token = new URL(uploaders[0]!.url).searchParams.get('token')!;
    const wrong = await postJson(
      `${mock.url}/uploader/${uploaders[0]!.id}/confirm`,
      { token: 'nope', file_name: 'x.pdf' },
      { 'content-type': 'application/json' },
    );
    expect(wrong.status).toBe(403);
    const confirmed = await postJson(
      `${mock.url}/uploader/${uploaders[0]!.id}/confirm`,
      { token, file_name: 'banner.pdf', size_in_bytes: 1234 },
      { 'content-type': 'application/json' },
    );
    expect(confirmed.status).toBe(200);
    expect(
      (await fetch(`${mock.url}/__mock/orders/uploader-1/advance`, { method: 'POST' })).status,
    ).toBe(202);
  });

  it('answers the uploader create of an unknown calculation_id 400 naming it', async () => {
    const res = await postJson(`${mock.url}/products/uploader/create`, {
      calculation_id: 1,
      callback_url: 'http://127.0.0.1:9/cb',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'error', errors: [{ pointer: '/calculation_id' }] });
  });

  it('needs the same Authorization as the order routes', async () => {
    const res = await fetch(`${mock.url}/products`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status: 'error', reason: 'unauthorized' });
  });

  it('refuses to start on a catalog file that does not match its schema, naming the problem', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ products: [], api_products: [], shipping_methods: [], production: [] }),
    );
    await expect(startMock({ port: 0, catalog: file })).rejects.toThrow(
      /bad\.json does not match.*\n.*\/products/,
    );
    await expect(startMock({ port: 0, catalog: join(file, 'missing') })).rejects.toThrow(
      /cannot read it/,
    );
  });
});
