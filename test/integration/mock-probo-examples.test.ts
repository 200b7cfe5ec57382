import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../src/shared/paths.js';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

/**
 * Every request example of Probo's specification and docs pages (fixtures/orders/probo/), posted
 * to the mock over a real socket; the answer must be the one expected.json records (postJson
 * also checks each answer against its schema in schemas/api/).
 */

type Json = Record<string, unknown>;
interface Expected {
  source: string;
  endpoint: '/order' | '/order/status' | '/order/cancel' | '/order/release';
  fragment?: boolean;
  answer: {
    status: number;
    body?: string;
    as?: string;
    then?: string;
    pointers?: string[];
    message?: string;
    shape?: string;
    refused?: Record<string, string>;
    never?: string;
  };
}

const dir = join(fixturesDir, 'orders/probo');
const read = (name: string): Json => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
const expected = read('expected.json') as unknown as Record<string, Expected>;
const base = read('spec-order-minimal.json');

/**
 * A docs fragment completed by the spec's minimal order (fixtures/orders/probo/SOURCES.md):
 * each key replaces the spec order's, "..." keeps it, a `deliveries` object is the one delivery.
 */
function complete(fragment: Json, id: string): Json {
  const out: Json = { ...structuredClone(base), id };
  const placeholder = (v: unknown): boolean =>
    v === '...' || (Array.isArray(v) && v.length > 0 && v.every((x) => x === '...'));
  for (const [key, value] of Object.entries(fragment)) {
    if (placeholder(value)) continue;
    if (key === 'deliveries' && value && typeof value === 'object' && !Array.isArray(value)) {
      const delivery: Json = {};
      const first = (base.deliveries as Json[])[0] as Json;
      for (const [k, v] of Object.entries(value as Json))
        delivery[k] = placeholder(v) ? first[k] : v;
      out.deliveries = [delivery];
    } else out[key] = value;
  }
  return out;
}

