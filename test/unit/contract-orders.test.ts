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
    byList.products = [{ code: 'banner-510', options: [], uploaders: [{ id: 7, external_id: 8 }] }];
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
    body.deliveries[0].shipping_method_preset = 5; // presets are free strings, but strings
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

describe('the order post as the specification has it', () => {
  const delivery = (extra: Record<string, unknown>) => {
    const body = order();
    const { address } = body.deliveries[0];
    body.deliveries = [{ address, ...extra }];
    return body;
  };
  const DATES = {
    delivery_date: '2020-08-12',
    delivery_date_preset: 'cheapest',
    shipping_date: '2020-08-10',
  };
  const METHODS = { shipping_method_code: 'onbezorgd-standard', shipping_method_preset: 'fastest' };

  test.each(
    Object.entries(DATES).flatMap(([d, dv]) =>
      Object.entries(METHODS).map(([m, mv]) => [d, m, dv, mv]),
    ),
  )('accepts a delivery with %s and %s (one of the six alternatives)', (d, m, dv, mv) => {
    expect(validateOrder(delivery({ [d as string]: dv, [m as string]: mv })).diagnostics).toEqual(
      [],
    );
  });

  test('refuses an address-only delivery with the one message that says what it needs', () => {
    expect(validateOrder(delivery({})).diagnostics).toEqual([
      {
        pointer: '/deliveries/0',
        message:
          'a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset',
        keyword: 'alternatives',
      },
    ]);
  });

  test('refuses a delivery with two date keys, naming the delivery once', () => {
    const body = delivery({
      delivery_date: '2020-08-12',
      shipping_date: '2020-08-10',
      shipping_method_code: 'x1',
    });
    expect(validateOrder(body).diagnostics.map((d) => d.pointer)).toEqual(['/deliveries/0']);
  });

  test("takes presets as free strings, such as a real shop's first_possible", () => {
    const body = delivery({
      delivery_date_preset: 'first_possible',
      shipping_method_preset: 'cheapest',
    });
    expect(validateOrder(body).diagnostics).toEqual([]);
  });

  test('allows carrier_code only with a shipping method preset and shipping_label_url only with a code', () => {
    const preset = delivery({
      delivery_date_preset: 'cheapest',
      shipping_method_preset: 'cheapest',
      carrier_code: 'onb',
    });
    expect(validateOrder(preset).valid).toBe(true);
    const code = delivery({
      delivery_date_preset: 'cheapest',
      shipping_method_code: 'dhl-standard',
      carrier_code: 'onb',
    });
    expect(validateOrder(code).diagnostics).toEqual([
      {
        pointer: '/deliveries/0/carrier_code',
        message: 'is only allowed together with shipping_method_preset',
        keyword: 'dependentRequired',
      },
    ]);
    const label = delivery({
      delivery_date: '2020-08-12',
      shipping_method_preset: 'cheapest',
      shipping_label_url: 'https://x.example/l.pdf',
    });
    expect(validateOrder(label).diagnostics.map((d) => d.pointer)).toEqual([
      '/deliveries/0/shipping_label_url',
    ]);
  });

  test('takes house_number as a string or an integer, and nothing else', () => {
    const body = order();
    body.deliveries[0].address.house_number = 17;
    expect(validateOrder(body).valid).toBe(true);
    body.deliveries[0].address.house_number = true;
    expect(validateOrder(body).diagnostics).toEqual([
      {
        pointer: '/deliveries/0/address/house_number',
        message: 'must be a string or an integer',
        keyword: 'type',
      },
    ]);
  });

  test('takes the sender_address and the other documented fields', () => {
    const body = order();
    Object.assign(body, { contact_email: 'a@b.nl', language: 'nl', project: true, project_id: 12 });
    body.deliveries[0].sender_address = {
      company_name: 'Shop',
      first_name: 'S',
      street: 'Weg',
      house_number: 1,
      postal_code: '1234AB',
      city: 'Dokkum',
      country: 'NL',
    };
    body.deliveries[0].packing_slip_urls = ['https://x.example/slip.pdf'];
    body.products[0].options.push(
      { code: 'note', value: null },
      { code: 'w2', value: '100' },
      { code: 'w3', value: 10.5 },
    );
    body.products[0].files[0] = {
      uri: 'https://files.example/a.pdf',
      pages: [{ page: 1, side: 'back' }],
      rotation: 90,
      fill: true,
    };
    expect(validateOrder(body).diagnostics).toEqual([]);
  });

  test('refuses an id with spaces or slashes, a missing reference and an unknown product field', () => {
    const body = order();
    body.id = 'web order/1';
    delete body.reference;
    body.products[0].quantity = 2;
    expect(
      validateOrder(body)
        .diagnostics.map((d) => d.pointer)
        .sort(),
    ).toEqual(['/id', '/products/0/quantity', '/reference']);
  });

  test('refuses a product with both code and customer_code, in one message', () => {
    const body = order();
    body.products[0].customer_code = 'mine';
    expect(validateOrder(body).diagnostics).toEqual([
      {
        pointer: '/products/0',
        message: 'a product has either code (configured) or customer_code (composed), not both',
        keyword: 'alternatives',
      },
    ]);
  });

  test('refuses sender (not a field of a delivery) pointing at sender_address', () => {
    const body = order();
    body.deliveries[0].sender = { ...body.deliveries[0].address, company_name: 'Shop' };
    expect(validateOrder(body).diagnostics).toEqual([
      {
        pointer: '/deliveries/0/sender',
        message: 'is not allowed here: the sender goes in sender_address',
        keyword: 'nearMiss',
      },
    ]);
  });

  test('takes an unknown top-level field, as the open specification does', () => {
    expect(validateOrder({ ...order(), callback_url: ['https://x.example'] }).valid).toBe(true);
  });
});
