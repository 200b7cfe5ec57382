import type { ProboStatus } from '../../contract/index.js';
import { buildCallback, createOrderContext } from '../../fake/index.js';
import type { OrderStatusEntry } from '../../generated/types.js';
import { hashString } from '../../shared/seeded-random.js';
import type { OrderRecord } from '../store/order-store.js';
import type { OrderIdentity } from '../../fake/order-context.js';
import { customerNumberOf } from './tenant.js';

// Plausible shipping method codes (seen in the specification's examples) for a preset (invented).
const METHOD_CODES = ['dhl-standard', 'dhl-letterbox', 'onbezorgd-standard'] as const;

/**
 * An order as `POST /order/status` reports it, in the specification's shape: `status_code`, the
 * delivery date and shipping method, the products and, once shipped, the `packages` with their
 * tracking (the same numbers as the callbacks). Before its first step an order is `queued`.
 */
export function statusEntry(order: OrderRecord): OrderStatusEntry {
  const status: ProboStatus = order.status ?? 'queued';
  const ctx = createOrderContext(identity(order), order.seed);
  const body = buildCallback(ctx, status, order.statusOptions ?? {});
  const post = order.post;
  const delivery = post.deliveries[0];
  const pick = hashString(`${order.key}:${order.seed}`);
  const shipped = 'shipped_packages' in body ? (body.shipped_packages ?? []) : [];
  const entry: OrderStatusEntry = {
    id: order.id,
    ...(order.reference !== undefined ? { reference: order.reference } : {}),
    // Probo's number, as the callbacks show it from `accepted` on.
    ...(status !== 'queued' ? { supplier_order_number: order.supplierOrderNumber } : {}),
    status_code: status,
    delivery_date:
      delivery?.delivery_date ??
      laterDate(delivery?.shipping_date ?? order.createdAt, 1 + (pick % 3)),
    shipping_method_code:
      delivery?.shipping_method_code ?? (METHOD_CODES[pick % METHOD_CODES.length] as string),
    products: post.products.map((p, i) => ({ id: p.id ?? i + 1, status_code: status })),
    packages: shipped.map((p, i) => ({
      id: Number.parseInt(p.id, 10) || i + 1,
      status_code: status,
      tracking_url: p.tracking_url,
    })),
  };
  return entry;
}

/** `days` after a date (or an ISO time), as a date without time. */
function laterDate(from: string, days: number): string {
  const at = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return new Date().toISOString().slice(0, 10);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** What the fake builders need to rebuild an order's bodies. */
export function identity(order: OrderRecord): OrderIdentity {
  const out: OrderIdentity = { id: order.id };
  if (order.reference !== undefined) out.reference = order.reference;
  // The account's customer number, as the duplicate-order message names it.
  if (order.tenant !== undefined) out.customer = customerNumberOf(order.tenant);
  return out;
}
