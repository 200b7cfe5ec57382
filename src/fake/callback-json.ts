import { STATUS_CATALOG, type ProboStatus } from '../contract/statuses.js';
import {
  beforeAcceptance,
  buildCallback,
  orderReference,
  shippedPackage,
  type BuildCallbackOptions,
} from './callback.js';
import type { OrderContext } from './order-context.js';

// `{"status":"…","message":"…"` of each status with its catalog message, made once per process.
const openings = new Map<ProboStatus, string>();

function opening(status: ProboStatus): string {
  let text = openings.get(status);
  if (text === undefined) {
    text = JSON.stringify({ status, message: STATUS_CATALOG[status].message }).slice(0, -1);
    openings.set(status, text);
  }
  return text;
}

/**
 * The callback bodies of one order as text: `JSON.stringify(buildCallback(ctx, status, options))`
 * byte for byte, without a fresh object graph per body. An order's bodies share their parts (the
 * `order` object before and after acceptance, the shipped packages), so each part is serialised
 * once and the bodies are joined from them, in buildCallback's key order: status, message,
 * order, shipped_packages. A `not_accepted` (its message names the order, it may carry `file`)
 * or an own message takes buildCallback itself. test/unit/fake-callback-json.test.ts compares
 * the two over generated orders.
 */
export class CallbackJson {
  #orderBefore: string | undefined;
  #orderAfter: string | undefined;
  // One count's packages: an order's shipment steps nearly always ask for the same count.
  #packagesCount = -1;
  #packages = '';

  constructor(readonly context: OrderContext) {}

  of(status: ProboStatus, options: BuildCallbackOptions = {}): string {
    if (status === 'not_accepted' || options.message !== undefined) {
      return JSON.stringify(buildCallback(this.context, status, options));
    }
    const order = `${opening(status)},"order":${this.#order(status)}`;
    const count = options.packages ?? 1;
    if (STATUS_CATALOG[status].shipment && count > 0) {
      return `${order},"shipped_packages":${this.#shipped(count)}}`;
    }
    return `${order}}`;
  }

  #order(status: ProboStatus): string {
    // Two `order` objects: without Probo's number and status page before acceptance, with after.
    if (beforeAcceptance(status)) {
      return (this.#orderBefore ??= JSON.stringify(orderReference(this.context, status)));
    }
    return (this.#orderAfter ??= JSON.stringify(orderReference(this.context, status)));
  }

  #shipped(count: number): string {
    if (count !== this.#packagesCount) {
      const packages = Array.from({ length: count }, (_, i) => shippedPackage(this.context, i));
      this.#packages = JSON.stringify(packages);
      this.#packagesCount = count;
    }
    return this.#packages;
  }
}
