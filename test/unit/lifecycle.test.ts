import { describe, expect, it } from 'vitest';
import { canTransition, HAPPY_PATH } from '../../src/contract/lifecycle.js';
import { STATUSES, STATUS_CATALOG } from '../../src/contract/statuses.js';

describe('the lifecycle', () => {
  it('lists all sixteen statuses of the facts page', () => {
    expect(STATUSES).toHaveLength(16);
    expect(Object.keys(STATUS_CATALOG).sort()).toEqual([...STATUSES].sort());
  });

  it('lets every step of the happy path follow the one before it', () => {
    for (let i = 1; i < HAPPY_PATH.length; i++) {
      expect(canTransition(HAPPY_PATH[i - 1], HAPPY_PATH[i]!)).toBe(true);
    }
  });

  it('refuses a late accepted after the order is in transit', () => {
    expect(canTransition('shipment_in_transit', 'accepted')).toBe(false);
  });

  it('takes not_accepted only while the order is queued', () => {
    expect(canTransition('queued', 'not_accepted')).toBe(true);
    expect(canTransition('in_production', 'not_accepted')).toBe(false);
  });

  it('takes canceled only before production', () => {
    expect(canTransition('accepted', 'canceled')).toBe(true);
    expect(canTransition('in_production', 'canceled')).toBe(false);
  });

  it('lets carrier statuses in transport follow each other', () => {
    expect(canTransition('shipment_in_transit', 'shipment_delayed')).toBe(true);
    expect(canTransition('shipment_delayed', 'shipment_in_transit')).toBe(true);
  });

  it('moves nowhere from a terminal status', () => {
    expect(canTransition('shipment_delivered', 'shipment_in_transit')).toBe(false);
    expect(canTransition('canceled', 'accepted')).toBe(false);
  });
});
