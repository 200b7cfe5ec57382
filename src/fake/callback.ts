import type {
  FileReference,
  OrderReference,
  ProboCallback,
  ShippedPackage,
} from '../generated/types.js';
import {
  NOT_ACCEPTED_MESSAGES,
  STATUS_CATALOG,
  type NotAcceptedVariant,
  type ProboStatus,
} from '../contract/statuses.js';
import { trackAndTrace } from './carriers.js';
import { contextPostalCode, type OrderContext } from './order-context.js';
import { withSeededDraws } from './seeded-draws.js';

export interface BuildCallbackOptions {
  /** Which `not_accepted` (default `duplicate-order`); ignored for other statuses. */
  variant?: NotAcceptedVariant | undefined;
  /** `file.id` of a rejected file (default 1). */
  fileId?: number | undefined;
  /** How many shipped packages a shipment status carries (default 1; 0 leaves them out). */
  packages?: number | undefined;
  /** Replaces the catalog's message text. */
  message?: string | undefined;
}

// Every shipment status of one order carries the same packages: built once per context.
const packagesOf = new WeakMap<OrderContext, ShippedPackage[]>();

/** One shipped package, stable per (order, index): id `String(index + 1)`. */
export function shippedPackage(ctx: OrderContext, index: number): ShippedPackage {
  let built = packagesOf.get(ctx);
  if (!built) packagesOf.set(ctx, (built = []));
  const pkg = (built[index] ??= buildPackage(ctx, index));
  return { ...pkg };
}

function buildPackage(ctx: OrderContext, index: number): ShippedPackage {
  const postalCode = contextPostalCode(ctx);
  return withSeededDraws(['package', ctx.id, ctx.seed, index], (draws) => {
    const { barcode, trackingUrl } = trackAndTrace(draws, ctx.carrier, postalCode);
    return { id: String(index + 1), tracking_url: trackingUrl, barcode };
  });
}

/** The message text of a status (documented where the guide shows it), placeholders filled. */
export function callbackMessage(
  status: ProboStatus,
  variant: NotAcceptedVariant,
  orderId: string,
  customerNumber: string,
): string {
  if (status !== 'not_accepted') return STATUS_CATALOG[status].message;
  return NOT_ACCEPTED_MESSAGES[variant]
    .replace('{id}', orderId)
    .replace('{customer}', customerNumber);
}

/**
 * Probo's number and the status page exist once the order is accepted: the guide's `queued` and
 * `not_accepted` examples have neither.
 */
export const beforeAcceptance = (status: ProboStatus): boolean =>
  status === 'queued' || status === 'not_accepted';

/** The body's `order` object. */
export function orderReference(ctx: OrderContext, status: ProboStatus): OrderReference {
  return {
    id: ctx.id,
    ...(ctx.reference !== undefined ? { reference: ctx.reference } : {}),
    ...(beforeAcceptance(status)
      ? {}
      : { supplier_order_number: ctx.supplierOrderNumber, status_page_url: ctx.statusPageUrl }),
  };
}

/** A realistic callback body for this order and status; it always validates. */
export function buildCallback(
  ctx: OrderContext,
  status: ProboStatus,
  options: BuildCallbackOptions = {},
): ProboCallback {
  const variant = options.variant ?? 'duplicate-order';
  // The customer number is read only where a message names it (it is drawn lazily).
  const message =
    options.message ??
    (status === 'not_accepted'
      ? callbackMessage(status, variant, ctx.id, ctx.customerNumber)
      : STATUS_CATALOG[status].message);
  const order = orderReference(ctx, status);
  if (status === 'not_accepted' && variant === 'file-rejected') {
    const file: FileReference = { id: options.fileId ?? 1 };
    return { status, message, file, order };
  }
  const count = options.packages ?? 1;
  if (STATUS_CATALOG[status].shipment && count > 0) {
    const shipped_packages = Array.from({ length: count }, (_, i) => shippedPackage(ctx, i));
    return { status, message, order, shipped_packages } as ProboCallback;
  }
  return { status, message, order } as ProboCallback;
}

/** A body with only the required fields: `status`, `message`, `order.id` (and `file.id`). */
export function minimalCallback(
  status: ProboStatus,
  orderId: string,
  variant: NotAcceptedVariant = 'duplicate-order',
): ProboCallback {
  const message = callbackMessage(status, variant, orderId, '9999');
  if (status === 'not_accepted' && variant === 'file-rejected') {
    return { status, message, file: { id: 1 }, order: { id: orderId } };
  }
  return { status, message, order: { id: orderId } } as ProboCallback;
}
