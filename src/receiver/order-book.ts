import { isProboStatus, nextState, TRANSPORT_BAND, type ProboStatus } from '../contract/index.js';

/** What the shop knows about one of its orders. */
export interface ReceiverOrder {
  id: string;
  reference?: string;
  /** The current status; null until the first callback that applies. */
  status: ProboStatus | null;
  /** Every status applied, oldest first. */
  history: ProboStatus[];
  /**
   * Probo's order number, from the first callback that carries it (accepted on). The guide sends
   * a JSON number; kept as sent, digits as a string too, so that neither form is lost.
   */
  supplierOrderNumber: number | string | null;
  /** One entry per shipped package, by package id: the latest tracking URL and barcode. */
  tracking: TrackedPackage[];
  /** The side effects performed for the order, oldest first (the effects hook's answer). */
  effects: ReceiverEffect[];
}

/** A side effect of the reference shop: the e-mail it sends the customer when the order moves. */
export interface ReceiverEffect {
  kind: 'email';
  status: ProboStatus;
}

/** The statuses the customer gets an e-mail for, the first time the order reaches each. */
const EMAILED: ReadonlySet<ProboStatus> = new Set([
  'accepted',
  'not_accepted',
  'canceled',
  'shipment_delivered',
]);

/** The track and trace of one shipped package. */
export interface TrackedPackage {
  id: string;
  tracking_url?: string;
  barcode?: string;
}

/** What the reference receiver reads from a callback; the rest of the body is ignored on purpose. */
export interface CallbackFacts {
  orderId: string;
  status: string;
  supplierOrderNumber?: number | string;
  packages?: TrackedPackage[];
}

export type ApplyResult =
  | { outcome: 'applied'; order: ReceiverOrder }
  /** A redelivery, a stale (older) status, or one the lifecycle forbids: acknowledged, dropped. */
  | { outcome: 'ignored'; order: ReceiverOrder; reason: string }
  /** A status this receiver does not know: acknowledged, dropped (Probo may add statuses). */
  | { outcome: 'unknown-status'; status: string };

/**
 * The reference receiver's order state, in memory. A real shop keeps this in its database; the
 * rules are what matters: apply a status only if the lifecycle allows it from the current one
 * (by rank, so a skipped step or one arriving late never blocks the order), and keep the facts
 * (Probo's order number, the tracking of every package) whenever a callback carries them, even
 * one whose status is stale.
 */
export class OrderBook {
  readonly #orders = new Map<string, ReceiverOrder>();

  /** The test hook's `POST /setup`: the shop's own order, before any callback. Idempotent. */
  setUp(id: string, reference?: string): ReceiverOrder {
    const existing = this.#orders.get(id);
    if (existing) return existing;
    const order: ReceiverOrder = {
      id,
      status: null,
      history: [],
      supplierOrderNumber: null,
      tracking: [],
      effects: [],
    };
    if (reference !== undefined) order.reference = reference;
    this.#orders.set(id, order);
    return order;
  }

  get(id: string): ReceiverOrder | undefined {
    return this.#orders.get(id);
  }

  /** Applies a callback's status by the lifecycle rule; `facts` adds what else it carries. */
  apply(
    id: string,
    status: string,
    facts: Omit<CallbackFacts, 'orderId' | 'status'> = {},
  ): ApplyResult {
    if (!isProboStatus(status)) return { outcome: 'unknown-status', status };
    // Probo "tries" to send our own id; an order we never saw is recorded rather than refused.
    const order = this.#orders.get(id) ?? this.setUp(id);
    keepFacts(order, facts);
    const current = order.status;
    // nextState is the one lifecycle rule (src/contract/expected-state.ts), the one verify grades
    // against: forward along the lifecycle only (any later status, so a skipped step applies and
    // one that arrives late changes nothing), any order within the transport band (the latest
    // carrier status counts), not_accepted only while queued (later it refuses a duplicate
    // post), canceled only before production, nothing after a final status.
    // A redelivery (same status) is not a transition.
    if (nextState(current, status) === current) {
      return {
        outcome: 'ignored',
        order,
        reason: `${status} may not follow ${current ?? 'nothing'}`,
      };
    }
    order.status = status;
    order.history.push(status);
    performEffects(order, status);
    return { outcome: 'applied', order };
  }
}

/**
 * The e-mails the shop sends, only ever for a status that was just applied (so a redelivery, a
 * stale or a refused callback sends nothing): one the first time the order reaches an e-mailed
 * status, and one ("on its way") when it first enters the transport band; moving about the band
 * (in transit, delayed, in transit) sends no more.
 */
function performEffects(order: ReceiverOrder, status: ProboStatus): void {
  const band = TRANSPORT_BAND.includes(status);
  const sent = order.effects.some((e) =>
    band ? TRANSPORT_BAND.includes(e.status) : e.status === status,
  );
  if ((EMAILED.has(status) || band) && !sent) order.effects.push({ kind: 'email', status });
}

function keepFacts(order: ReceiverOrder, facts: Omit<CallbackFacts, 'orderId' | 'status'>): void {
  if (facts.supplierOrderNumber !== undefined && order.supplierOrderNumber === null)
    order.supplierOrderNumber = facts.supplierOrderNumber;
  for (const pkg of facts.packages ?? []) {
    const known = order.tracking.find((p) => p.id === pkg.id);
    if (known) Object.assign(known, pkg);
    else order.tracking.push({ ...pkg });
  }
}
