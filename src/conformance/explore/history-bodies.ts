import { isProboStatus, type Delivery } from '../../contract/index.js';
import { bodyFor } from '../checks/story.js';
import type { OrderRef } from '../check-context.js';

/** `Shipment Held At Customs` for `shipment_held_at_customs`: the message of an unknown status. */
const titleCase = (word: string) =>
  word
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * The exact bytes of each delivery of a history for one order: a seeded, schema-valid callback
 * for a known status, and for an unknown one a well-formed body of the same shape (a carrier
 * status gets shipped packages). A redelivery is the same bytes again.
 */
export function historyBodies(order: OrderRef, deliveries: readonly Delivery[]): string[] {
  const made = new Map<string, string>();
  return deliveries.map((d) => {
    const key = `${d.status}/${d.variant ?? ''}`;
    let body = made.get(key);
    if (body === undefined) {
      body = JSON.stringify(bodyOf(order, d));
      made.set(key, body);
    }
    return body;
  });
}

function bodyOf(order: OrderRef, d: Delivery): unknown {
  if (isProboStatus(d.status)) {
    return bodyFor(
      order,
      d.variant ? { status: d.status, variant: d.variant } : { status: d.status },
    );
  }
  const like = d.status.startsWith('shipment_') ? 'shipment_in_transit' : 'in_production';
  return { ...bodyFor(order, { status: like }), status: d.status, message: titleCase(d.status) };
}

/** `not_accepted (duplicate-order)`, `on_hold (unknown)`: one delivery, for stories. */
export function deliveryName(d: Delivery): string {
  if (d.variant) return `${d.status} (${d.variant})`;
  return isProboStatus(d.status) ? d.status : `${d.status} (unknown)`;
}

/** `queued → accepted ×2 → on_hold (unknown)`: consecutive copies shown once with a count. */
export function historyText(deliveries: readonly Delivery[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < deliveries.length) {
    const name = deliveryName(deliveries[i]!);
    let n = 1;
    while (i + n < deliveries.length && deliveryName(deliveries[i + n]!) === name) n++;
    parts.push(n > 1 ? `${name} ×${n}` : name);
    i += n;
  }
  return parts.length === 0 ? '(nothing)' : parts.join(' → ');
}
