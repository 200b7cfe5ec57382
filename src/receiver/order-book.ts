import { canTransition, isProboStatus, type ProboStatus } from '../contract/index.js';

/** What the shop knows about one of its orders. */
export interface ReceiverOrder {
  id: string;
  reference?: string;
  /** The current status; null until the first callback that applies. */
  status: ProboStatus | null;
  /** Every status applied, oldest first. */
  history: ProboStatus[];
}

export type ApplyResult =
  | { outcome: 'applied'; order: ReceiverOrder }
  /** A redelivery, a stale (older) status, or one the lifecycle forbids: acknowledged, dropped. */
  | { outcome: 'ignored'; order: ReceiverOrder; reason: string }
  /** A status this receiver does not know: acknowledged, dropped (Probo may add statuses). */
  | { outcome: 'unknown-status'; status: string };

/**
 * The reference receiver's order state, in memory. A real shop keeps this in its database; the
 * rule is what matters: apply a status only if the lifecycle allows it from the current one.
 */
export class OrderBook {
  readonly #orders = new Map<string, ReceiverOrder>();

  /** The test hook's `POST /setup`: the shop's own order, before any callback. Idempotent. */
  setUp(id: string, reference?: string): ReceiverOrder {
    const existing = this.#orders.get(id);
    if (existing) return existing;
    const order: ReceiverOrder = { id, status: null, history: [] };
    if (reference !== undefined) order.reference = reference;
    this.#orders.set(id, order);
    return order;
  }

  get(id: string): ReceiverOrder | undefined {
    return this.#orders.get(id);
  }

  apply(id: string, status: string): ApplyResult {
    if (!isProboStatus(status)) return { outcome: 'unknown-status', status };
    // Probo "tries" to send our own id; an order we never saw is recorded rather than refused.
    const order = this.#orders.get(id) ?? this.setUp(id);
    const current = order.status ?? undefined;
    // canTransition encodes the lifecycle: forward in rank only, sideways among carrier statuses,
    // not_accepted only while queued (later it refuses a duplicate post), canceled only before
    // production, nothing after a final status. A redelivery (same status) is not a transition.
    if (!canTransition(current, status)) {
      return { outcome: 'ignored', order, reason: `${status} may not follow ${current}` };
    }
    order.status = status;
    order.history.push(status);
    return { outcome: 'applied', order };
  }
}
