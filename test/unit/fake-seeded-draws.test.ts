import fc from 'fast-check';
import type { Faker } from '@faker-js/faker';
import { describe, expect, test } from 'vitest';
import {
  CARRIERS,
  contextPostalCode,
  createOrderContext,
  dutchPostalCode,
  seededFaker,
  shippedPackage,
  trackAndTrace,
} from '../../src/fake/index.js';
import { withSeededDraws, type SeededDraws } from '../../src/fake/seeded-draws.js';

// Each draw, as faker's own calls spell it and as seeded-draws.ts answers it.
type Draw =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'numeric' | 'alpha' | 'alphanumeric' | 'hexadecimal'; length: number }
  | { kind: 'arrayElement'; items: string[] };

function byFaker(faker: Faker, draw: Draw): unknown {
  switch (draw.kind) {
    case 'int':
      return faker.number.int({ min: draw.min, max: draw.max });
    case 'numeric':
      return faker.string.numeric(draw.length);
    case 'alpha':
      return faker.string.alpha({ length: draw.length, casing: 'upper' });
    case 'alphanumeric':
      return faker.string.alphanumeric({ length: draw.length, casing: 'upper' });
    case 'hexadecimal':
      return faker.string.hexadecimal({ length: draw.length, casing: 'lower', prefix: '' });
    case 'arrayElement':
      return faker.helpers.arrayElement(draw.items);
  }
}

function byDraws(draws: SeededDraws, draw: Draw): unknown {
  switch (draw.kind) {
    case 'int':
      return draws.number.int({ min: draw.min, max: draw.max });
    case 'numeric':
      return draws.string.numeric(draw.length);
    case 'alpha':
      return draws.string.alpha({ length: draw.length, casing: 'upper' });
    case 'alphanumeric':
      return draws.string.alphanumeric({ length: draw.length, casing: 'upper' });
    case 'hexadecimal':
      return draws.hexadecimal(draw.length);
    case 'arrayElement':
      return draws.arrayElement(draw.items);
  }
}

const length = fc.nat(80);
const drawArb: fc.Arbitrary<Draw> = fc.oneof(
  fc
    .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.nat(2_000_000_000))
    .map(([min, span]): Draw => ({ kind: 'int', min, max: min + span })),
  fc.record({ kind: fc.constantFrom('numeric', 'alpha', 'alphanumeric', 'hexadecimal'), length }),
  fc
    .array(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 12 })
    .map((items): Draw => ({ kind: 'arrayElement', items })),
);

// Order ids as shops send them, and as they should not: unicode, quotes, backslashes, controls.
const orderId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.constantFrom('', 'weborder_1', '"quoted"', 'back\\slash', 'tab\there\n', 'bestelling-ü-🚚'),
);
const seed = fc.oneof(fc.nat(100), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
const parts = fc.array(fc.oneof(orderId, seed), { minLength: 1, maxLength: 4 });

describe('withSeededDraws', () => {
  test('draws what a faker seeded with the same parts draws, call for call', () => {
    fc.assert(
      fc.property(parts, fc.array(drawArb, { maxLength: 12 }), (seedParts, program) => {
        const faker = seededFaker(...seedParts);
        const expected = program.map((draw) => byFaker(faker, draw));
        const actual = withSeededDraws(seedParts, (draws) =>
          program.map((draw) => byDraws(draws, draw)),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('gives a nested call its own instance, leaving the outer sequence undisturbed', () => {
    const plain = withSeededDraws(['outer'], (d) => [d.hexadecimal(8), d.hexadecimal(8)]);
    const nested = withSeededDraws(['outer'], (d) => {
      const head = d.hexadecimal(8);
      withSeededDraws(['inner'], (inner) => inner.hexadecimal(100));
      return [head, d.hexadecimal(8)];
    });
    expect(nested).toEqual(plain);
  });
});

describe("an order's drawn facts", () => {
  test('are what faker’s own calls gave: the status page token, customer number, carrier, postal code and packages', () => {
    const carriers = new Set<string>();
    fc.assert(
      fc.property(orderId, seed, (id, orderSeed) => {
        // The reference: faker's own calls, in the order the context has always made them.
        const faker = seededFaker('order-context', id, orderSeed);
        const number = faker.number.int({ min: 200_000_000, max: 1_999_999_999 });
        const token = faker.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' });
        const customerNumber = String(faker.number.int({ min: 1000, max: 99999 }));
        const carrier = faker.helpers.arrayElement(CARRIERS);
        carriers.add(carrier);
        const postal = dutchPostalCode(seededFaker('postal-code', id, orderSeed));

        const ctx = createOrderContext({ id }, orderSeed);
        expect(ctx.supplierOrderNumber).toBe(number);
        expect(ctx.statusPageUrl).toBe(`https://print-status.com/${number}/${token}`);
        expect(ctx.customerNumber).toBe(customerNumber);
        expect(ctx.carrier).toBe(carrier);
        expect(contextPostalCode(ctx)).toBe(postal);
        for (const index of [0, 1, 2]) {
          const pkgFaker = seededFaker('package', id, orderSeed, index);
          const { barcode, trackingUrl } = trackAndTrace(pkgFaker, carrier, postal);
          expect(shippedPackage(ctx, index)).toEqual({
            id: String(index + 1),
            tracking_url: trackingUrl,
            barcode,
          });
        }
      }),
      { numRuns: 200 },
    );
    expect(carriers).toEqual(new Set(CARRIERS)); // every carrier's barcode format was compared
  });
});
