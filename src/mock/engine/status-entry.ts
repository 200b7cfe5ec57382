import type { ProboStatus } from '../../contract/index.js';
import { buildCallback, createOrderContext } from '../../fake/index.js';
import type { OrderStatusEntry } from '../../generated/types.js';
import type { OrderRecord } from '../store/order-store.js';

/**
 * An order as `POST /order/status` reports it: the current status with the same order data the
 * callbacks carry (tracking once shipped). Before its first step happens an order is `queued`.
 */
export function statusEntry(order: OrderRecord): OrderStatusEntry {
  const status: ProboStatus = order.status ?? 'queued';
  const ctx = createOrderContext(identity(order), order.seed);
  const body = buildCallback(ctx, status, order.statusOptions ?? {});
  const entry: OrderStatusEntry = { status, message: body.message, order: body.order };
  if ('shipped_packages' in body && body.shipped_packages)
    entry.shipped_packages = body.shipped_packages;
  return entry;
}

/** What the fake builders need to rebuild an order's bodies. */
export function identity(order: OrderRecord): { id: string; reference?: string } {
  return order.reference === undefined
    ? { id: order.id }
    : { id: order.id, reference: order.reference };
}
