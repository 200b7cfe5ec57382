import { describe, expect, test } from 'vitest';
import {
  buildCallback,
  createOrderContext,
  seededFaker,
  shippedPackage,
} from '../../src/fake/index.js';
import { mersenneRandomizer } from '../../src/fake/mersenne.js';
import { supplierOrderNumberOf } from '../../src/fake/order-context.js';

describe('shippedPackage', () => {
  test('returns equal packages for every shipment status of one order, each a copy', () => {
    const ctx = createOrderContext({ id: 'pkg-1' }, 7);
    const a = shippedPackage(ctx, 0);
    a.barcode = 'changed by a caller';
    const b = shippedPackage(ctx, 0);
    expect(b.barcode).not.toBe('changed by a caller');
    const created = buildCallback(ctx, 'shipment_created');
    const delivered = buildCallback(ctx, 'shipment_delivered');
    expect('shipped_packages' in created && created.shipped_packages).toEqual(
      'shipped_packages' in delivered && delivered.shipped_packages,
    );
  });

  test('is the same for an equal context built again (same order id and seed)', () => {
    const one = shippedPackage(createOrderContext({ id: 'pkg-2' }, 3), 1);
    const two = shippedPackage(createOrderContext({ id: 'pkg-2' }, 3), 1);
    expect(two).toEqual(one);
    expect(one.id).toBe('2');
  });
});

describe('mersenneRandomizer', () => {
  test('draws the same numbers as faker’s own generator for the same seed', () => {
    for (const seed of [0, 1, 42, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 123_456_789]) {
      const ours = mersenneRandomizer();
      ours.seed(seed);
      const theirs = seededFaker();
      theirs.seed(seed);
      // 1,500 draws: past the 624-word state, so the twist after the first block is covered too.
      const a = Array.from({ length: 1_500 }, () => ours.next());
      const b = Array.from({ length: 1_500 }, () => theirs.number.float());
      expect(a).toEqual(b);
    }
  });
});

describe('supplierOrderNumberOf', () => {
  test('draws the number faker would draw first for the order, without faker', () => {
    // The number is drawn without faker (so that taking an order never loads it); faker's own
    // first draw of the order's context, as the rest of the context continues it, must match.
    for (let n = 0; n < 2_000; n++) {
      const order = { id: n % 3 ? `order-${n}` : `bestelling-${n}-ü` };
      const seed = n % 7 === 0 ? 2 ** 32 - n : n;
      const faker = seededFaker('order-context', order.id, seed).number.int({
        min: 200_000_000,
        max: 1_999_999_999,
      });
      expect(supplierOrderNumberOf(order, seed), `${order.id} ${seed}`).toBe(faker);
    }
  });
});