describe("Probo's own order API examples, posted to the mock", () => {
  let mock: RunningMock;
  let rx: TestReceiver;
  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 1, manual: false });
  });
  afterAll(async () => {
    await mock.close();
    await rx.close();
  });

  it('has an expectation for every example file and a file for every expectation', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'expected.json');
    expect(Object.keys(expected).sort()).toEqual(files.sort());
    for (const e of Object.values(expected)) {
      for (const name of [
        e.answer.body,
        e.answer.shape,
        e.answer.never,
        ...Object.values(e.answer.refused ?? {}),
      ])
        if (name) expect(() => read(name), name).not.toThrow();
    }
  });

  const orders = Object.entries(expected).filter(([, e]) => e.endpoint === '/order');
  it.each(orders)('POST /order %s answers as documented', async (name, e) => {
    const example = read(name);
    // Each example gets its own id (they share the spec's "1112"), and a URL of ours.
    const id = `ex-${name.replace(/\.json$/, '')}`;
    const body = e.fragment ? complete(example, id) : { ...example, id };
    if (Array.isArray(body.callback_urls)) body.callback_urls = [rx.url];
    const answer = await postJson(`${mock.url}/order`, body);
    expect(answer.status, answer.text).toBe(e.answer.status);
    if (e.answer.status === 202) {
      const docs = read('answers/docs-order-queued.json') as { order: Json };
      // The docs' shape, with this order's id and reference.
      expect(answer.body).toEqual({
        ...docs,
        order: { id, reference: body.reference },
      });
      if (e.answer.then) {
        await mock.idle();
        expect(mock.orders.get(id)?.status).toBe(e.answer.then);
      }
    } else {
      const errors = (answer.body as { errors: { pointer: string; message: string }[] }).errors;
      expect(errors.map((p) => p.pointer)).toEqual(e.answer.pointers);
      if (e.answer.message) expect(errors[0]?.message).toBe(e.answer.message);
      expect((answer.body as Json).status).toBe('error');
    }
  });

  it("answers the spec's minimal order in the docs' shape, not the spec's older order_queued", async () => {
    const answer = await postJson(`${mock.url}/order`, {
      ...base,
      id: '1112', // the spec's own, as in its answer example
      callback_urls: [rx.url], // never the spec's test.com
    });
    const spec = read('answers/spec-order-queued.json') as Json;
    expect(answer.body).toEqual({ ...spec, status: 'queued' });
  });

  it("answers the spec's status request in the spec's answer shape, listing the known order", async () => {
    await postJson(`${mock.url}/order`, { ...base, id: 'order-5234231', callback_urls: [rx.url] });
    await mock.idle();
    const answer = await postJson(`${mock.url}/order/status`, read('spec-status-minimal.json'));
    expect(answer.status).toBe(200);
    const shape = read('answers/spec-status.json') as {
      status: string;
      message: string;
      orders: Json[];
    };
    const body = answer.body as { status: string; message: string; orders: Json[] };
    expect(body.status).toBe(shape.status);
    expect(body.message).toBe(shape.message);
    // order-5234232 is unknown: left out.
    expect(body.orders.map((o) => o.id)).toEqual(['order-5234231']);
    const entry = body.orders[0] as Json;
    expect(Object.keys(entry)).toEqual(Object.keys(shape.orders[0] as Json));
    expect(entry).toMatchObject({
      reference: 'Reseller API test order',
      status_code: 'shipment_delivered',
      // The post's own delivery date and shipping method code.
      delivery_date: '2020-08-12',
      shipping_method_code: 'onbezorgd-standard',
      products: [{ id: 1, status_code: 'shipment_delivered' }],
    });
    // The parcel's tracking is the callbacks' own.
    const last = rx.calls
      .map((c) => c.json as { status: string; order: Json; shipped_packages?: Json[] })
      .filter((b) => b.order.id === 'order-5234231')
      .at(-1);
    expect(entry.packages).toEqual([
      {
        id: 1,
        status_code: 'shipment_delivered',
        tracking_url: last?.shipped_packages?.[0]?.tracking_url,
      },
    ]);
  });

  it('finds orders by the supplier order number sent as a string, as the docs send it', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'by-number' }));
    await mock.idle();
    const number = mock.orders.get('by-number')?.supplierOrderNumber as number;
    // The docs' examples as published: numbers the mock never issued, so nothing is found.
    for (const name of ['docs-status-supplier-order-number.json', 'docs-status-several.json']) {
      const answer = await postJson(`${mock.url}/order/status`, read(name));
      expect(answer.status, name).toBe(200);
      expect(answer.body, name).toEqual({ status: 'ok', message: 'Status retrieved', orders: [] });
    }
    // The same shape with this mock's number, as a string: found.
    const own = read('docs-status-supplier-order-number.json') as { orders: Json[] };
    own.orders = [{ supplier_order_number: String(number) }];
    const found = await postJson(`${mock.url}/order/status`, own);
    expect((found.body as { orders: Json[] }).orders).toMatchObject([
      { id: 'by-number', supplier_order_number: number },
    ]);
  });

  it('finds an order by a numeric-looking id, as the docs send it', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: '2134123412' }));
    const answer = await postJson(`${mock.url}/order/status`, read('docs-status-id.json'));
    expect((answer.body as { orders: Json[] }).orders.map((o) => o.id)).toEqual(['2134123412']);
    const asNumber = await postJson(`${mock.url}/order/status`, { orders: [{ id: 2134123412 }] });
    expect((asNumber.body as { orders: Json[] }).orders.map((o) => o.id)).toEqual(['2134123412']);
  });
});

