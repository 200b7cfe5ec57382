import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { AUTH, getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

type Json = Record<string, unknown>;

describe('near-misses of callback_urls', () => {
  let mock: RunningMock;
  let rx: TestReceiver;
  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 1 });
  });
  afterAll(async () => {
    await mock.close();
    await rx.close();
  });

  const warningsOf = async (id: string) =>
    (await getJson(`${mock.url}/__mock/orders/${id}`)).body as {
      warnings: { pointer: string; message: string }[];
      order: { warnings?: unknown[] };
    };

  it('takes an order with callback_url (singular), sends it nothing and says why in its admin record', async () => {
    const post = { ...shopOrder({ id: 'near-1' }), callback_url: [rx.url] };
    expect((await postJson(`${mock.url}/order`, post)).status).toBe(202);
    await mock.idle();
    expect(rx.calls).toHaveLength(0);
    const record = await warningsOf('near-1');
    expect(record.warnings).toEqual([
      { pointer: '/callback_url', message: expect.stringContaining('"callback_urls": [') },
    ]);
    // The same list on the order record, which the inspector shows.
    expect(record.order.warnings).toEqual(record.warnings);
  });

  it('takes callback_urls as a string or an empty list, with a warning and no callbacks', async () => {
    const asString = { ...shopOrder({ id: 'near-2' }), callback_urls: rx.url };
    expect((await postJson(`${mock.url}/order`, asString)).status).toBe(202);
    const empty = { ...shopOrder({ id: 'near-3' }), callback_urls: [] };
    expect((await postJson(`${mock.url}/order`, empty)).status).toBe(202);
    await mock.idle();
    expect(rx.calls).toHaveLength(0);
    expect((await warningsOf('near-2')).warnings).toEqual([
      {
        pointer: '/callback_urls',
        message: expect.stringMatching(/is a string, not a list: no callbacks are sent/),
      },
    ]);
    expect((await warningsOf('near-3')).warnings).toEqual([
      { pointer: '/callback_urls', message: expect.stringMatching(/is empty: no callbacks/) },
    ]);
  });

  it('has no warnings for an order with a list of URLs', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'near-ok', callbackUrls: [rx.url] }));
    expect((await warningsOf('near-ok')).warnings).toEqual([]);
    expect((await warningsOf('near-ok')).order).not.toHaveProperty('warnings');
  });

  it('refuses callback_urls of another type with one message for the field', async () => {
    const answer = await postJson(`${mock.url}/order`, {
      ...shopOrder({ id: 'near-4' }),
      callback_urls: 5,
    });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: unknown[] }).errors).toEqual([
      { pointer: '/callback_urls', message: 'must be a list of http(s) URLs' },
    ]);
  });
});

describe('--callback-header', () => {
  let rx: TestReceiver;
  let mock: RunningMock;
  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({
      port: 0,
      stepDelayMs: 1,
      callbackHeaders: { 'X-Security-Header': 'sh-secret-1', 'X-Shop': 'shop-value-2' },
    });
  });
  afterAll(async () => {
    await mock.close();
    await rx.close();
  });

  it('sends the headers with every callback and keeps their values out of the journal', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'hdr-1', callbackUrls: [rx.url] }));
    await mock.idle();
    expect(rx.calls.length).toBeGreaterThan(3);
    for (const call of rx.calls) {
      expect(call.headers['x-security-header']).toBe('sh-secret-1');
      expect(call.headers['x-shop']).toBe('shop-value-2');
    }
    const journal = JSON.stringify(mock.journal.query());
    expect(journal).not.toContain('sh-secret-1');
    expect(journal).not.toContain('shop-value-2');
    expect(mock.journal.query()[0]?.requestHeaders).toMatchObject({
      'x-security-header': '[redacted]',
      'x-shop': '[redacted]',
    });
    const admin = await getJson(`${mock.url}/__mock/orders/hdr-1`);
    expect(JSON.stringify(admin.body)).not.toContain('sh-secret-1');
  });

  it('refuses a header value with a line break at start', async () => {
    await expect(
      startMock({ port: 0, callbackHeaders: { 'X-A': 'one\r\nX-B: two' } }),
    ).rejects.toThrow(/callbackHeaders must map header names to one-line string values/);
  });
});

