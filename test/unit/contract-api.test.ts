import { describe, expect, test } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';

const pointers = (id: string, body: unknown): string[] =>
  validateWith(schemaId(id), body).diagnostics.map((d) => d.pointer);

describe('the API schemas', () => {
  test('accept the 202 answer as the queued body and refuse supplier_order_number in it', () => {
    const queued = {
      status: 'queued',
      message: 'Order queued',
      order: { id: 'a', reference: 'r' },
    };
    expect(validateWith(schemaId('api/order-accepted'), queued).valid).toBe(true);
    // supplier_order_number is allowed by the order reference; the 202 is the queued body.
    expect(pointers('api/order-accepted', { ...queued, status: 'accepted' })).toEqual(['/status']);
  });

  test('accept a status request of up to five orders by id, supplier_order_number or reference', () => {
    const orders = [
      { id: 'a' },
      { supplier_order_number: 202012345 },
      { reference: 'r' },
      { id: 'b' },
      { id: 'c' },
    ];
    expect(validateWith(schemaId('api/order-status-request'), { orders }).diagnostics).toEqual([]);
  });

  test('refuse a status request of six orders, naming /orders', () => {
    const orders = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}` }));
    expect(pointers('api/order-status-request', { orders })).toEqual(['/orders']);
  });

  test('refuse a status selector that names an order two ways', () => {
    expect(pointers('api/order-status-request', { orders: [{ id: 'a', reference: 'r' }] })).toEqual(
      ['/orders/0'],
    );
  });

  test('accept the empty status answer for unknown orders', () => {
    expect(validateWith(schemaId('api/order-status-response'), { orders: [] }).valid).toBe(true);
  });

  test('accept the documented 429 body and nothing else under that schema', () => {
    expect(
      validateWith(schemaId('api/rate-limit-error'), { error: 'Quota has been exceeded' }).valid,
    ).toBe(true);
    expect(pointers('api/rate-limit-error', { error: 'Too many' })).toEqual(['/error']);
  });

  test('accept a 400 error body that lists problems by pointer', () => {
    const body = {
      status: 400,
      code: 'invalid_order',
      message: 'The order has 1 problem',
      errors: [
        { pointer: '/deliveries/0/address/postal_code', message: 'is required but missing' },
      ],
    };
    expect(validateWith(schemaId('api/error-body'), body).diagnostics).toEqual([]);
  });

  test('accept a cancel answer and refuse one without the canceled flag', () => {
    const ok = {
      orders: [{ order: { id: 'a' }, canceled: false, message: 'Order is in production' }],
    };
    expect(validateWith(schemaId('api/order-cancel-response'), ok).valid).toBe(true);
    expect(
      pointers('api/order-cancel-response', { orders: [{ order: { id: 'a' }, message: 'x' }] }),
    ).toEqual(['/orders/0/canceled']);
  });

  test('answer one root diagnostic, not an exception, for an unknown schema id', () => {
    const result = validateWith('https://probo-mock.dev/schemas/nope.schema.json', {});
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.pointer).toBe('');
  });
});