describe("Probo's cancel and release examples, posted to a held mock", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, manual: true });
  });
  afterAll(async () => {
    await mock.close();
  });
  const answer = (name: string) => read(name);
  const cancel = read('spec-cancel.json');
  const release = read('spec-release.json');
  const strip = (body: unknown) => {
    const rest = { ...(body as Json) };
    delete rest.reason; // ours (invented); the rest is Probo's body
    return rest;
  };

  it('answers both with "Order does not exist" while the order is unknown', async () => {
    const c = await postJson(`${mock.url}/order/cancel`, cancel);
    expect(c.status).toBe(400);
    expect(strip(c.body)).toEqual(answer('answers/spec-cancel-not-exists.json'));
    const r = await postJson(`${mock.url}/order/release`, release);
    expect(r.status).toBe(400);
    expect(strip(r.body)).toEqual(answer('answers/spec-release-not-exists.json'));
  });

  it('cancels, refuses to cancel twice, releases, and then takes the id as a new order', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'order-5234231' }));
    const notYet = await postJson(`${mock.url}/order/release`, release);
    expect(notYet.status).toBe(400);
    expect((notYet.body as Json).message).toBe(
      'Could not release order, because order status is: queued',
    );
    const c = await postJson(`${mock.url}/order/cancel`, cancel);
    expect(c.status).toBe(200);
    expect(c.body).toEqual(answer('answers/spec-cancel-cancelled.json'));
    const twice = await postJson(`${mock.url}/order/cancel`, cancel);
    expect(twice.status).toBe(400);
    expect((twice.body as Json).message).toBe(
      'Could not cancel order, because order status is: canceled',
    );
    const r = await postJson(`${mock.url}/order/release`, release);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(answer('answers/spec-release-released.json'));
    const again = await postJson(`${mock.url}/order`, shopOrder({ id: 'order-5234231' }));
    expect(again.status).toBe(202);
    const fresh = mock.orders.list().filter((o) => o.id === 'order-5234231');
    expect(fresh).toHaveLength(2);
    expect(fresh[1]?.duplicateOf).toBeUndefined();
    expect(fresh[1]?.scenario).toBe('happy-path');
    // The id now names the new order: status and cancel reach it, not the released one.
    const status = await postJson(`${mock.url}/order/status`, {
      orders: [{ id: 'order-5234231' }],
    });
    expect((status.body as { orders: Json[] }).orders).toMatchObject([
      { id: 'order-5234231', status_code: 'queued' },
    ]);
    expect(mock.orders.find({ id: 'order-5234231' })?.key).toBe(fresh[1]?.key);
  });

  it("refuses both once the order is in production, in Probo's words", async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'in-prod' }));
    for (let i = 0; i < 3; i++)
      await postJson(
        `${mock.url}/__mock/orders/in-prod/advance`,
        {},
        { 'content-type': 'application/json' },
      );
    await mock.idle();
    expect(mock.orders.get('in-prod')?.status).toBe('in_production');
    const c = await postJson(`${mock.url}/order/cancel`, { id: 'in-prod' });
    expect(c.status).toBe(400);
    expect(strip(c.body)).toEqual({
      ...answer('answers/spec-cancel-cannot-cancel.json'),
      id: 'in-prod',
    });
    const r = await postJson(`${mock.url}/order/release`, { id: 'in-prod' });
    expect(r.status).toBe(400);
    expect(strip(r.body)).toEqual({
      ...answer('answers/spec-release-cannot-release.json'),
      id: 'in-prod',
    });
  });

  it('cancels by supplier_order_number, as an integer or a string, answering the order id', async () => {
    await postJson(`${mock.url}/order`, shopOrder({ id: 'by-sno' }));
    const number = mock.orders.get('by-sno')?.supplierOrderNumber as number;
    const c = await postJson(`${mock.url}/order/cancel`, { supplier_order_number: String(number) });
    expect(c.body).toEqual({ status: 'cancelled', message: 'Order cancelled', id: 'by-sno' });
    const r = await postJson(`${mock.url}/order/release`, { supplier_order_number: number });
    expect(r.body).toEqual({ status: 'released', message: 'Order released', id: 'by-sno' });
  });
});
