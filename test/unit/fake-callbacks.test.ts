import { describe, expect, test } from 'vitest';
import {
  NOT_ACCEPTED_VARIANTS,
  STATUSES,
  STATUS_CATALOG,
  validateCallback,
  type NotAcceptedVariant,
  type ProboStatus,
} from '../../src/contract/index.js';
import {
  buildCallback,
  createOrderContext,
  minimalCallback,
  shippedPackage,
  type OrderContext,
} from '../../src/fake/index.js';

const SEEDS = 1000;
type Kind = [ProboStatus, NotAcceptedVariant | undefined];
const kinds: Kind[] = STATUSES.flatMap((s): Kind[] =>
  s === 'not_accepted' ? NOT_ACCEPTED_VARIANTS.map((v): Kind => [s, v]) : [[s, undefined]],
);
const label = (s: ProboStatus, v?: NotAcceptedVariant): string => (v ? `${s}/${v}` : s);
const ctxFor = (seed: number): OrderContext =>
  createOrderContext(
    { id: `weborder_${seed}`, reference: `Banner 510 for customer ${seed}` },
    seed,
  );

describe('buildCallback', () => {
  test.each(kinds.map(([s, v]) => [label(s, v), s, v] as const))(
    'builds a valid %s body for each of 1,000 seeds, judged as that kind',
    (kind, status, variant) => {
      for (let seed = 0; seed < SEEDS; seed++) {
        const options = { ...(variant ? { variant } : {}), packages: seed % 4 };
        const result = validateCallback(buildCallback(ctxFor(seed), status, options));
        if (!result.valid || result.kind !== kind) {
          throw new Error(`seed ${seed}: ${JSON.stringify(result)}`);
        }
      }
    },
  );

  test('gives the same bytes for the same order and seed, and different data for another seed', () => {
    const a = JSON.stringify(buildCallback(ctxFor(42), 'shipment_delivered', { packages: 2 }));
    const b = JSON.stringify(buildCallback(ctxFor(42), 'shipment_delivered', { packages: 2 }));
    const c = JSON.stringify(
      buildCallback(createOrderContext({ id: 'weborder_42' }, 43), 'shipment_delivered'),
    );
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  test('keeps one supplier_order_number and status page URL per order across statuses', () => {
    const ctx = ctxFor(5);
    const numbers = new Set(
      (['accepted', 'in_production', 'shipment_delivered'] as const).map(
        (s) =>
          (buildCallback(ctx, s).order as { supplier_order_number?: number }).supplier_order_number,
      ),
    );
    expect(numbers).toEqual(new Set([ctx.supplierOrderNumber]));
    expect(ctx.statusPageUrl).toMatch(
      new RegExp(`^https://print-status\\.com/${ctx.supplierOrderNumber}/[0-9a-f]{64}$`),
    );
  });

  test('leaves supplier_order_number and the status page out of queued and not_accepted, as the guide does', () => {
    const ctx = ctxFor(9);
    for (const body of [buildCallback(ctx, 'queued'), buildCallback(ctx, 'not_accepted')]) {
      expect(Object.keys(body.order).sort()).toEqual(['id', 'reference']);
    }
    expect(Object.keys(buildCallback(ctx, 'accepted').order).sort()).toEqual([
      'id',
      'reference',
      'status_page_url',
      'supplier_order_number',
    ]);
  });

  test('uses the catalog message, and fills the order id and customer into the duplicate-order text', () => {
    const ctx = ctxFor(3);
    expect(buildCallback(ctx, 'shipment_in_transit').message).toBe('Shipment In Transit');
    expect(buildCallback(ctx, 'not_accepted').message).toBe(
      `Order not accepted, reason: | Order with customer order id 'weborder_3' for customer '${ctx.customerNumber}' already exist`,
    );
    expect(
      buildCallback(ctx, 'not_accepted', { variant: 'file-rejected', fileId: 3 }),
    ).toMatchObject({
      message: 'File rejected, could not be processed',
      file: { id: 3 },
    });
    expect(buildCallback(ctx, 'canceled', { message: 'Test order canceled' }).message).toBe(
      'Test order canceled',
    );
  });

  test('attaches the asked number of shipped packages to shipment statuses only', () => {
    const ctx = ctxFor(1);
    const shipment = buildCallback(ctx, 'shipment_created', { packages: 3 }) as {
      shipped_packages?: unknown[];
    };
    expect(shipment.shipped_packages).toHaveLength(3);
    expect('shipped_packages' in buildCallback(ctx, 'shipment_created', { packages: 0 })).toBe(
      false,
    );
    expect('shipped_packages' in buildCallback(ctx, 'logistics', { packages: 3 })).toBe(false);
  });
});

describe('shippedPackage', () => {
  test('is stable per order and index, numbered from "1"', () => {
    const ctx = ctxFor(77);
    expect(shippedPackage(ctx, 0)).toEqual(shippedPackage(ctx, 0));
    expect(shippedPackage(ctx, 0).id).toBe('1');
    expect(shippedPackage(ctx, 1).id).toBe('2');
    expect(shippedPackage(ctx, 1).barcode).not.toBe(shippedPackage(ctx, 0).barcode);
  });

  test.each([
    [
      'dhl',
      /^JVGL\d{14}$/,
      /^https:\/\/my\.dhlparcel\.nl\/home\/tracktrace\/JVGL\d{14}\/\d{4}\+[A-Z]{2}\?lang=nl_NL$/,
    ],
    [
      'postnl',
      /^3S[A-Z]{4}\d{9}$/,
      /^https:\/\/jouw\.postnl\.nl\/track-and-trace\/3S[A-Z]{4}\d{9}-NL-\d{4}[A-Z]{2}$/,
    ],
    ['dpd', /^\d{14}$/, /^https:\/\/tracking\.dpd\.de\/status\/nl_NL\/parcel\/\d{14}$/],
    [
      'ups',
      /^1Z[0-9A-Z]{16}$/,
      /^https:\/\/www\.ups\.com\/track\?loc=nl_NL&tracknum=1Z[0-9A-Z]{16}$/,
    ],
  ] as const)(
    'gives %s barcodes and tracking URLs in the carrier format, the barcode in the URL',
    (carrier, barcode, url) => {
      const ctx = { ...ctxFor(8), carrier };
      const pkg = shippedPackage(ctx, 0);
      expect(pkg.barcode).toMatch(barcode);
      expect(pkg.tracking_url).toMatch(url);
      expect(pkg.tracking_url).toContain(pkg.barcode);
    },
  );

  test('picks every carrier for some order', () => {
    const carriers = new Set(Array.from({ length: 200 }, (_, i) => ctxFor(i).carrier));
    expect(carriers).toEqual(new Set(['dhl', 'postnl', 'dpd', 'ups']));
  });
});

describe('minimalCallback', () => {
  test.each(kinds.map(([s, v]) => [label(s, v), s, v] as const))(
    'builds a valid %s body with only status, message and order.id (and file.id)',
    (kind, status, variant) => {
      const body = minimalCallback(status, 'o-1', variant);
      expect(validateCallback(body)).toEqual({ valid: true, kind, diagnostics: [] });
      expect(body.order).toEqual({ id: 'o-1' });
      expect(Object.keys(body).sort()).toEqual(
        variant === 'file-rejected'
          ? ['file', 'message', 'order', 'status']
          : ['message', 'order', 'status'],
      );
      if (status !== 'not_accepted') expect(body.message).toBe(STATUS_CATALOG[status].message);
    },
  );
});
