import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateOrder } from '../../src/contract/index.js';
import { fixturesDir } from '../../src/shared/paths.js';

const ordersDir = join(fixturesDir, 'orders');
const invalidDir = join(ordersDir, 'invalid');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const expected = read(join(invalidDir, 'expected.json')) as Record<string, string>;

/** A configured order written from the facts page, independently of the fixtures. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test mutates one deep field
const order = (): Record<string, any> => ({
  id: 'my_weborder_1234',
  reference: 'Banner 510 for customer X',
  callback_urls: ['https://my.callback.url'],
  deliveries: [
    {
      address: {
        first_name: 'Jan',
        last_name: 'Jansen',
        street: 'Dorpsstraat',
        house_number: '1',
        postal_code: '1234 AB',
        city: 'Utrecht',
        country: 'NL',
      },
      shipping_method_preset: 'cheapest',
      delivery_date_preset: 'fastest',
    },
  ],
  products: [
    {
      code: 'banner-510',
      options: [{ code: 'width', value: 100 }],
      files: [{ uri: 'https://files.example/a.pdf' }],
    },
  ],
});

describe('the order fixtures', () => {
  const valid = readdirSync(ordersDir).filter((n) => n.endsWith('.json'));
  test('has a valid post of each product kind', () => {
    expect(valid.sort()).toEqual(['composed.json', 'configured.json', 'uploader.json']);
  });

  test.each(valid)('orders/%s validates', (name) => {
    expect(validateOrder(read(join(ordersDir, name))).diagnostics).toEqual([]);
  });

  const invalid = readdirSync(invalidDir).filter(
    (n) => n !== 'expected.json' && n.endsWith('.json'),
  );
  test('pairs every invalid body with the pointer its refusal must name, and no more', () => {
    expect(Object.keys(expected).sort()).toEqual(invalid.sort());
  });

  test.each(invalid)('orders/invalid/%s is refused, naming its expected pointer', (name) => {
    const result = validateOrder(read(join(invalidDir, name)));
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.pointer)).toContain(expected[name]);
  });
});

describe('validateOrder', () => {
  test('accepts an order written from the facts page', () => {
    expect(validateOrder(order())).toEqual({
      valid: true,
      kind: 'api/order-post',
      diagnostics: [],
    });
  });

  test('answers 400-worthy diagnostics naming /deliveries/0/address/postal_code when the postal code is missing', () => {
    const body = order();
    delete body.deliveries[0].address.postal_code;
    expect(validateOrder(body).diagnostics).toEqual([
      {
        pointer: '/deliveries/0/address/postal_code',
        message: 'is required but missing',
        keyword: 'required',
      },
    ]);
  });

  test('refuses an ftp: callback URL although it is a URI', () => {
    const body = order();
    body.callback_urls = ['ftp://my.callback.url'];
    expect(validateOrder(body).diagnostics.map((d) => d.pointer)).toEqual(['/callback_urls/0']);
  });

  test('accepts an order without callback URLs (it simply gets no callbacks)', () => {
    const body = order();
    delete body.callback_urls;
    expect(validateOrder(body).valid).toBe(true);
  });

  test('accepts a composed product named by customer_code, without code and options', () => {
    const body = order();
    body.products = [
      { customer_code: 'my-banner', files: [{ uri: 'https://files.example/a.pdf' }] },
    ];
    expect(validateOrder(body).diagnostics).toEqual([]);
  });

  test('accepts a product without files in the uploader flow, by flag or by uploaders', () => {
    const byFlag = order();
    byFlag.products = [{ code: 'banner-510', options: [], uploader: true }];
    expect(validateOrder(byFlag).diagnostics).toEqual([]);
    const byList = order();
    byList.products = [
      { code: 'banner-510', options: [], uploaders: [{ id: 7, external_id: 'up-1' }] },
    ];
    expect(validateOrder(byList).diagnostics).toEqual([]);
  });

  test('still requires files when uploader is false', () => {
    const body = order();
    body.products = [{ code: 'banner-510', options: [], uploader: false }];
    expect(validateOrder(body).diagnostics.map((d) => d.pointer)).toEqual(['/products/0/files']);
  });

  test('names every problem at once', () => {
    const body = order();
    delete body.id;
    body.deliveries[0].shipping_method_preset = 'slowest';
    body.order_type = 'sandbox';
    expect(
      validateOrder(body)
        .diagnostics.map((d) => d.pointer)
        .sort(),
    ).toEqual(['/deliveries/0/shipping_method_preset', '/id', '/order_type']);
  });

  test('lists the allowed values of an enum in the message', () => {
    const body = order();
    body.order_type = 'sandbox';
    expect(validateOrder(body).diagnostics[0]!.message).toBe('must be one of "production", "test"');
  });

  test('never throws and always answers diagnostics as data, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateOrder(value);
        expect(result.valid).toBe(result.diagnostics.length === 0);
        expect(result.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
