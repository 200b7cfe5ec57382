import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { fixturesDir } from '../../src/shared/paths.js';

const pointers = (id: string, body: unknown): string[] =>
  validateWith(schemaId(id), body).diagnostics.map((d) => d.pointer);
const answer = (name: string): unknown =>
  JSON.parse(readFileSync(join(fixturesDir, 'orders/probo/answers', name), 'utf8'));

describe('the API schemas', () => {
  test('accept the 202 answer as the queued body and refuse another status in it', () => {
    const queued = {
      status: 'queued',
      message: 'Order queued',
      order: { id: 'a', reference: 'r' },
    };
    expect(validateWith(schemaId('api/order-answer'), queued).valid).toBe(true);
    expect(pointers('api/order-answer', { ...queued, status: 'accepted' })).toEqual(['/status']);
  });

  test("take the docs' queued over the spec's older order_queued (the newer source wins)", () => {
    expect(validateWith(schemaId('api/order-answer'), answer('docs-order-queued.json')).valid).toBe(
      true,
    );
    expect(pointers('api/order-answer', answer('spec-order-queued.json'))).toEqual(['/status']);
  });

  test('accept a status request of up to five orders by id, supplier_order_number or reference', () => {
    const orders = [
      { id: 'a' },
      { supplier_order_number: 202012345 },
      { reference: 'r' },
      { id: 7 },
      { supplier_order_number: '1230273927' },
    ];
    expect(validateWith(schemaId('api/order-status-request'), { orders }).diagnostics).toEqual([]);
  });

  test('refuse a status request of six orders, naming /orders', () => {
    const orders = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}` }));
    expect(pointers('api/order-status-request', { orders })).toEqual(['/orders']);
  });

  test('refuse a status selector that names no order, with one message for it', () => {
    const result = validateWith(schemaId('api/order-status-request'), { orders: [{ nr: 1 }] });
    expect(result.diagnostics).toEqual([
      {
        pointer: '/orders/0',
        message: 'an order needs one of id, supplier_order_number, reference',
        keyword: 'alternatives',
      },
    ]);
  });

  test("accept the spec's status answer and the empty answer for unknown orders", () => {
    const schema = schemaId('api/order-status-answer');
    expect(validateWith(schema, answer('spec-status.json')).diagnostics).toEqual([]);
    const empty = { status: 'ok', message: 'Status retrieved', orders: [] };
    expect(validateWith(schema, empty).valid).toBe(true);
    // The invented shape of before: status/order/shipped_packages instead of status_code/packages.
    expect(pointers('api/order-status-answer', { orders: [] })).toEqual(['/status', '/message']);
  });

  test('accept the documented 429 body and nothing else under that schema', () => {
    expect(
      validateWith(schemaId('api/rate-limit-answer'), { error: 'Quota has been exceeded' }).valid,
    ).toBe(true);
    expect(pointers('api/rate-limit-answer', { error: 'Too many' })).toEqual(['/error']);
  });

  test("accept a 400 in Probo's error shape that lists problems by pointer, and refuse the HTTP code as status", () => {
    const body = {
      status: 'error',
      message: 'The order has 1 problem',
      reason: 'invalid_order',
      errors: [
        { pointer: '/deliveries/0/address/postal_code', message: 'is required but missing' },
      ],
    };
    expect(validateWith(schemaId('api/error-answer'), body).diagnostics).toEqual([]);
    expect(pointers('api/error-answer', { ...body, status: 400 })).toEqual(['/status']);
  });

  test("accept Probo's cancel and release answers, and refuse the canceled spelling", () => {
    expect(
      validateWith(schemaId('api/order-cancel-answer'), answer('spec-cancel-cancelled.json')).valid,
    ).toBe(true);
    expect(
      validateWith(schemaId('api/order-release-answer'), answer('spec-release-released.json'))
        .valid,
    ).toBe(true);
    const oneL = { status: 'canceled', message: 'Order cancelled', id: 'a' };
    expect(pointers('api/order-cancel-answer', oneL)).toEqual(['/status']);
  });

  test('accept a cancel or release by id or supplier_order_number, integer or string', () => {
    for (const body of [{ id: 'order-5234231' }, { id: 12 }, { supplier_order_number: '123' }]) {
      expect(pointers('api/order-cancel-request', body)).toEqual([]);
      expect(pointers('api/order-release-request', body)).toEqual([]);
    }
    expect(validateWith(schemaId('api/order-cancel-request'), {}).diagnostics).toEqual([
      {
        pointer: '',
        message: 'the body needs id or supplier_order_number',
        keyword: 'alternatives',
      },
    ]);
  });

  test('answer one root diagnostic, not an exception, for an unknown schema id', () => {
    const result = validateWith('https://probo-mock.dev/schemas/nope.schema.json', {});
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.pointer).toBe('');
  });
});
