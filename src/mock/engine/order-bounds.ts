import type { Journal } from '../../delivery/journal.js';
import type { OrderRecord, OrderStore } from '../store/order-store.js';
import { DeliveryBudget } from './delivery-budget.js';
import { MockDomainError } from './domain-error.js';

/** Seconds a post refused for the pending bound is told to wait (`Retry-After`; invented). */
export const PENDING_RETRY_AFTER_S = 5;

/**
 * The mock's memory bounds, whatever receivers do: the deliveries not yet made (`maxPending`,
 * see delivery-budget.ts) and the orders kept (`orderLimit`: past it, finished orders are
 * forgotten, the first to finish first, with their journal entries). The engine tells it what
 * happens; `busy` says whether an order still has a run or waits at the gate.
 */
export class OrderBounds {
  readonly budget: DeliveryBudget;
  readonly orderLimit: number;
  /** Orders with nothing left to do, in the order they finished (the oldest go first). */
  readonly #finished = new Set<string>();
  /** Posts refused since the bound was reached (said once when it starts, once when it ends). */
  #refused = 0;

  constructor(
    limits: { maxPending: number; orderLimit: number },
    private readonly orders: OrderStore,
    private readonly journal: Journal,
    private readonly busy: (key: string) => boolean,
    private readonly tell: (kind: 'pending-limit', message: string) => void = () => undefined,
  ) {
    this.budget = new DeliveryBudget(limits.maxPending);
    this.orderLimit = limits.orderLimit;
  }

  /**
   * Refuses a post whose `n` deliveries would pass `maxPending`: a 503 with `Retry-After`,
   * saying why (the shop posts again later; nothing is taken).
   */
  admit(n: number): void {
    const { pending, max } = this.budget;
    if (this.budget.fits(n)) {
      if (this.#refused > 0)
        this.tell(
          'pending-limit',
          `taking order posts again (${pending} deliveries not yet made; ${this.#refused} posts were refused)`,
        );
      this.#refused = 0;
      return;
    }
    if (this.#refused++ === 0)
      this.tell(
        'pending-limit',
        `order posts get 503: ${pending} deliveries are not yet made, the bound is ${max} (--max-pending); receivers are slow or not answering`,
      );
    // One order larger than the bound on its own is never taken: say so, not "try again later".
    const why =
      n > max
        ? `this order alone makes ${n} deliveries (steps × callback URLs), more than the mock's bound of ${max} (--max-pending): raise the bound to take it`
        : `${pending} deliveries are not yet made and this order adds ${n}, past the mock's bound of ${max} (--max-pending); receivers are slow or not answering, try again later`;
    throw new MockDomainError(
      'too_many_pending',
      `The order was not taken: ${why}`,
      undefined,
      PENDING_RETRY_AFTER_S,
    );
  }

  /** `n` deliveries queued for the order now; `planned` when its run had them to come. */
  queue(key: string, n: number, planned: boolean): void {
    if (n <= 0) return; // nothing queued: a finished order stays finished
    if (this.#finished.size > 0) this.#finished.delete(key);
    this.budget.queue(key, n, planned);
  }

  /** One delivery of the order ended; the order may be finished now. */
  done(order: OrderRecord | undefined, key: string): void {
    this.budget.done(key);
    if (order) this.check(order);
  }

  /** Notes the order as finished if nothing is left for it, then keeps the order limit. */
  check(order: OrderRecord): void {
    if (!this.#isFinished(order)) return;
    this.#finished.add(order.key);
    this.#evict();
  }

  clear(): void {
    this.budget.clear();
    this.#finished.clear();
  }

  #isFinished(order: OrderRecord): boolean {
    return order.pendingSteps === 0 && this.budget.settled(order.key) && !this.busy(order.key);
  }

  #evict(): void {
    let over = this.orders.size - this.orderLimit;
    if (over <= 0) return;
    const gone: string[] = [];
    for (const key of this.#finished) {
      if (over <= 0) break;
      this.#finished.delete(key);
      const order = this.orders.get(key);
      if (!order || !this.#isFinished(order)) continue;
      this.orders.remove(key);
      gone.push(key);
      over--;
    }
    if (gone.length > 0) this.journal.forgetOrders(gone);
  }
}