describe('status, push and cancel', () => {
  let rx: TestReceiver;
  let mock: RunningMock;
  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, manual: true });
  });
  afterEach(async () => {
    await mock.idle();
  });
  afterAll(async () => {
    await mock.close();
    await rx.close();
  });
  const advance = (id: string) =>
    postJson(`${mock.url}/__mock/orders/${id}/advance`, {}, { 'content-type': 'application/json' });

  it('lists an order named by two selectors once', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'twice', reference: 'ref twice' }));
    await advance('twice');
    await advance('twice');
    const number = mock.orders.get('twice')?.supplierOrderNumber as number;
    const answer = await postJson(`${mock.url}/order/status`, {
      orders: [{ id: 'twice' }, { supplier_order_number: number }, { reference: 'ref twice' }],
    });
    expect((answer.body as { orders: Json[] }).orders.map((o) => o.id)).toEqual(['twice']);
  });

  it('never moves an order backwards by an admin push, but still sends the pushed callback', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'push-1', callbackUrls: [rx.url] }));
    for (let i = 0; i < 3; i++) await advance('push-1');
    await mock.idle();
    expect(mock.orders.get('push-1')?.status).toBe('in_production');
    const pushed = await postJson(
      `${mock.url}/__mock/orders/push-1/push`,
      { status: 'accepted' },
      {
        'content-type': 'application/json',
      },
    );
    expect(pushed.status).toBe(202);
    await mock.idle();
    expect(mock.orders.get('push-1')?.status).toBe('in_production');
    expect(mock.orders.get('push-1')?.history.at(-1)).toMatchObject({
      status: 'accepted',
      trigger: 'push',
      kept: true,
    });
    const sent = rx.calls.map((c) => (c.json as { status: string }).status);
    expect(sent.at(-1)).toBe('accepted');
    // Forward is fine.
    await postJson(
      `${mock.url}/__mock/orders/push-1/push`,
      { status: 'logistics' },
      {
        'content-type': 'application/json',
      },
    );
    expect(mock.orders.get('push-1')?.status).toBe('logistics');
  });

  it('journals the callback of a cancel as the cancel, not as a push', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'cx-1', callbackUrls: [rx.url] }));
    expect((await postJson(`${mock.url}/order/cancel`, { id: 'cx-1' })).status).toBe(200);
    await mock.idle();
    const entries = mock.journal.query({ order: 'cx-1' });
    expect(entries.map((e) => [e.status, e.trigger])).toEqual([['canceled', 'cancel']]);
    expect(mock.orders.get('cx-1')?.history.at(-1)).toMatchObject({
      status: 'canceled',
      trigger: 'cancel',
    });
  });
});

describe("auth and routes in Probo's error shape", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, apiKey: 'shop-key', manual: true });
  });
  afterAll(async () => {
    await mock.close();
  });

  it('takes the pinned key as Bearer, as Basic KEY and as curl -u KEY: sends it', async () => {
    const curl = `Basic ${Buffer.from('shop-key:').toString('base64')}`;
    for (const authorization of ['Bearer shop-key', 'Basic shop-key', curl]) {
      const answer = await postJson(
        `${mock.url}/order/status`,
        { orders: [{ id: 'x' }] },
        {
          ...AUTH,
          authorization,
        },
      );
      expect(answer.status, authorization).toBe(200);
    }
  });

  it('answers 401 naming every accepted form', async () => {
    const answer = await postJson(`${mock.url}/order`, shopOrder({ id: 'a' }), {
      ...AUTH,
      authorization: 'Bearer wrong',
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ status: 'error', reason: 'unauthorized' });
    const message = (answer.body as { message: string }).message;
    for (const form of ['Bearer <api key>', 'Basic <api key>', 'curl -u <api key>:'])
      expect(message).toContain(form);
  });

  it('answers an unknown route 404 and another method 405, both in the error shape', async () => {
    const missing = await fetch(`${mock.url}/order/unknown`, { method: 'POST', headers: AUTH });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      status: 'error',
      message: 'No such route: POST /order/unknown',
      reason: 'not_found',
    });
    const wrong = await fetch(`${mock.url}/order/release`, { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(await wrong.json()).toMatchObject({ status: 'error', reason: 'method_not_allowed' });
  });
});
