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
  outcome: 'delivered' | 'failed' | 'dropped';
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
  /**
   * The account that posted it: a hash of the API key (tenant.ts; the key itself is never kept).
   * Absent for an order taken through the library without a key, or stored before tenancy:
   * such an order is every key's.
   */
  tenant?: string;
  /**
   * The post was larger than the mock keeps (stored-post.ts: 64 KiB of JSON): its size in
   * characters; `post` and `reference` are kept cut down (strings to 1 KiB, lists to 100 items).
   */
  postCut?: number;
  post: OrderPost;
}

export type OrderChange =
  | { type: 'created'; order: OrderRecord }
  | { type: 'updated'; order: OrderRecord }
  /** Evicted (`orderLimit`): a finished order, oldest first. */
  | { type: 'removed'; order: OrderRecord }
  | { type: 'cleared' };

export type OrderListener = (change: OrderChange) => void;

/**
 * Where the mock keeps its orders. Narrow on purpose, so another backend (SQLite) can stand in:
 * records are values; changes go through `update`.
 *
 * `tenant`, where a method takes one: only orders of that account (or of none) are seen, as
 * Probo scopes orders to the account whose key posted them; undefined sees every order (the
 * admin API, the library).
 */
export interface OrderStore {
  put(order: OrderRecord): void;
  get(key: string): OrderRecord | undefined;
  /** The first order matching the selector (original posts before duplicates). */
  find(selector: OrderSelector, tenant?: string): OrderRecord | undefined;
  /** Oldest first. */
  list(): OrderRecord[];
  /** Oldest first, without a copy (stop early: eviction reads only the oldest). */
  oldest(): Iterable<OrderRecord>;
  /** Number of orders kept. */
  readonly size: number;
  /** Applies `change` to the stored record and returns it; undefined for an unknown key. */
  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined;
  /** Forgets one order (eviction); false for an unknown key. */
  remove(key: string): boolean;
  /** Number of posts kept with this order id. */
  countById(id: string, tenant?: string): number;
  clear(): void;
  subscribe(listener: OrderListener): () => void;
}

/** Whether `tenant` (undefined: everyone) may see the order. */
export function visibleTo(order: OrderRecord, tenant: string | undefined): boolean {
  return tenant === undefined || order.tenant === undefined || order.tenant === tenant;
}

/** Keeps orders in memory, in arrival order. */
export class MemoryOrderStore implements OrderStore {
  readonly #orders = new Map<string, OrderRecord>();
  /**
   * Keys of every post of an order id, oldest first, for the ids whose posts are not just one
   * post keyed by its id (O(1) duplicate checks). Most orders need no entry: taking one costs
   * one map entry, not two (profiled on the intake path).
   */
  readonly #posts = new Map<string, string[]>();
  readonly #listeners = new Set<OrderListener>();

  put(order: OrderRecord): void {
    const list = this.#posts.get(order.id);
    if (list) list.push(order.key);
    else if (order.key !== order.id) {
      // A later post of an id whose first is keyed by it, or a first post keyed otherwise.
      const earlier = this.#orders.get(order.id)?.id === order.id;
      this.#posts.set(order.id, earlier ? [order.id, order.key] : [order.key]);
    }
    this.#orders.set(order.key, order);
    this.#emit({ type: 'created', order });
  }

  get(key: string): OrderRecord | undefined {
    return this.#orders.get(key);
  }

  find(selector: OrderSelector, tenant?: string): OrderRecord | undefined {
    if (selector.id !== undefined) {
      // The id's current first post: the newest that is no duplicate (a post after a release
      // is the first again).
      const keys = this.#keysOf(String(selector.id));
      for (let i = keys.length - 1; i >= 0; i--) {
        const order = this.#orders.get(keys[i] as string);
        if (!order || order.duplicateOf !== undefined || !visibleTo(order, tenant)) continue;
        return matches(order, selector) ? order : undefined;
      }
      return undefined;
    }
    for (const order of this.#orders.values()) {
      if (order.duplicateOf === undefined && visibleTo(order, tenant) && matches(order, selector))
        return order;
    }
    return undefined;
  }

  list(): OrderRecord[] {
    return [...this.#orders.values()];
  }

  oldest(): Iterable<OrderRecord> {
    return this.#orders.values();
  }

  get size(): number {
    return this.#orders.size;
  }

  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined {
    const order = this.#orders.get(key);
    if (!order) return undefined;
    change(order);
    order.updatedAt = isoNow();
    this.#emit({ type: 'updated', order });
    return order;
  }

  remove(key: string): boolean {
    const order = this.#orders.get(key);
    if (!order) return false;
    this.#orders.delete(key);
    const list = this.#posts.get(order.id);
    if (list) {
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.#posts.delete(order.id);
    }
    this.#emit({ type: 'removed', order });
    return true;
  }

  countById(id: string, tenant?: string): number {
    const keys = this.#keysOf(id);
    if (tenant === undefined) return keys.length;
    let n = 0;
    for (const key of keys) if (visibleTo(this.#orders.get(key) as OrderRecord, tenant)) n++;
    return n;
  }

  clear(): void {
    this.#orders.clear();
    this.#posts.clear();
    this.#emit({ type: 'cleared' });
  }

  subscribe(listener: OrderListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #keysOf(id: string): readonly string[] {
    return this.#posts.get(id) ?? (this.#orders.get(id)?.id === id ? [id] : []);
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
