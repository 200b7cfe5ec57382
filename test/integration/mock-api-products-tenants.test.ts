import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { shopOrder } from '../support/mock-orders.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answer bodies read field by field
type Json = Record<string, any>;

/** Two shops, each with its own key: two accounts at Probo. */
const KEY_A = 'shop-a-key';
const KEY_B = 'shop-b-key';

const send = async (
  mock: RunningMock,
  key: string,
  method: string,
  path: string,
  body?: unknown,
) => {
  const res = await fetch(`${mock.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

/** A complete banner configuration stored under `customer_code`, `amount` pieces. */
const banner = (customerCode: string, amount: number) => ({
  code: 'banner-510',
  customer_code: customerCode,
  options: [
    { code: 'width', value: 200 },
    { code: 'height', value: 100 },
    { code: 'amount', value: amount },
    { code: 'hem-eyelets-50' },
  ],
});

/** An order of the stored product `customerCode`. */
const orderOf = (id: string, customerCode: string) => {
  const order = shopOrder({ id });
  order.products = [
    { customer_code: customerCode, files: [{ uri: 'https://files.shop.example/banner.pdf' }] },
  ] as typeof order.products;
  return order;
};

const codesOf = (answer: { body: Json }): string[] =>
  (answer.body.products as Array<{ customer_code: string }>).map((p) => p.customer_code);

describe('stored API products belong to the account (API key) that stored them, as orders do', () => {
  let mock: RunningMock;
  let strict: RunningMock;
  beforeAll(async () => {
    const options = { port: 0, manual: true, rateLimit: 0, apiKey: [KEY_A, KEY_B] };
    mock = await startMock(options);
    strict = await startMock({ ...options, strictCatalog: true });
  });
  afterAll(async () => {
    await mock?.close();
    await strict?.close();
  });

  it("keeps key A's stored product out of key B's lists, lookups and prices", async () => {
    expect(
      (await send(mock, KEY_A, 'POST', '/apiproducts/product', banner('a_only', 2))).status,
    ).toBe(201);

    expect(codesOf(await send(mock, KEY_A, 'GET', '/apiproducts?per_page=1000'))).toContain(
      'a_only',
    );
    expect(codesOf(await send(mock, KEY_B, 'GET', '/apiproducts?per_page=1000'))).not.toContain(
      'a_only',
    );
    expect((await send(mock, KEY_A, 'GET', '/apiproducts/product/a_only')).status).toBe(200);
    expect((await send(mock, KEY_B, 'GET', '/apiproducts/product/a_only')).status).toBe(404);

    const priceA = await send(mock, KEY_A, 'POST', '/price', {
      products: [{ customer_code: 'a_only' }],
    });
    expect(priceA.status).toBe(200);
    const priceB = await send(mock, KEY_B, 'POST', '/price', {
      products: [{ customer_code: 'a_only' }],
    });
    expect(priceB.status).toBe(400);
    expect(priceB.body.errors[0].pointer).toBe('/products/0/customer_code');
    // B cannot update A's product either: to B it does not exist.
    expect(
      (await send(mock, KEY_B, 'PUT', '/apiproducts/product/a_only', banner('a_only', 9))).status,
    ).toBe(404);
    expect((await send(mock, KEY_A, 'GET', '/apiproducts/product/a_only')).body.amount).toBe(2);
  });

  it('lets two accounts store the same customer_code, each keeping its own', async () => {
    expect(
      (await send(mock, KEY_A, 'POST', '/apiproducts/product', banner('shared_code', 2))).status,
    ).toBe(201);
    // Not a 409 for B: the code is taken only in A's account.
    expect(
      (await send(mock, KEY_B, 'POST', '/apiproducts/product', banner('shared_code', 5))).status,
    ).toBe(201);
    expect((await send(mock, KEY_A, 'GET', '/apiproducts/product/shared_code')).body.amount).toBe(
      2,
    );
    expect((await send(mock, KEY_B, 'GET', '/apiproducts/product/shared_code')).body.amount).toBe(
      5,
    );
    expect(
      (await send(mock, KEY_A, 'POST', '/apiproducts/product', banner('shared_code', 3))).status,
    ).toBe(409);
  });

  it("gives an account that updates a seeded product its own copy; other accounts keep the catalog's", async () => {
    const seeded = (await send(mock, KEY_B, 'GET', '/apiproducts/product/mybanner_01')).body;
    const changed = await send(mock, KEY_A, 'PUT', '/apiproducts/product/mybanner_01', {
      ...banner('mybanner_01', 7),
    });
    expect(changed.status).toBe(200);
    expect((await send(mock, KEY_A, 'GET', '/apiproducts/product/mybanner_01')).body.amount).toBe(
      7,
    );
    expect((await send(mock, KEY_B, 'GET', '/apiproducts/product/mybanner_01')).body).toEqual(
      seeded,
    );
    // Listed once in A's list, in the seeded one's place.
    expect(
      codesOf(await send(mock, KEY_A, 'GET', '/apiproducts?per_page=1000')).filter(
        (c) => c === 'mybanner_01',
      ),
    ).toHaveLength(1);
  });

  it("prices each account's orders by customer_code with that account's own product", async () => {
    expect(
      (await send(mock, KEY_A, 'POST', '/apiproducts/product', banner('order_code', 1))).status,
    ).toBe(201);
    expect(
      (await send(mock, KEY_B, 'POST', '/apiproducts/product', banner('order_code', 10))).status,
    ).toBe(201);
    expect(
      (await send(mock, KEY_A, 'POST', '/order', orderOf('tenant-order-a', 'order_code'))).status,
    ).toBe(202);
    expect(
      (await send(mock, KEY_B, 'POST', '/order', orderOf('tenant-order-b', 'order_code'))).status,
    ).toBe(202);
    const totalOf = async (key: string, id: string): Promise<number> => {
      const list = await send(mock, key, 'GET', `/orders?customer_order_id=${id}`);
      expect(list.body.orders).toHaveLength(1);
      return list.body.orders[0].total_sales_price as number;
    };
    const a = await totalOf(KEY_A, 'tenant-order-a');
    const b = await totalOf(KEY_B, 'tenant-order-b');
    expect(a).toBeGreaterThan(0);
    // B's product is ten banners, A's one: B's order costs more, priced by B's own product.
    expect(b).toBeGreaterThan(a * 5);
  });

  it("refuses, with --strict-catalog, an order naming another account's customer_code, and takes the owner's", async () => {
    expect(
      (await send(strict, KEY_A, 'POST', '/apiproducts/product', banner('strict_a', 2))).status,
    ).toBe(201);
    expect(
      (await send(strict, KEY_A, 'POST', '/order', orderOf('strict-a', 'strict_a'))).status,
    ).toBe(202);
    const refused = await send(strict, KEY_B, 'POST', '/order', orderOf('strict-b', 'strict_a'));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].pointer).toBe('/products/0/customer_code');
  });
});
