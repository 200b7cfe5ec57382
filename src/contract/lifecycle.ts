import { STATUS_CATALOG, STATUSES, type ProboStatus } from './statuses.js';

/** The rank band inside which carrier statuses may follow each other (delayed, not at home, …). */
export const TRANSPORT_RANK = 6;

/**
 * Whether an order in status `from` may move to `to`: the rule the reference receiver applies and
 * the `state-*` checks expect. Forward in rank only; sideways within the transport band;
 * `not_accepted` only from `queued` (later it refuses another post with the same id);
 * `canceled` only before production; nothing after a terminal status.
 */
export function canTransition(from: ProboStatus | undefined, to: ProboStatus): boolean {
  if (from === undefined) return true;
  if (from === to) return false;
  const a = STATUS_CATALOG[from];
  const b = STATUS_CATALOG[to];
  if (a.terminal) return false;
  if (to === 'not_accepted') return from === 'queued';
  if (to === 'canceled') return a.rank < STATUS_CATALOG.in_production.rank;
  if (b.rank === a.rank) return b.rank === TRANSPORT_RANK;
  return b.rank > a.rank;
}

/** Every allowed direct step of the lifecycle, for diagrams: the usual paths, not every skip. */
export const LIFECYCLE_EDGES: ReadonlyArray<readonly [ProboStatus, ProboStatus]> = [
  ['queued', 'accepted'],
  ['queued', 'not_accepted'],
  ['queued', 'canceled'],
  ['accepted', 'canceled'],
  ['accepted', 'in_production'],
  ['in_production', 'logistics'],
  ['logistics', 'shipment_created'],
  ['shipment_created', 'shipment_scanned_by_carrier'],
  ['shipment_scanned_by_carrier', 'shipment_in_transit'],
  ['shipment_in_transit', 'shipment_delayed'],
  ['shipment_in_transit', 'shipment_not_at_home'],
  ['shipment_in_transit', 'shipment_exception'],
  ['shipment_in_transit', 'shipment_available_at_pickup_point'],
  ['shipment_in_transit', 'shipment_delivered'],
  ['shipment_delayed', 'shipment_in_transit'],
  ['shipment_delayed', 'shipment_delivered'],
  ['shipment_not_at_home', 'shipment_delivered'],
  ['shipment_not_at_home', 'shipment_available_at_pickup_point'],
  ['shipment_not_at_home', 'shipment_returned'],
  ['shipment_exception', 'shipment_delivered'],
  ['shipment_exception', 'shipment_returned'],
  ['shipment_available_at_pickup_point', 'shipment_picked_up'],
  ['shipment_available_at_pickup_point', 'shipment_returned'],
];

/** Statuses that end an order. */
export const TERMINAL_STATUSES: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_CATALOG[s].terminal,
);

/** The documented happy path, in order. */
export const HAPPY_PATH: readonly ProboStatus[] = [
  'queued',
  'accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_scanned_by_carrier',
  'shipment_in_transit',
  'shipment_delivered',
];
