import type { Carrier } from './carriers.js';
import { CARRIERS, dutchPostalCode } from './carriers.js';
import { withSeededFaker } from './seeded-faker.js';

export interface OrderIdentity {
  id: string;
  reference?: string | undefined;
}

/** What every callback of one order shares; deterministic in (order id, seed). */
export interface OrderContext {
  id: string;
  reference?: string;
  /** Probo's order number (invented value, in the guide's 9–10 digit range). */
  supplierOrderNumber: number;
  /** On print-status.com, the host of the guide's example. */
  statusPageUrl: string;
  /** The shop's customer number at Probo, as in the duplicate-order message ("for customer '9999'"). */
  customerNumber: string;
  carrier: Carrier;
  seed: number;
}

export function createOrderContext(order: OrderIdentity, seed: number): OrderContext {
  return withSeededFaker(['order-context', order.id, seed], (faker) => {
    const supplierOrderNumber = faker.number.int({ min: 200_000_000, max: 1_999_999_999 });
    const token = faker.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' });
    return {
      id: order.id,
      ...(order.reference !== undefined ? { reference: order.reference } : {}),
      supplierOrderNumber,
      statusPageUrl: `https://print-status.com/${supplierOrderNumber}/${token}`,
      customerNumber: String(faker.number.int({ min: 1000, max: 99999 })),
      carrier: faker.helpers.arrayElement(CARRIERS),
      seed,
    };
  });
}

/** The delivery postal code the carrier's tracking URLs show for this order. */
export function contextPostalCode(ctx: OrderContext): string {
  return withSeededFaker(['postal-code', ctx.id, ctx.seed], dutchPostalCode);
}
