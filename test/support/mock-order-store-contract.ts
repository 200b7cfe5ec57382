import { describe, expect, it } from 'vitest';
import type { OrderChange, OrderRecord, OrderStore } from '../../src/mock/store/order-store.js';
import { shopOrder } from './mock-orders.js';

/** An order record as the engine stores it. */
export function orderRecord(key: string, id: string, over: Partial<OrderRecord> = {}): OrderRecord {
  return {
    key,
    id,
    reference: `ref ${key}`,
    supplierOrderNumber: 1000 + key.length,
    orderType: 'production',
    callbackUrls: [],
    scenario: 'happy-path',
    seed: 1,
    history: [],
    deliveries: [],
    pendingSteps: 8,
    manual: false,
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(0).toISOString(),
    post: shopOrder({ id }),
    ...over,
  };
}

/** The behaviour every OrderStore must have; run it for each implementation. */
export function describeOrderStore(name: string, create: () => OrderStore): void {
  describe(`${name} as an OrderStore`, () => {
    it('gets and lists orders in arrival order', () => {
      const store = create();
      store.put(orderRecord('b', 'b'));
      store.put(orderRecord('a', 'a'));
      expect(store.get('a')?.id).toBe('a');
      expect(store.get('nope')).toBeUndefined();
      expect(store.list().map((o) => o.key)).toEqual(['b', 'a']);
    });

    it('finds the first post of an order by id, supplier order number or reference, never a duplicate', () => {
      const store = create();
      store.put(orderRecord('x', 'x', { supplierOrderNumber: 5, reference: 'R' }));
      store.put(
        orderRecord('x~dup1', 'x', { supplierOrderNumber: 6, reference: 'R', duplicateOf: 'x' }),
      );
      expect(store.find({ id: 'x' })?.key).toBe('x');
      expect(store.find({ supplier_order_number: 5 })?.key).toBe('x');
      expect(store.find({ supplier_order_number: 6 })).toBeUndefined();
      expect(store.find({ reference: 'R' })?.key).toBe('x');
      expect(store.find({ id: 'y' })).toBeUndefined();
      expect(store.countById('x')).toBe(2);
      expect(store.countById('y')).toBe(0);
    });

    it('counts and finds an order whose own id looks like the key of another order’s duplicate', () => {
      const store = create();
      store.put(orderRecord('x', 'x'));
      store.put(orderRecord('x~dup1', 'x', { duplicateOf: 'x' }));
      // A shop's own order "x~dup1": its key is taken, so the engine keys it "x~dup1~dup1".
      store.put(orderRecord('x~dup1~dup1', 'x~dup1'));
      store.put(orderRecord('x~dup2', 'x', { duplicateOf: 'x' }));
      expect(store.countById('x')).toBe(3);
      expect(store.countById('x~dup1')).toBe(1);
      expect(store.find({ id: 'x' })?.key).toBe('x');
      expect(store.find({ id: 'x~dup1' })?.key).toBe('x~dup1~dup1');
      store.put(orderRecord('x~dup1~dup2', 'x~dup1', { duplicateOf: 'x~dup1' }));
      expect(store.countById('x~dup1')).toBe(2);
      expect(store.find({ id: 'x~dup1' })?.key).toBe('x~dup1~dup1');
    });

    it('finds by an id or supplier order number sent as an integer or a string', () => {
      const store = create();
      store.put(orderRecord('7', '7', { supplierOrderNumber: 1230273927 }));
      expect(store.find({ id: 7 })?.key).toBe('7');
      expect(store.find({ supplier_order_number: '1230273927' })?.key).toBe('7');
      expect(store.find({ supplier_order_number: 1230273927 })?.key).toBe('7');
      expect(store.find({ supplier_order_number: '1230273928' })).toBeUndefined();
    });

    it('makes a post after its id was released the first again, with its own duplicates', () => {
      const store = create();
      store.put(
        orderRecord('r', 'r', { status: 'canceled', releasedAt: new Date(1).toISOString() }),
      );
      // Released: the engine keys the next post "r~new1" and it is no duplicate.
      store.put(orderRecord('r~new1', 'r'));
      expect(store.find({ id: 'r' })?.key).toBe('r~new1');
      store.put(orderRecord('r~dup2', 'r', { duplicateOf: 'r~new1' }));
      expect(store.find({ id: 'r' })?.key).toBe('r~new1');
      expect(store.countById('r')).toBe(3);
    });

    it('applies updates to the stored record and tells subscribers, until they unsubscribe', () => {
      const store = create();
      const changes: OrderChange['type'][] = [];
      const unsubscribe = store.subscribe((c) => changes.push(c.type));
      store.put(orderRecord('a', 'a'));
      const updated = store.update('a', (o) => {
        o.status = 'accepted';
      });
      expect(updated?.status).toBe('accepted');
      expect(store.get('a')?.status).toBe('accepted');
      expect(store.update('nope', () => undefined)).toBeUndefined();
      unsubscribe();
      store.clear();
      expect(changes).toEqual(['created', 'updated']);
    });

    it("scopes find and countById to a tenant; an order of no tenant is every tenant's", () => {
      const store = create();
      store.put(orderRecord('x', 'x', { tenant: 't_a', supplierOrderNumber: 5 }));
      store.put(orderRecord('x~new1', 'x', { tenant: 't_b', supplierOrderNumber: 6 }));
      store.put(orderRecord('x~dup2', 'x', { tenant: 't_a', duplicateOf: 'x' }));
      store.put(orderRecord('shared', 'shared'));
      expect(store.find({ id: 'x' }, 't_a')?.key).toBe('x');
      expect(store.find({ id: 'x' }, 't_b')?.key).toBe('x~new1');
      expect(store.find({ id: 'x' }, 't_c')).toBeUndefined();
      expect(store.find({ supplier_order_number: 5 }, 't_b')).toBeUndefined();
      expect(store.find({ supplier_order_number: 6 }, 't_b')?.key).toBe('x~new1');
      expect(store.countById('x', 't_a')).toBe(2);
      expect(store.countById('x', 't_b')).toBe(1);
      expect(store.countById('x')).toBe(3);
      expect(store.find({ id: 'shared' }, 't_c')?.key).toBe('shared');
      expect(store.countById('shared', 't_c')).toBe(1);
    });

    it('removes one order: gone from get, find, the list and the counts; the others stay', () => {
      const store = create();
      const changes: OrderChange['type'][] = [];
      store.subscribe((c) => changes.push(c.type));
      store.put(orderRecord('x', 'x'));
      store.put(orderRecord('x~dup1', 'x', { duplicateOf: 'x' }));
      store.put(orderRecord('y', 'y'));
      expect(store.remove('x')).toBe(true);
      expect(store.remove('x')).toBe(false);
      expect(store.get('x')).toBeUndefined();
      expect(store.find({ id: 'x' })).toBeUndefined();
      expect(store.countById('x')).toBe(1);
      expect([...store.oldest()].map((o) => o.key)).toEqual(['x~dup1', 'y']);
      expect(store.size).toBe(2);
      expect(changes).toEqual(['created', 'created', 'created', 'removed']);
    });

    it('forgets everything on clear', () => {
      const store = create();
      store.put(orderRecord('a', 'a'));
      store.clear();
      expect(store.list()).toEqual([]);
      expect(store.countById('a')).toBe(0);
      expect(store.find({ id: 'a' })).toBeUndefined();
    });
  });
}
