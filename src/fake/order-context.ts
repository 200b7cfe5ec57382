import type { Carrier } from './carriers.js';
import { CARRIERS, dutchPostalCode } from './carriers.js';
import { withSeededDraws, type SeededDraws } from './seeded-draws.js';

export interface OrderIdentity {
  id: string;
  reference?: string | undefined;
  /** The shop's customer number, when its account is known (the mock's tenant); else drawn. */
  customer?: string | undefined;
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

type Drawn = Pick<OrderContext, 'statusPageUrl' | 'customerNumber' | 'carrier'>;

// The parts of an order's seed. The draws below are the ones a faker seeded with these parts
// made (seeded-draws.ts gives the same values without faker; its test compares them).
const contextSeed = (order: OrderIdentity, seed: number) => ['order-context', order.id, seed];

/** The first draw of an order: its supplier order number. */
const drawNumber = (draws: SeededDraws): number =>
  draws.number.int({ min: 200_000_000, max: 1_999_999_999 });

/** Every draw of an order, in order: the number, then the rest. */
function drawAll(order: OrderIdentity, seed: number): Drawn {
  return withSeededDraws(contextSeed(order, seed), (draws) => {
    const supplierOrderNumber = drawNumber(draws);
    const token = draws.hexadecimal(64);
    return {
      statusPageUrl: `https://print-status.com/${supplierOrderNumber}/${token}`,
      customerNumber: String(draws.number.int({ min: 1000, max: 99999 })),
      carrier: draws.arrayElement(CARRIERS),
    };
  });
}

/** Probo's order number of an order, as its context has it, without drawing the rest. */
export function supplierOrderNumberOf(order: OrderIdentity, seed: number): number {
  return withSeededDraws(contextSeed(order, seed), drawNumber);
}

/**
 * The order's context. Only the supplier order number is drawn now: the rest (status page,
 * customer number, carrier) is drawn on first read, from the same seeded sequence, so taking an
 * order whose callbacks are not due yet (`--manual`, a step delay) costs one draw, not seventy.
 */
export function createOrderContext(order: OrderIdentity, seed: number): OrderContext {
  return new LazyOrderContext(order, seed);
}

/**
 * The drawn-later fields are getters (a class: an object literal with getters costs ~1 µs to
 * create, on the intake path). So `{ ...ctx }` copies only id, reference, supplier order number
 * and seed; build a new context instead of spreading one.
 */
class LazyOrderContext implements OrderContext {
  readonly id: string;
  declare readonly reference?: string;
  readonly supplierOrderNumber: number;
  readonly seed: number;
  readonly #customer: string | undefined;
  #drawn: Drawn | undefined;

  constructor(order: OrderIdentity, seed: number) {
    this.id = order.id;
    this.#customer = order.customer;
    if (order.reference !== undefined) (this as { reference?: string }).reference = order.reference;
    this.supplierOrderNumber = supplierOrderNumberOf(order, seed);
    this.seed = seed;
  }

  get statusPageUrl(): string {
    return this.#later().statusPageUrl;
  }

  get customerNumber(): string {
    return this.#customer ?? this.#later().customerNumber;
  }

  get carrier(): Carrier {
    return this.#later().carrier;
  }

  #later(): Drawn {
    return (this.#drawn ??= drawAll(this, this.seed));
  }
}

/** The delivery postal code the carrier's tracking URLs show for this order. */
export function contextPostalCode(ctx: OrderContext): string {
  return withSeededDraws(['postal-code', ctx.id, ctx.seed], dutchPostalCode);
}
