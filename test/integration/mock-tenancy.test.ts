// One tenant per API key, as Probo scopes orders to the account whose key posted them: over real
// sockets, with the keys a shop sends (Bearer, and the Basic form `curl -u KEY:` sends).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOrderStore, startMock } from '../../src/mock/index.js';
import type { MockOptions, RunningMock } from '../../src/mock/index.js';
import { customerNumberOf, tenantOf } from '../../src/mock/engine/tenant.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

const KEY_A = 'shop-a-key-7f3e91';
const KEY_B = 'shop-b-key-20c4d8';
const as = (key: string) => ({
  authorization: `Bearer ${key}`,
  'content-type': 'application/json',
});

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
let dir: string | undefined;

afterEach(async () => {
  await mock?.close();
  mock = undefined;
  await rx?.close();
  rx = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function start(options: MockOptions = {}): Promise<RunningMock> {
  mock = await startMock({ port: 0, rateLimit: 0, manual: true, ...options });
  return mock;
}

async function listed(m: RunningMock, key: string): Promise<string[]> {
  const res = await fetch(`${m.url}/orders`, { headers: as(key) });
  expect(res.status).toBe(200);
  const { orders } = (await res.json()) as { orders: Array<{ customer_order_id: string }> };
  return orders.map((o) => o.customer_order_id).sort();
}

describe('one tenant per API key', () => {
  it('lists, reports, cancels and releases only the key\'s own orders; another key\'s is "Order does not exist"', async () => {
    const m = await start();
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'a-1' }), as(KEY_A))).status).toBe(
      202,
    );
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'b-1' }), as(KEY_B))).status).toBe(
      202,
    );

    expect(await listed(m, KEY_A)).toEqual(['a-1']);
    expect(await listed(m, KEY_B)).toEqual(['b-1']);
    const status = await postJson(
      `${m.url}/order/status`,
      { orders: [{ id: 'a-1' }, { id: 'b-1' }] },
      as(KEY_B),
    );
    expect((status.body as { orders: Array<{ id: string }> }).orders.map((o) => o.id)).toEqual([
      'b-1',
    ]);
    const number = m.orders.get('a-1')?.supplierOrderNumber as number;
    const byNumber = await postJson(
      `${m.url}/order/status`,
      { orders: [{ supplier_order_number: number }] },
      as(KEY_B),
    );
    expect((byNumber.body as { orders: unknown[] }).orders).toEqual([]);

    const cancel = await postJson(`${m.url}/order/cancel`, { id: 'a-1' }, as(KEY_B));
    expect(cancel.status).toBe(400);
    expect(cancel.body).toMatchObject({ message: 'Order does not exist' });
    const release = await postJson(`${m.url}/order/release`, { id: 'a-1' }, as(KEY_B));
    expect(release.body).toMatchObject({ message: 'Order does not exist' });
    expect(m.orders.get('a-1')?.status).not.toBe('canceled');

    expect((await postJson(`${m.url}/order/cancel`, { id: 'a-1' }, as(KEY_A))).status).toBe(200);
    expect((await postJson(`${m.url}/order/release`, { id: 'a-1' }, as(KEY_A))).status).toBe(200);
  });

  it('takes the same order id from two keys as two orders; a second post by the same key is its duplicate, naming its customer number', async () => {
    rx = await startTestReceiver();
    const m = await start({ manual: false, stepDelayMs: 0 });
    const post = shopOrder({ id: 'same', callbackUrls: [rx.url] });
    expect((await postJson(`${m.url}/order`, post, as(KEY_A))).status).toBe(202);
    expect((await postJson(`${m.url}/order`, post, as(KEY_B))).status).toBe(202);
    expect((await postJson(`${m.url}/order`, post, as(KEY_A))).status).toBe(202);
    await m.idle();
    const records = m.orders.list();
    expect(records.map((o) => [o.key, o.scenario, o.tenant])).toEqual([
      ['same', 'happy-path', tenantOf(KEY_A)],
      ['same~new1', 'happy-path', tenantOf(KEY_B)],
      ['same~dup1', 'duplicate-order', tenantOf(KEY_A)],
    ]);
    expect(records[2]?.duplicateOf).toBe('same');
    // Each its own supplier order number.
    expect(new Set(records.map((o) => o.supplierOrderNumber)).size).toBe(3);

    const rejected = rx.calls
      .map((c) => c.json as { status: string; message?: string })
      .filter((b) => b.status === 'not_accepted');
    const customer = customerNumberOf(tenantOf(KEY_A));
    expect(rejected.map((b) => b.message)).toEqual([
      `Order not accepted, reason: | Order with customer order id 'same' for customer '${customer}' already exist`,
    ]);
    expect(customerNumberOf(tenantOf(KEY_B))).not.toBe(customer);
  });

  it('takes Bearer KEY and the Basic form curl -u KEY: sends as one key', async () => {
    const m = await start();
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'k-1' }), as(KEY_A))).status).toBe(
      202,
    );
    const basic = {
      authorization: `Basic ${Buffer.from(`${KEY_A}:`).toString('base64')}`,
      'content-type': 'application/json',
    };
    const status = await postJson(`${m.url}/order/status`, { orders: [{ id: 'k-1' }] }, basic);
    expect((status.body as { orders: unknown[] }).orders).toHaveLength(1);
  });

  it('with --api-key pins the keys that exist, each its own tenant; another key is a 401', async () => {
    const m = await start({ apiKey: [KEY_A, KEY_B] });
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'p-1' }), as(KEY_A))).status).toBe(
      202,
    );
    expect(await listed(m, KEY_A)).toEqual(['p-1']);
    expect(await listed(m, KEY_B)).toEqual([]);
    const other = await postJson(`${m.url}/order`, shopOrder({ id: 'p-2' }), as('not-a-key'));
    expect(other.status).toBe(401);
    expect(m.orders.list().map((o) => o.tenant)).toEqual([tenantOf(KEY_A)]);
  });

  it("shows every tenant to the admin API, each order's tenant, and filters by one", async () => {
    const m = await start();
    await postJson(`${m.url}/order`, shopOrder({ id: 'a-1' }), as(KEY_A));
    await postJson(`${m.url}/order`, shopOrder({ id: 'b-1' }), as(KEY_B));
    const all = (await (await fetch(`${m.url}/__mock/orders`)).json()) as {
      orders: Array<{ key: string; tenant: string }>;
    };
    expect(all.orders.map((o) => [o.key, o.tenant])).toEqual([
      ['a-1', tenantOf(KEY_A)],
      ['b-1', tenantOf(KEY_B)],
    ]);
    const one = (await (
      await fetch(`${m.url}/__mock/orders?tenant=${tenantOf(KEY_B)}`)
    ).json()) as {
      orders: Array<{ key: string }>;
    };
    expect(one.orders.map((o) => o.key)).toEqual(['b-1']);
    const bad = await fetch(`${m.url}/__mock/orders?tenant=${KEY_B}`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 'error', reason: 'invalid_query' });
  });

  it('keeps the tenant, never the key, in the SQLite file, and scopes by it after a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'probo-mock-tenancy-'));
    const file = join(dir, 'mock.db');
    let m = await start({ store: await openOrderStore(`sqlite:${file}`) });
    await postJson(`${m.url}/order`, shopOrder({ id: 'kept' }), as(KEY_A));
    await m.close();
    mock = undefined;
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).not.toContain(KEY_A);
    m = await start({ store: await openOrderStore(`sqlite:${file}`) });
    expect(m.orders.get('kept')?.tenant).toBe(tenantOf(KEY_A));
    expect(await listed(m, KEY_A)).toEqual(['kept']);
    expect(await listed(m, KEY_B)).toEqual([]);
    const admin = await (await fetch(`${m.url}/__mock/orders`)).text();
    expect(admin).not.toContain(KEY_A);
  });
});
