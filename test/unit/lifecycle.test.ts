import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  HAPPY_PATH,
  LIFECYCLE_EDGES,
  LIFECYCLE_TRANSITIONS,
  TRANSPORT_BAND,
} from '../../src/contract/lifecycle.js';
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

  it('lets the statuses of the transport band follow each other in any order', () => {
    expect(TRANSPORT_BAND).toEqual([
      'shipment_in_transit',
      'shipment_delayed',
      'shipment_exception',
      'shipment_not_at_home',
      'shipment_available_at_pickup_point',
    ]);
    for (const a of TRANSPORT_BAND)
      for (const b of TRANSPORT_BAND) expect(canTransition(a, b), `${a} → ${b}`).toBe(a !== b);
  });

  it('takes a skipped step: a status follows any status a path of steps leads from', () => {
    expect(canTransition('queued', 'shipment_delivered')).toBe(true);
    expect(canTransition('shipment_scanned_by_carrier', 'shipment_exception')).toBe(true);
    expect(canTransition('shipment_in_transit', 'shipment_picked_up')).toBe(true);
    expect(canTransition('shipment_returned', 'shipment_delivered')).toBe(false);
  });

  it("marks as documented only the steps Probo's guides show, each with its source", () => {
    const documented = LIFECYCLE_TRANSITIONS.filter((t) => t.provenance === 'documented');
    expect(documented.map((t) => `${t.from}→${t.to}`)).toEqual([
      'queued→accepted',
      'queued→not_accepted',
      'queued→canceled',
      'accepted→canceled',
    ]);
    for (const t of LIFECYCLE_TRANSITIONS) expect(t.why.length).toBeGreaterThan(20);
    expect(
      LIFECYCLE_TRANSITIONS.filter((t) => t.band).every((t) => t.provenance === 'invented'),
    ).toBe(true);
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
