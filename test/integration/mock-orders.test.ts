import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HAPPY_PATH, validateCallback } from '../../src/contract/index.js';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

type StatusAnswer = {
  orders: Array<{
    id: string;
    supplier_order_number?: number;
    status_code: string;
    products: unknown[];
    packages: Array<{ id: number; status_code: string; tracking_url?: string }>;
  }>;
};

type Body = {
  status: string;
  message: string;
  order: Record<string, unknown>;
  file?: { id: number };
};

describe('the mock order API over real sockets', () => {
  let mock: RunningMock;
  let rx: TestReceiver;

  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 5 });
  });
  afterEach(async () => {
    await mock.idle();
  });
  afterAll(async () => {
    await mock.close();
    await rx.close();
  });

  const received = (orderId: string): Body[] =>
    rx.calls.map((c) => c.json as Body).filter((b) => b.order.id === orderId);

  it('answers an order posted with documented fields 202 with the queued body, then delivers the whole happy path in order, each body valid', async () => {
    const answer = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'happy-1', callbackUrls: [`${rx.url}/probo`] }),
    );
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      status: 'queued',
      message: 'Order queued',
      order: { id: 'happy-1', reference: 'Banner 510 for customer happy-1' },
    });
    await mock.idle();
    const bodies = received('happy-1');
    expect(bodies.map((b) => b.status)).toEqual([...HAPPY_PATH]);
    for (const body of bodies) expect(validateCallback(body).diagnostics).toEqual([]);
    const call = rx.calls.find((c) => (c.json as Body).order.id === 'happy-1');
    expect(call?.path).toBe('/probo');
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers['user-agent']).toMatch(/^probo-mock\/0\.1 \(invented/);
  });

  it('keeps one supplier order number and status page URL for all callbacks of an order', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'stable-1', callbackUrls: [rx.url] }));
    await mock.idle();
    const numbers = new Set(
      received('stable-1')
        .map((b) => b.order.supplier_order_number)
        .filter(Boolean),
    );
    const pages = new Set(
      received('stable-1')
        .map((b) => b.order.status_page_url)
        .filter(Boolean),
    );
    expect(numbers.size).toBe(1);
    expect(pages.size).toBe(1);
  });

  it('brings a duplicate-order not_accepted saying the id already exists when the same id is posted again, and the first order keeps its own history', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'dup-1', callbackUrls: [rx.url] }));
    await mock.idle();
    const again = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'dup-1', callbackUrls: [rx.url] }),
    );
    expect(again.status).toBe(202);
    expect((again.body as Body).status).toBe('queued');
    await mock.idle();
    const bodies = received('dup-1');
    expect(bodies.map((b) => b.status)).toEqual([...HAPPY_PATH, 'queued', 'not_accepted']);
    const refusal = bodies.at(-1) as Body;
    expect(refusal.message).toMatch(
      /^Order not accepted, reason: \| Order with customer order id 'dup-1' for customer '\d+' already exist$/,
    );
    expect(validateCallback(refusal).kind).toBe('not_accepted/duplicate-order');
    expect(mock.orders.get('dup-1')?.status).toBe('shipment_delivered');
    expect(mock.orders.get('dup-1~dup1')?.status).toBe('not_accepted');
    const status = await postJson(`${mock.url}/order/status`, { orders: [{ id: 'dup-1' }] });
    expect((status.body as StatusAnswer).orders.map((o) => o.status_code)).toEqual([
      'shipment_delivered',
    ]);
  });

  it('brings a file rejection naming the 1-based file and no accepted when a file URI contains "reject"', async () => {
    const order = shopOrder({
      id: 'reject-1',
      callbackUrls: [rx.url],
      fileUris: [
        'https://files.shop.example/ok.pdf',
        'https://files.shop.example/please-REJECT-me.pdf',
      ],
    });
    await postJson(`${mock.url}/order`, order);
    await mock.idle();
    const bodies = received('reject-1');
    expect(bodies.map((b) => b.status)).toEqual(['queued', 'not_accepted']);
    expect(bodies[1]?.file).toEqual({ id: 2 });
    expect(bodies[1]?.message).toBe('File rejected, could not be processed');
    expect(validateCallback(bodies[1]).valid).toBe(true);
  });

  it('cancels a test order on receipt', async () => {
    await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'test-1', callbackUrls: [rx.url], orderType: 'test' }),
    );
    await mock.idle();
    expect(received('test-1').map((b) => b.status)).toEqual(['queued', 'canceled']);
  });

  it('lets the X-Probo-Mock-Scenario header win over what the order asks for', async () => {
    const order = shopOrder({ id: 'hdr-1', callbackUrls: [rx.url], orderType: 'test' });
    await postJson(`${mock.url}/order`, order, {
      ...AUTH,
      'x-probo-mock-scenario': 'pickup-point',
    });
    await mock.idle();
    expect(
      received('hdr-1')
        .map((b) => b.status)
        .slice(-2),
    ).toEqual(['shipment_available_at_pickup_point', 'shipment_picked_up']);
  });

  it('answers 400 naming the known scenarios when the header names an unknown one', async () => {
    const answer = await postJson(`${mock.url}/order`, shopOrder({ id: 'hdr-2' }), {
      ...AUTH,
      'x-probo-mock-scenario': 'no-such',
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: 'error', reason: 'unknown_scenario' });
    expect((answer.body as { message: string }).message).toContain('happy-path');
  });

  it('delivers out-of-order in a shuffled order while the order status still ends delivered', async () => {
    const headers = { ...AUTH, 'x-probo-mock-scenario': 'out-of-order' };
    await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'ooo-1', callbackUrls: [rx.url] }),
      headers,
    );
    await mock.idle();
    const statuses = received('ooo-1').map((b) => b.status);
    expect([...statuses].sort()).toEqual([...HAPPY_PATH].sort());
    expect(statuses).not.toEqual([...HAPPY_PATH]);
    expect(mock.orders.get('ooo-1')?.status).toBe('shipment_delivered');
  });

  it('delivers the legacy order_-prefixed statuses with the order id filled in', async () => {
    const headers = { ...AUTH, 'x-probo-mock-scenario': 'legacy-prefix' };
    await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'legacy-1', callbackUrls: [rx.url] }),
      headers,
    );
    await mock.idle();
    expect(received('legacy-1').map((b) => b.status)).toEqual([
      'order_queued',
      'order_accepted',
      'order_in_production',
      'order_logistics',
      ...HAPPY_PATH.slice(4),
    ]);
  });

  it('delivers every step to each of several callback URLs, and none for an order without URLs', async () => {
    const rx2 = await startTestReceiver();
    try {
      await postJson(
        `${mock.url}/order`,
        shopOrder({ id: 'multi-1', callbackUrls: [rx.url, rx2.url] }),
      );
      await postJson(`${mock.url}/order`, shopOrder({ id: 'silent-1' }));
      await mock.idle();
      expect(received('multi-1').map((b) => b.status)).toEqual([...HAPPY_PATH]);
      expect(rx2.calls.map((c) => (c.json as Body).status)).toEqual([...HAPPY_PATH]);
      expect(received('silent-1')).toEqual([]);
      expect(mock.orders.get('silent-1')?.status).toBe('shipment_delivered');
    } finally {
      await rx2.close();
    }
  });

  it('answers 400 naming /deliveries/0/address/postal_code when the postal code is missing, and keeps serving', async () => {
    const order = shopOrder({ id: 'bad-1' }) as unknown as {
      deliveries: { address: Record<string, unknown> }[];
    };
    delete order.deliveries[0]?.address.postal_code;
    const answer = await postJson(`${mock.url}/order`, order);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      status: 'error',
      reason: 'invalid_order',
      errors: [
        { pointer: '/deliveries/0/address/postal_code', message: 'is required but missing' },
      ],
    });
    const next = await postJson(`${mock.url}/order`, shopOrder({ id: 'after-bad-1' }));
    expect(next.status).toBe(202);
  });

  it('lists every problem of a bad order by pointer', async () => {
    const answer = await postJson(`${mock.url}/order`, {
      reference: 7,
      deliveries: [],
      products: [{}],
    });
    expect(answer.status).toBe(400);
    const pointers = (answer.body as { errors: { pointer: string }[] }).errors.map(
      (e) => e.pointer,
    );
    expect(pointers).toEqual(expect.arrayContaining(['/id', '/reference', '/deliveries']));
  });

  it('answers 401 with a JSON error without credentials or with an unknown scheme', async () => {
    for (const headers of [
      { 'content-type': 'application/json' },
      { ...AUTH, authorization: 'Token abc' },
    ]) {
      const answer = await postJson(`${mock.url}/order`, shopOrder({ id: 'auth-1' }), headers);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ status: 'error', reason: 'unauthorized' });
    }
  });

  it('accepts Basic as well as Bearer credentials', async () => {
    const answer = await postJson(`${mock.url}/order`, shopOrder({ id: 'basic-1' }), {
      ...AUTH,
      authorization: 'Basic dXNlcjpwdw==',
    });
    expect(answer.status).toBe(202);
  });

  it('answers malformed JSON, a wrong content type and an oversized body with a 4xx JSON error', async () => {
    const malformed = await postJson(`${mock.url}/order`, '{"id": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ status: 'error', reason: 'invalid_json' });
    const wrongType = await postJson(`${mock.url}/order`, 'id=1', {
      ...AUTH,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toMatchObject({ status: 'error', reason: 'unsupported_media_type' });
    const huge = await postJson(
      `${mock.url}/order`,
      JSON.stringify({ id: 'x'.repeat(1024 * 1024 + 10) }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ status: 'error', reason: 'payload_too_large' });
    expect((await postJson(`${mock.url}/order`, shopOrder({ id: 'still-serving' }))).status).toBe(
      202,
    );
  });

  it('answers the status of up to five orders by id, supplier order number or reference, leaving unknown ones out', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'st-1', reference: 'ref st-1' }));
    await postJson(`${mock.url}/order`, shopOrder({ id: 'st-2', reference: 'ref st-2' }));
    await mock.idle();
    const number = mock.orders.get('st-1')?.supplierOrderNumber as number;
    const answer = await postJson(`${mock.url}/order/status`, {
      orders: [{ supplier_order_number: number }, { reference: 'ref st-2' }, { id: 'nobody' }],
    });
    expect(answer.status).toBe(200);
    const { orders } = answer.body as StatusAnswer;
    expect(orders.map((o) => o.id)).toEqual(['st-1', 'st-2']);
    expect(orders[0]?.status_code).toBe('shipment_delivered');
    // Tracking is in packages (the spec's name), with the callbacks' tracking URL.
    expect(orders[0]?.packages).toHaveLength(1);
    expect(orders[0]?.packages[0]).toEqual({
      id: 1,
      status_code: 'shipment_delivered',
      tracking_url: expect.stringMatching(/^https?:\/\//),
    });
    expect(orders[0]?.supplier_order_number).toBe(number);
    expect(orders[0]?.products).toEqual([{ id: 1, status_code: 'shipment_delivered' }]);
    const none = await postJson(`${mock.url}/order/status`, { orders: [{ id: 'nobody' }] });
    expect(none.body).toEqual({ status: 'ok', message: 'Status retrieved', orders: [] });
    const six = await postJson(`${mock.url}/order/status`, {
      orders: Array.from({ length: 6 }, (_, i) => ({ id: `o${i}` })),
    });
    expect(six.status).toBe(400);
    expect(six.body).toMatchObject({
      status: 'error',
      errors: [{ pointer: '/orders', message: 'has more than 5 orders: Max 5 orders per call' }],
    });
  });
});

