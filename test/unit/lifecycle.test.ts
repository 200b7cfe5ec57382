import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canTransition, HAPPY_PATH, LIFECYCLE_EDGES } from '../../src/contract/lifecycle.js';
import { STATUSES, STATUS_CATALOG } from '../../src/contract/statuses.js';
import { schemasDir } from '../../src/shared/paths.js';
import { listSchemaFiles } from '../../src/shared/schema-files.js';

/** The statuses the message schemas of schemas/callbacks/ name (`properties.status.const`). */
const schemaStatuses = listSchemaFiles(join(schemasDir, 'callbacks'))
  .map(
    (f) => JSON.parse(readFileSync(f, 'utf8')) as { properties?: { status?: { const?: string } } },
  )
  .flatMap((s) => (s.properties?.status?.const ? [s.properties.status.const] : []));

describe('the lifecycle', () => {
  it('lists every status that has a message schema in schemas/callbacks/, each once', () => {
    expect([...STATUSES].sort()).toEqual([...new Set(schemaStatuses)].sort());
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

  it('allows every edge the diagram draws', () => {
    for (const [from, to] of LIFECYCLE_EDGES)
      expect(canTransition(from, to), `${from} → ${to}`).toBe(true);
  });

  it('moves nowhere from a terminal status', () => {
    expect(canTransition('shipment_delivered', 'shipment_in_transit')).toBe(false);
    expect(canTransition('canceled', 'accepted')).toBe(false);
  });
});
