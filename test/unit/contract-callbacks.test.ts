import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateCallback, STATUSES, type Diagnostic } from '../../src/contract/index.js';
import { fixturesDir } from '../../src/shared/paths.js';

const dir = join(fixturesDir, 'callbacks');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const pointers = (d: Diagnostic[]): string[] => d.map((x) => x.pointer);

// The guide's shipment example, rewritten here independently of the fixture files.
const inTransit = () => ({
  status: 'shipment_in_transit',
  message: 'Shipment In Transit',
  order: {
    id: 'my_weborder_1234',
    reference: 'Banner 610 for customer X',
    supplier_order_number: 1240176000,
    status_page_url: 'https://print-status.com/1240176000/2643',
  },
  shipped_packages: [
    {
      id: '1',
      tracking_url: 'https://my.dhlparcel.nl/home/tracktrace/JVGL88888888888881/9999+AA?lang=nl_NL',
      barcode: 'JVGL88888888888881',
    },
  ],
});

describe('the callback fixtures', () => {
  test("holds the guide's five examples verbatim, with the guide's own values", () => {
    expect(fixture('documented-queued.json')).toEqual({
      status: 'queued',
      message: 'Order queued',
      order: { id: 'my_weborder_1234', reference: 'Banner 510 for customer X' },
    });
    expect(fixture('documented-accepted.json')).toEqual({
      status: 'accepted',
      message: 'Order accepted',
      order: {
        id: 'my_weborder_1234',
        supplier_order_number: 202012345,
        reference: 'Banner 510 for customer X',
      },
    });
    expect(fixture('documented-not-accepted.file-rejected.json')).toMatchObject({
      file: { id: 1 },
    });
    // The shipment example keeps the guide's odd indentation.
    expect(readFileSync(join(dir, 'documented-shipment-in-transit.json'), 'utf8')).toMatch(
      /^\{\n "status": "shipment_in_transit",\n"message": "Shipment In Transit",\n/,
    );
  });

  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  test.each(names)('%s validates, judged as the kind its name says', (name) => {
    const result = validateCallback(fixture(name));
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
    const [status, variant] = name
      .replace(/^documented-/, '')
      .replace(/\.json$/, '')
      .split('.');
    const expectedKind = (variant ? `${status}/${variant}` : status)!
      .replace(/-/g, '_')
      .replace(/^not_accepted\/(.*)$/, (_m, v: string) => `not_accepted/${v.replace(/_/g, '-')}`);
    expect(result.kind).toBe(expectedKind);
  });

  test('has one example for every status and both not_accepted variants', () => {
    for (const status of STATUSES) {
      if (status === 'not_accepted') {
        expect(names).toContain('not_accepted.duplicate-order.json');
        expect(names).toContain('not_accepted.file-rejected.json');
      } else expect(names).toContain(`${status}.json`);
    }
  });
});

describe('validateCallback', () => {
  test("accepts the guide's shipment example written independently", () => {
    expect(validateCallback(inTransit())).toEqual({
      valid: true,
      kind: 'shipment_in_transit',
      diagnostics: [],
    });
  });

  test('names /order/supplier_order_number when it is a string instead of an integer', () => {
    const body = inTransit();
    (body.order as Record<string, unknown>).supplier_order_number = '1240176000';
    const result = validateCallback(body);
    expect(result.valid).toBe(false);
    expect(result.kind).toBe('shipment_in_transit');
    expect(result.diagnostics).toEqual([
      { pointer: '/order/supplier_order_number', message: 'must be integer', keyword: 'type' },
    ]);
  });

  test('names /shipped_packages/0/barcode when a package has no barcode', () => {
    const body = inTransit();
    delete (body.shipped_packages[0] as Partial<(typeof body.shipped_packages)[0]>).barcode;
    expect(validateCallback(body).diagnostics).toEqual([
      {
        pointer: '/shipped_packages/0/barcode',
        message: 'is required but missing',
        keyword: 'required',
      },
    ]);
  });

  test('names /order/id when the order has no id', () => {
    const result = validateCallback({ status: 'accepted', message: 'Order accepted', order: {} });
    expect(pointers(result.diagnostics)).toEqual(['/order/id']);
  });

  test('names /order when the order is missing altogether', () => {
    const result = validateCallback({ status: 'queued', message: 'Order queued' });
    expect(pointers(result.diagnostics)).toEqual(['/order']);
  });

  test('names /order/status_page_url when it is not an http(s) URL', () => {
    for (const url of ['print-status.com/1240176000', 'ftp://print-status.com/1']) {
      const body = inTransit();
      body.order.status_page_url = url;
      const result = validateCallback(body);
      expect(result.valid).toBe(false);
      expect(new Set(pointers(result.diagnostics))).toEqual(new Set(['/order/status_page_url']));
      expect(result.diagnostics[0]!.message).toBe('must be an http or https URL');
    }
  });

  test('names the extra property by its pointer: the messages are closed', () => {
    const top = { ...inTransit(), signature: 'abc' };
    expect(validateCallback(top).diagnostics).toEqual([
      {
        pointer: '/signature',
        message: 'is not allowed here (unknown property)',
        keyword: 'additionalProperties',
      },
    ]);
    const nested = inTransit();
    (nested.shipped_packages[0] as Record<string, unknown>).weight = 2;
    expect(pointers(validateCallback(nested).diagnostics)).toEqual(['/shipped_packages/0/weight']);
  });

  test('refuses shipped_packages on a status that is not a shipment status', () => {
    const body = {
      status: 'accepted',
      message: 'Order accepted',
      order: { id: 'x' },
      shipped_packages: [],
    };
    expect(pointers(validateCallback(body).diagnostics)).toEqual(['/shipped_packages']);
  });

  test('answers one clear error on /status for an unknown status, listing the current ones', () => {
    const result = validateCallback({ status: 'shipped', message: 'x', order: { id: 'x' } });
    expect(result.valid).toBe(false);
    expect(result.kind).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.pointer).toBe('/status');
    expect(result.diagnostics[0]!.message).toContain("unknown status 'shipped'");
    expect(result.diagnostics[0]!.message).toContain('shipment_delivered');
  });

  test('explains that the legacy status order_accepted was renamed accepted', () => {
    const result = validateCallback({
      status: 'order_accepted',
      message: 'Order accepted',
      order: { id: 'x' },
    });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      {
        pointer: '/status',
        message:
          "'order_accepted' is a legacy status: Probo removed the 'order_' prefix, it is now 'accepted'",
        keyword: 'enum',
      },
    ]);
  });

  test('refuses "cancelled" with two l\'s (Probo writes canceled)', () => {
    const result = validateCallback({ status: 'cancelled', message: 'x', order: { id: 'x' } });
    expect(pointers(result.diagnostics)).toEqual(['/status']);
  });

  test('names /status when the status is missing', () => {
    const result = validateCallback({ message: 'Order queued', order: { id: 'x' } });
    expect(result.kind).toBeUndefined();
    expect(result.diagnostics).toContainEqual({
      pointer: '/status',
      message: 'is required but missing',
      keyword: 'required',
    });
  });

  test('judges not_accepted with a file as file-rejected and names /file/id when it is a string', () => {
    const result = validateCallback({
      status: 'not_accepted',
      message: 'File rejected, could not be processed',
      file: { id: '1' },
      order: { id: 'x' },
    });
    expect(result.kind).toBe('not_accepted/file-rejected');
    expect(pointers(result.diagnostics)).toEqual(['/file/id']);
  });

  test('judges not_accepted without a file as duplicate-order', () => {
    const result = validateCallback({
      status: 'not_accepted',
      message: 'Order not accepted',
      order: { id: 'x' },
    });
    expect(result).toEqual({ valid: true, kind: 'not_accepted/duplicate-order', diagnostics: [] });
  });

  test('answers a type error on the root for a body that is not an object', () => {
    for (const body of [null, [], 'queued', 42]) {
      const result = validateCallback(body);
      expect(result.valid).toBe(false);
      expect(result.diagnostics).toEqual([
        { pointer: '', message: 'must be object', keyword: 'type' },
      ]);
    }
  });

  test('escapes / and ~ in the pointer of an unknown property', () => {
    const body = { status: 'queued', message: 'Order queued', order: { id: 'x' }, 'a/b~c': 1 };
    expect(pointers(validateCallback(body).diagnostics)).toEqual(['/a~1b~0c']);
  });

  test('never throws and always answers diagnostics as data, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateCallback(value);
        expect(typeof result.valid).toBe('boolean');
        expect(result.valid).toBe(result.diagnostics.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