describe('cancel and rate limit', () => {
  it('cancels an order before production with a canceled callback, and refuses after production', async () => {
    const rx = await startTestReceiver();
    const mock = await startMock({ port: 0, manual: true });
    try {
      await postJson(`${mock.url}/order`, shopOrder({ id: 'c-1', callbackUrls: [rx.url] }));
      await postJson(`${mock.url}/order`, shopOrder({ id: 'c-2', callbackUrls: [rx.url] }));
      for (let i = 0; i < 3; i++)
        await postJson(
          `${mock.url}/__mock/orders/c-2/advance`,
          {},
          { 'content-type': 'application/json' },
        );
      await mock.idle();
      expect(mock.orders.get('c-2')?.status).toBe('in_production');
      const before = await postJson(`${mock.url}/order/status`, { orders: [{ id: 'c-2' }] });
      const entry = (before.body as StatusAnswer).orders[0];
      expect(entry).toMatchObject({ id: 'c-2', status_code: 'in_production', packages: [] });

      const ok = await postJson(`${mock.url}/order/cancel`, { id: 'c-1' });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ status: 'cancelled', message: 'Order cancelled', id: 'c-1' });
      const refused = await postJson(`${mock.url}/order/cancel`, { id: 'c-2' });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        status: 'error',
        message: 'Could not cancel order, because order status is: production',
        id: 'c-2',
        reason: 'cannot_cancel',
      });
      await mock.idle();
      const c1 = rx.calls.map((c) => c.json as Body).filter((b) => b.order.id === 'c-1');
      expect(c1.map((b) => b.status)).toEqual(['canceled']);
      expect(mock.orders.get('c-1')?.status).toBe('canceled');
      // The held steps of the canceled order are dropped.
      const advance = await postJson(
        `${mock.url}/__mock/orders/c-1/advance`,
        {},
        { 'content-type': 'application/json' },
      );
      expect(advance.status).toBe(409);
    } finally {
      await mock.close();
      await rx.close();
    }
  });

  it('answers 429 {"error": "Quota has been exceeded"} with the rate limit headers once a token used its calls', async () => {
    const mock = await startMock({ port: 0, rateLimit: 3 });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await postJson(`${mock.url}/order/status`, { orders: [{ id: 'x' }] }));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers.map((a) => a.headers.get('x-ratelimit-remaining'))).toEqual([
        '2',
        '1',
        '0',
        '0',
      ]);
      expect(answers[3]?.body).toEqual({ error: 'Quota has been exceeded' });
      expect(answers[3]?.headers.get('x-ratelimit-limits')).toBe('3');
      const reset = Number(answers[3]?.headers.get('x-ratelimit-reset'));
      expect(reset).toBeGreaterThan(0);
      expect(reset).toBeLessThanOrEqual(60_000);
      const otherToken = await postJson(
        `${mock.url}/order/status`,
        { orders: [{ id: 'x' }] },
        { ...AUTH, authorization: 'Bearer other' },
      );
      expect(otherToken.status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it('accepts only the pinned key when an API key is set', async () => {
    const mock = await startMock({ port: 0, apiKey: 'sekret' });
    try {
      expect((await postJson(`${mock.url}/order/status`, { orders: [{ id: 'x' }] })).status).toBe(
        401,
      );
      const ok = await postJson(
        `${mock.url}/order/status`,
        { orders: [{ id: 'x' }] },
        { ...AUTH, authorization: 'Bearer sekret' },
      );
      expect(ok.status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
