import type { ProboStatus } from '../../contract/statuses.js';
import type { OrderPost, OrderSelector } from '../../generated/types.js';
import type { BodyOptions } from '../../scenarios/plan.js';
import { isoNow } from '../../shared/iso-now.js';

/** One status the order went through. */
export interface StatusChange {
  /** The status label as sent (a raw body's own status, e.g. `order_accepted`). */
  label: string;
  status?: ProboStatus;
  /** Scenario step index; -1 for a push or a cancel. */
  step: number;
  at: string;
  /** What sent it by hand (absent for a scenario step). */
  trigger?: 'push' | 'cancel';
  /** The order's own status did not move: a push that would have gone backwards (it was still sent). */
  kept?: true;
}

/** What happened to one delivery of the order (every attempt is in the journal). */
export interface DeliverySummary {
  deliveryId: string;
  url: string;
  status: string;
  step: number;
  outcome: 'delivered' | 'failed';
  attempts: number;
  responseStatus?: number;
  at: string;
}

/** An order the mock received. A second post with the same id is its own record (a duplicate). */
export interface OrderRecord {
  /** The mock's key: the order id, or `<id>~dup<N>` for the N-th duplicate post of it. */
  key: string;
  id: string;
  reference?: string;
  supplierOrderNumber: number;
  orderType: 'production' | 'test';
  callbackUrls: string[];
  scenario: string;
  /** The seed its bodies were built from (with the key, it rebuilds the same bodies). */
  seed: number;
  /** The key of the first order with this id, for a duplicate post. */
  duplicateOf?: string;
  /** The 1-based file a `file-rejected` scenario rejects, when the order chose it. */
  fileId?: number;
  /** The current status; undefined until the first step happens. */
  status?: ProboStatus;
  /** Scenario step index that set the current status (-1: pushed by hand). */
  statusStep?: number;
  /** What built the body of the current status (packages, variant), for `/order/status`. */
  statusOptions?: BodyOptions;
  history: StatusChange[];
  deliveries: DeliverySummary[];
  /** Scenario steps not yet happened. */
  pendingSteps: number;
  manual: boolean;
  createdAt: string;
  updatedAt: string;
  /** Near-misses of the post, taken but probably not meant (e.g. `callback_url`, singular). */
  warnings?: Array<{ pointer: string; message: string }>;
  /** When `POST /order/release` freed its id: a new post with the id is a new order. */
  releasedAt?: string;
  post: OrderPost;
}

export type OrderChange =
  | { type: 'created'; order: OrderRecord }
  | { type: 'updated'; order: OrderRecord }
  | { type: 'cleared' };

export type OrderListener = (change: OrderChange) => void;

/**
 * Where the mock keeps its orders. Narrow on purpose, so another backend (SQLite) can stand in:
 * records are values; changes go through `update`.
 */
export interface OrderStore {
  put(order: OrderRecord): void;
  get(key: string): OrderRecord | undefined;
  /** The first order matching the selector (original posts before duplicates). */
  find(selector: OrderSelector): OrderRecord | undefined;
  /** Oldest first. */
  list(): OrderRecord[];
  /** Applies `change` to the stored record and returns it; undefined for an unknown key. */
  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined;
  /** Number of posts seen with this order id. */
  countById(id: string): number;
  clear(): void;
  subscribe(listener: OrderListener): () => void;
}

/** Keeps orders in memory, in arrival order. */
export class MemoryOrderStore implements OrderStore {
  readonly #orders = new Map<string, OrderRecord>();
  /**
   * Order ids whose posts are not just one post keyed by its id: id → key of its first post, and
   * how many posts it had (O(1) duplicate checks). Most orders need no entry: taking one costs
   * one map entry, not two (profiled on the intake path).
   */
  readonly #unusual = new Map<string, { first: string; count: number }>();
  readonly #listeners = new Set<OrderListener>();

  put(order: OrderRecord): void {
    this.#orders.set(order.key, order);
    const seen = this.#unusual.get(order.id);
    // Not a duplicate: the id's first post (a post after its release is the first again).
    const first = order.duplicateOf === undefined;
    if (seen) {
      seen.count++;
      if (first) seen.first = order.key;
    } else if (order.key !== order.id) {
      // A later post of an id whose first is keyed by it, or a first post keyed otherwise.
      const earlier = this.#orders.get(order.id)?.id === order.id;
      this.#unusual.set(order.id, {
        first: earlier && !first ? order.id : order.key,
        count: earlier ? 2 : 1,
      });
    }
    this.#emit({ type: 'created', order });
  }

  get(key: string): OrderRecord | undefined {
    return this.#orders.get(key);
  }

  find(selector: OrderSelector): OrderRecord | undefined {
    if (selector.id !== undefined) {
      const id = String(selector.id);
      const order = this.#orders.get(this.#unusual.get(id)?.first ?? id);
      return order && matches(order, selector) ? order : undefined;
    }
    for (const order of this.#orders.values()) {
      if (order.duplicateOf === undefined && matches(order, selector)) return order;
    }
    return undefined;
  }

  list(): OrderRecord[] {
    return [...this.#orders.values()];
  }

  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined {
    const order = this.#orders.get(key);
    if (!order) return undefined;
    change(order);
    order.updatedAt = isoNow();
    this.#emit({ type: 'updated', order });
    return order;
  }

  countById(id: string): number {
    return this.#unusual.get(id)?.count ?? (this.#orders.get(id)?.id === id ? 1 : 0);
  }

  clear(): void {
    this.#orders.clear();
    this.#unusual.clear();
    this.#emit({ type: 'cleared' });
  }

  subscribe(listener: OrderListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #emit(change: OrderChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        // A failing subscriber must not break the order flow.
      }
    }
  }
}

/**
 * Whether the order is the one named: every key given must match. `id` and
 * `supplier_order_number` may be integers or strings (the docs send the number as a string).
 */
function matches(order: OrderRecord, selector: OrderSelector): boolean {
  if (selector.id !== undefined && order.id !== String(selector.id)) return false;
  const number = selector.supplier_order_number;
  if (number !== undefined && String(order.supplierOrderNumber) !== String(number).trim())
    return false;
  return selector.reference === undefined || order.reference === selector.reference;
}
