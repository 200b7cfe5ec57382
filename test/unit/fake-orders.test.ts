import { describe, expect, test } from 'vitest';
import { validateOrder } from '../../src/contract/index.js';
import { buildOrder } from '../../src/fake/index.js';

describe('buildOrder', () => {
  test('builds a valid order post for each of 1,000 seeds', () => {
    for (let seed = 0; seed < 1000; seed++) {
      const result = validateOrder(buildOrder(seed));
      if (!result.valid) throw new Error(`seed ${seed}: ${JSON.stringify(result.diagnostics)}`);
    }
  });

  test.each(['composed', 'configured', 'uploader'] as const)(
    'builds valid %s products over 300 seeds',
    (product) => {
      for (let seed = 0; seed < 300; seed++) {
        const body = buildOrder(seed, { product, callbackUrls: ['http://127.0.0.1:9/cb'] });
        const result = validateOrder(body);
        if (!result.valid) throw new Error(`seed ${seed}: ${JSON.stringify(result.diagnostics)}`);
        const item = body.products[0]!;
        expect('customer_code' in item).toBe(product === 'composed');
        expect('files' in item).toBe(product !== 'uploader');
      }
    },
  );

  test('gives the same bytes for the same seed and options, and a different order for another seed', () => {
    expect(JSON.stringify(buildOrder(12))).toBe(JSON.stringify(buildOrder(12)));
    expect(JSON.stringify(buildOrder(13))).not.toBe(JSON.stringify(buildOrder(12)));
  });

  test('uses the given id, reference, callback URLs and order type', () => {
    const body = buildOrder(1, {
      id: 'my_weborder_1234',
      reference: 'Banner 510 for customer X',
      callbackUrls: ['https://my.callback.url'],
      orderType: 'test',
    });
    expect(body).toMatchObject({
      id: 'my_weborder_1234',
      reference: 'Banner 510 for customer X',
      callback_urls: ['https://my.callback.url'],
      order_type: 'test',
    });
  });

  test('leaves callback_urls out unless asked, so a built order never calls a real host', () => {
    expect('callback_urls' in buildOrder(3)).toBe(false);
  });

  test('writes Dutch addresses with "1234 AB" postal codes and product references per customer', () => {
    const dutch = Array.from({ length: 100 }, (_, i) => buildOrder(i)).filter(
      (o) => o.deliveries[0]!.address.country === 'NL',
    );
    expect(dutch.length).toBeGreaterThan(50);
    for (const o of dutch)
      expect(o.deliveries[0]!.address.postal_code).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
    const first = buildOrder(4);
    expect(first.reference).toBe(
      `${first.reference!.split(' for customer ')[0]} for customer ${first.deliveries[0]!.address.last_name}`,
    );
  });
});
