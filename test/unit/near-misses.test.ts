import { describe, expect, it } from 'vitest';
import { nearStatus, orderNearMisses, statusNearMiss } from '../../src/contract/near-misses.js';
import { orderWarnings } from '../../src/mock/engine/order-warnings.js';
import type { OrderPost } from '../../src/generated/types.js';

describe('near-misses', () => {
  it('name the status a misspelt, recased, dashed or prefixed word meant', () => {
    expect(nearStatus('cancelled')).toBe('canceled');
    expect(nearStatus('Accepted')).toBe('accepted');
    expect(nearStatus('shipment-delivered')).toBe('shipment_delivered');
    expect(nearStatus('order_accepted')).toBe('accepted');
    expect(nearStatus('shipment_deliverd')).toBe('shipment_delivered');
  });

  it('name none for a status, or for a word no status is close to (Probo may add statuses)', () => {
    expect(nearStatus('canceled')).toBeUndefined();
    expect(nearStatus('shipment_lost')).toBeUndefined();
    expect(nearStatus('printed')).toBeUndefined();
    expect(statusNearMiss(42)).toBeUndefined();
  });

  it("say 'did you mean', and for the old prefix what the status became", () => {
    expect(statusNearMiss('cancelled')?.message).toBe(
      "'cancelled' is not a Probo status: did you mean 'canceled'? A receiver that matches 'cancelled' never sees 'canceled'",
    );
    expect(statusNearMiss('order_accepted')?.message).toBe(
      "'order_accepted' is a legacy status: Probo removed the 'order_' prefix, it is now 'accepted'",
    );
  });

  it("are serve's order warnings, from the same source", () => {
    const post = { callback_url: 'https://shop.example/probo' } as unknown as OrderPost;
    expect(orderWarnings(post)).toEqual(orderNearMisses(post));
    expect(orderNearMisses({ callback_urls: ['https://shop.example/probo'] })).toEqual([]);
    expect(orderNearMisses('not an order')).toEqual([]);
  });
});
