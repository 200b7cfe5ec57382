import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import {
  appendSteps,
  PRICE_TYPES,
  readListItem,
  readPrices,
  readProductInfo,
  type Step,
} from '../support/configurator-reads.js';
import { AUTH, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

/**
 * The whole flow of Probo's product configurator against the mock, over real sockets, in the
 * order the component makes its calls and reading what it reads (test/support/configurator-reads.ts):
 * products with per_page=1000, the product, configure step by step until can_order, price, the
 * uploader session, storing the configuration, the order, the confirm and the uploader callbacks.
 */

/** The address the component sends to /price (its address object, mapped to Probo's keys). */
const ADDRESS = {
  company_name: 'Probo',
  first_name: 'John',
  last_name: 'Doe',
  street: 'Fortuinweg',
  house_number: '17',
  postal_code: '9101 PE',
  city: 'Dokkum',
  country: 'NL',
  email: 'john.doe@shop.example',
};

let mock: RunningMock;
let shop: TestReceiver;
beforeAll(async () => {
  shop = await startTestReceiver();
  mock = await startMock({ port: 0, manual: true, rateLimit: 0, retries: 0 });
});
afterAll(async () => {
  await mock?.close();
  await shop?.close();
});

/** A call through the shop's proxy, as the component makes it (it throws on a non-2xx). */
async function call(method: string, path: string, data?: unknown): Promise<Any> {
  const res = await fetch(mock.url + path, {
    method,
    headers: AUTH,
    ...(data === undefined ? {} : { body: JSON.stringify(data) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`Failed to fetch data from ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** The configurator's user: sizes inside the range, amount 2, the first available choice. */
function choose(step: Step): Array<{ code: string; value?: number }> {
  if (step.type === 'simple')
    return step.options.map((o) => ({
      code: o.code,
      value: o.code === 'amount' ? 2 : Math.max(Number(o.min) || 1, 60),
    }));
  const option = step.options.find((o) => o.available)!;
  return [{ code: option.code }];
}

/** Configures `code` step by step as the component does; the steps it built and the last answer. */
async function configure(code: string, priceType: string) {
  let steps: Step[] = [];
  const options: Array<{ code: string; value?: number }> = [];
  const product: Any = { code, options };
  const answers: Any[] = [];
  for (let round = 0; round < 12; round++) {
    const payload = await call('POST', '/products/configure', {
      products: [product],
      language: 'en',
    });
    if (payload.status !== 'ok') throw new Error(payload.message);
    answers.push(payload);
    const [first] = payload.products;
    const before = steps.length;
    steps = appendSteps(steps, first.available_options, priceType);
    if (first.can_order) return { steps, payload, product };
    if (steps.length === before) throw new Error(`${code}: no step offered and cannot order`);
    for (const step of steps.slice(before)) options.push(...choose(step));
  }
  throw new Error(`${code} never reached can_order: ${JSON.stringify(answers.at(-1))}`);
}

describe("Probo's configurator flow against the mock", () => {
  it('lists, shows, configures every seeded product step by step until can_order, each step once, and prices it', async () => {
    const list = await call('GET', '/products?per_page=1000');
    expect(list.meta.per_page).toBe(1000);
    const items = list.data.map((p: Any) => readListItem(p, 'de'));
    expect(items.length).toBe(list.meta.items);
    for (const item of items) expect(item.title).toEqual(expect.any(String));

    for (const { code } of items) {
      const info = readProductInfo(await call('GET', `/products/product/${code}`), 'de');
      expect(info.name).toEqual(expect.any(String));
      for (const priceType of [PRICE_TYPES[0], PRICE_TYPES[3]]) {
        const { steps, payload } = await configure(code, priceType);
        const codes = steps.map((s) => s.code);
        expect(new Set(codes).size, `${code}: ${codes.join(', ')}`).toBe(codes.length);
        // The amount is asked once: with the size when the product has one, else on its own.
        const measure = steps.find((s) => s.code === 'measurement-amount');
        if (measure) {
          expect(measure.options.map((o) => o.code)).toEqual(['width', 'height', 'amount']);
          expect(codes, code).not.toContain('amount');
        } else expect(steps[0]!.code, code).toBe('amount');
        expect(payload.calculation_id).toEqual(expect.any(Number));
      }
    }
  });

  it('drives banner-510 through price, the uploader session, storing and updating the configuration, the order and the uploader callbacks', async () => {
    const priceType = 'sales_price_incl_vat';
    const { steps, payload, product } = await configure('banner-510', priceType);
    // Extras are optional: offered once the banner can be ordered.
    expect(steps.map((s) => s.code)).toEqual(['measurement-amount', 'finishing', 'extras']);
    const hem = steps[1]!.options.find((o) => o.code === 'hem-eyelets-50')!;
    expect(hem.price).toBeGreaterThan(0);
    expect(steps[0]!.options.find((o) => o.code === 'width')!.unit).toBe('cm');

    // The component prices once it can order and has an address.
    const price = await call('POST', '/price', {
      deliveries: [{ address: ADDRESS }],
      products: [product],
    });
    expect(price.calculation_id).toBe(payload.calculation_id);
    const view = readPrices(price.prices, priceType);
    expect(Number(view.price)).toBeGreaterThan(0);
    expect(view.shipping).toBeGreaterThan(0);
    expect(typeof view.packaging).toBe('number');
    expect(view.days).toHaveLength(price.prices.length);
    for (const type of PRICE_TYPES) expect(readPrices(price.prices, type).price).toMatch(/^\d/);

    // Stored and updated under the shop's customer_code (the component mutates its product).
    product.customer_code = 'flow_banner';
    expect((await call('POST', '/apiproducts/product', product)).code).toBe(201);
    product.options = product.options.map((o: Any) =>
      o.code === 'amount' ? { ...o, value: 3 } : o,
    );
    expect((await call('PUT', '/apiproducts/product/flow_banner', product)).code).toBe(200);
    expect((await call('GET', '/apiproducts/product/flow_banner')).amount).toBe(3);
    // Its next calls carry customer_code too: still answered.
    const again = await call('POST', '/products/configure', {
      products: [product],
      language: 'en',
    });
    expect(again.products[0].can_order).toBe(true);
    const repriced = await call('POST', '/price', {
      deliveries: [{ address: ADDRESS }],
      products: [product],
    });

    // The uploader session of the calculation, reporting to the shop.
    const uploaders = (
      await call('POST', '/products/uploader/create', {
        callback_url: `${shop.url}/uploader-callback`,
        calculation_id: repriced.calculation_id,
      })
    ).uploaders;
    expect(uploaders).toHaveLength(1);

    // The shop orders the stored product with the session; the order waits for the upload.
    const order = shopOrder({ id: 'configurator-1', callbackUrls: [`${shop.url}/probo`] });
    order.products = [
      {
        customer_code: 'flow_banner',
        uploaders: [{ id: uploaders[0].id, external_id: uploaders[0].external_id }],
      },
    ];
    const posted = await fetch(`${mock.url}/order`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify(order),
    });
    expect(posted.status, await posted.clone().text()).toBe(202);
    const held = await fetch(`${mock.url}/__mock/orders/configurator-1/advance`, {
      method: 'POST',
    });
    expect(held.status).toBe(409);

    const token = new URL(uploaders[0].url as string).searchParams.get('token')!;
    const confirmed = await fetch(`${mock.url}/uploader/${uploaders[0].id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, file_name: 'banner.pdf' }),
    });
    expect(confirmed.status).toBe(200);
    const callbacks = await shop.waitFor(2);
    expect(callbacks.map((c) => (c.json as { status: string }).status)).toEqual([
      'confirmed',
      'processed',
    ]);
    const advanced = await fetch(`${mock.url}/__mock/orders/configurator-1/advance`, {
      method: 'POST',
    });
    expect(advanced.status).toBe(202);
    const queued = await shop.waitFor(3);
    expect(queued[2]!.path).toBe('/probo');
  });
});
