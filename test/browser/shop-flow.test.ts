import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import type {
  ConfigureResponse,
  PriceResponse,
  ProductResponse,
  ProductsResponse,
  UploaderCreateResponse,
} from '../../src/generated/types.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

/** The answer is valid against the schema of its endpoint (schemas/api/<name>.schema.json). */
function expectValid(name: string, body: unknown): void {
  const result = validateWith(schemaId(`api/${name}`), body);
  expect(result.diagnostics, name).toEqual([]);
}

const BANNER = [
  { code: 'width', value: 200 },
  { code: 'height', value: 100 },
  { code: 'amount', value: 2 },
];
const ADDRESS = {
  company_name: 'Vos Reclame',
  first_name: 'Anna',
  last_name: 'de Vries',
  street: 'Keizersgracht',
  house_number: '123',
  postal_code: '1015 CJ',
  city: 'Amsterdam',
  country: 'NL',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a whole shop against the mock, over real sockets', () => {
  let mock: RunningMock;
  let shop: TestReceiver;
  beforeAll(async () => {
    shop = await startTestReceiver();
    // --manual: the order's steps go on only when the test advances them (no timing).
    mock = await startMock({ port: 0, manual: true, rateLimit: 0, retries: 0 });
  });
  afterAll(async () => {
    await mock?.close();
    await shop?.close();
  });

  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(mock.url + path, { headers: { authorization: AUTH.authorization } });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('lists products, configures one, prices it, uploads through the uploader page, and the order waits for the upload', async () => {
    // Products: the list and one product's option tree.
    const list = await get('/products?per_page=50&language=en');
    expect(list.status).toBe(200);
    expectValid('products-response', list.body);
    const products = (list.body as ProductsResponse).data.map((p) => p.code);
    expect(products).toEqual(
      expect.arrayContaining(['banner-510', 'window-decal', 'beach-flag', 'flag', 'dibond']),
    );
    const product = await get('/products/product/banner-510');
    expectValid('product-response', product.body);
    const size = (product.body as ProductResponse).options.find((o) => o.code === 'size')!;
    expect(size.children?.map((c) => [c.code, c.min_value, c.max_value])).toEqual([
      ['width', 20, 500],
      ['height', 20, 500],
    ]);

    // Configure: without a finishing nothing can be ordered yet; with one it can.
    const partial = await postJson(`${mock.url}/products/configure`, {
      products: [{ code: 'banner-510', options: BANNER }],
    });
    expect(partial.status).toBe(200);
    expectValid('configure-response', partial.body);
    const first = (partial.body as ConfigureResponse).products[0]!;
    expect(first.can_order).toBe(false);
    expect(first.available_options.map((o) => o.code)).toEqual(['finishing']);
    expect((partial.body as ConfigureResponse).calculation_id).toBeNull();
    const options = [...BANNER, { code: 'hem-eyelets-50' }];
    const full = await postJson(`${mock.url}/products/configure`, {
      products: [{ code: 'banner-510', options }],
    });
    const configured = full.body as ConfigureResponse;
    expect(configured.products[0]!.can_order).toBe(true);
    expect(configured.products[0]).toMatchObject({ width: 200, height: 100, amount: 2 });
    expect(configured.calculation_id).toEqual(expect.any(Number));

    // Price: the same configuration, the same calculation; faster production costs more.
    const priced = await postJson(`${mock.url}/price`, {
      products: [{ code: 'banner-510', options }],
      deliveries: [{ address: ADDRESS, shipping_method_code: 'dhl-standard' }],
    });
    expect(priced.status).toBe(200);
    expectValid('price-response', priced.body);
    const price = priced.body as PriceResponse;
    expect(price.calculation_id).toBe(configured.calculation_id);
    expect(price.prices.map((p) => p.production_hours)).toEqual([24, 48, 72]);
    const totals = price.prices.map((p) => p.products_sales_price);
    expect(totals[0]).toBeGreaterThan(totals[2]!);
    expect(
      price.prices[0]!.deliveries.map((d) => [d.shipping_method_api_code, d.transit_days]),
    ).toEqual([['dhl-standard', 1]]);

    // Uploader sessions for the calculation, reporting to the shop.
    const created = await postJson(`${mock.url}/products/uploader/create`, {
      calculation_id: price.calculation_id,
      callback_url: `${shop.url}/uploader-callback`,
      language: 'en',
    });
    expect(created.status).toBe(200);
    expectValid('uploader-create-response', created.body);
    const [session] = (created.body as UploaderCreateResponse).uploaders;
    expect(session!.url.startsWith(`${mock.url}/uploader/${session!.id}?token=`)).toBe(true);

    // The order names the session; it is taken, and waits at queued.
    const order = shopOrder({ id: 'shop-flow-1', callbackUrls: [`${shop.url}/probo`] });
    order.products = [
      {
        code: 'banner-510',
        options,
        uploaders: [{ id: session!.id, external_id: session!.external_id }],
      },
    ];
    const posted = await postJson(`${mock.url}/order`, order);
    expect(posted.status).toBe(202);
    const held = await fetch(`${mock.url}/__mock/orders/shop-flow-1/advance`, { method: 'POST' });
    expect(held.status).toBe(409);

    // A person confirms the file on the session page, in Chromium.
    const page = await browser.newPage();
    try {
      await page.goto(session!.url);
      await page.setInputFiles('#file', {
        name: 'banner-200x100.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 banner'),
      });
      await page.click('#confirm');
      await page.locator('#status', { hasText: 'confirmed' }).waitFor();
      expect(await page.textContent('#result')).toBe('Confirmed: banner-200x100.pdf');
    } finally {
      await page.close();
    }

    // The shop's uploader callback gets confirmed, then processed.
    const uploads = await shop.waitFor(2);
    expect(uploads.map((c) => [c.path, (c.json as { status: string }).status])).toEqual([
      ['/uploader-callback', 'confirmed'],
      ['/uploader-callback', 'processed'],
    ]);
    for (const call of uploads) expectValid('uploader-callback', call.json);
    expect(
      (uploads[1]!.json as { products: Array<{ front_side: { file: { file_name: string } } }> })
        .products[0]!.front_side.file.file_name,
    ).toBe('banner-200x100.pdf');

    // Released: the order's scenario goes on, its callbacks reach the shop.
    const advanced = await fetch(`${mock.url}/__mock/orders/shop-flow-1/advance`, {
      method: 'POST',
    });
    expect(advanced.status).toBe(202);
    const calls = await shop.waitFor(3);
    expect(calls[2]!.path).toBe('/probo');
    expect((calls[2]!.json as { status: string }).status).toBe('queued');

    // The order list has it, with the catalog's price.
    const orders = await get('/orders?customer_order_id=shop-flow-1');
    expectValid('orders-response', orders.body);
    const [listed] = (
      orders.body as {
        orders: Array<{ number: number; total_sales_price: number; external_status_code: string }>;
      }
    ).orders;
    expect(listed!.external_status_code).toBe('queued');
    expect(listed!.total_sales_price).toBeGreaterThan(0);
  });

  it('then reads /order/status, cancels the order by {id}, releases it and posts the same id again as a new order', async () => {
    // Where the first test left it: released from its uploads, its first step (queued) sent.
    const accepted = await fetch(`${mock.url}/__mock/orders/shop-flow-1/advance`, {
      method: 'POST',
    });
    expect(accepted.status, await accepted.clone().text()).toBe(202);
    const calls = await shop.waitFor(4);
    expect((calls[3]!.json as { status: string }).status).toBe('accepted');

    const status = await postJson(`${mock.url}/order/status`, { orders: [{ id: 'shop-flow-1' }] });
    expect(status.status).toBe(200);
    const [entry] = (
      status.body as { status: string; orders: Array<{ id: string; status_code: string }> }
    ).orders;
    expect(entry).toMatchObject({ id: 'shop-flow-1', status_code: 'accepted' });

    const canceled = await postJson(`${mock.url}/order/cancel`, { id: 'shop-flow-1' });
    expect(canceled.status).toBe(200);
    expect(canceled.body).toEqual({
      status: 'cancelled',
      message: 'Order cancelled',
      id: 'shop-flow-1',
    });
    const afterCancel = await shop.waitFor(5);
    expect((afterCancel[4]!.json as { status: string }).status).toBe('canceled');

    const released = await postJson(`${mock.url}/order/release`, { id: 'shop-flow-1' });
    expect(released.status).toBe(200);
    expect(released.body).toEqual({
      status: 'released',
      message: 'Order released',
      id: 'shop-flow-1',
    });

    // The same id again: a new order (not a duplicate), with a file this time.
    const again = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'shop-flow-1', callbackUrls: [`${shop.url}/probo`] }),
    );
    expect(again.status).toBe(202);
    const { orders } = (await (await fetch(`${mock.url}/__mock/orders`)).json()) as {
      orders: Array<{ id: string; key: string; scenario: string; duplicateOf?: string }>;
    };
    const posts = orders.filter((o) => o.id === 'shop-flow-1');
    expect(posts).toHaveLength(2);
    const record = { order: posts.find((o) => o.key !== 'shop-flow-1')! };
    expect(record.order.scenario).not.toBe('duplicate-order');
    expect(record.order.duplicateOf).toBeUndefined();
    const advanced = await fetch(`${mock.url}/__mock/orders/${record.order.key}/advance`, {
      method: 'POST',
    });
    expect(advanced.status, await advanced.clone().text()).toBe(202);
    const last = await shop.waitFor(6);
    expect((last[5]!.json as { status: string }).status).toBe('queued');
  });
});
