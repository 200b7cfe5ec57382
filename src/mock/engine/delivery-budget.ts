/**
 * The deliveries not yet made, one per scenario step and callback URL, counted against
 * `maxPending` so that memory stays bounded whatever the receivers do (a receiver that never
 * answers keeps every delivery to it queued). Per order: `future`, the steps still to come of a
 * run that plays by itself (counted when the order is taken), and `queued`, the deliveries handed
 * to the dispatcher and not yet delivered or given up on. A held (`--manual`) step counts once it
 * is advanced: until then it is a record, not work.
 */
export class DeliveryBudget {
  readonly max: number;
  #total = 0;
  readonly #orders = new Map<string, { future: number; queued: number }>();

  constructor(max: number) {
    this.max = max;
  }

  /** Deliveries not yet made, of every order. */
  get pending(): number {
    return this.#total;
  }

  /** Whether `n` more deliveries stay within the bound. */
  fits(n: number): boolean {
    return this.#total + n <= this.max;
  }

  /** Nothing left to deliver for the order: no step to come, nothing queued. */
  settled(key: string): boolean {
    return !this.#orders.has(key);
  }

  /** Steps still to come of an order that plays by itself, `n` deliveries. */
  expect(key: string, n: number): void {
    if (n > 0) this.#change(key, n, 0);
  }

  /** A step happened: `n` deliveries queued; `planned` when they were expected. */
  queue(key: string, n: number, planned: boolean): void {
    if (n <= 0) return;
    const future = planned ? -Math.min(n, this.#orders.get(key)?.future ?? 0) : 0;
    this.#change(key, future, n);
  }

  /** One delivery of the order was delivered or given up on. */
  done(key: string): void {
    if (this.#orders.get(key)?.queued) this.#change(key, 0, -1);
  }

  /** The order's run stopped: its steps to come will not happen. */
  dropFuture(key: string): void {
    const future = this.#orders.get(key)?.future;
    if (future) this.#change(key, -future, 0);
  }

  clear(): void {
    this.#orders.clear();
    this.#total = 0;
  }

  #change(key: string, future: number, queued: number): void {
    const entry = this.#orders.get(key) ?? { future: 0, queued: 0 };
    entry.future += future;
    entry.queued += queued;
    this.#total += future + queued;
    if (entry.future === 0 && entry.queued === 0) this.#orders.delete(key);
    else this.#orders.set(key, entry);
  }
}

/** Deliveries a plan makes: each step once per repeat, to every URL. */
export function deliveriesOf(steps: ReadonlyArray<{ repeat?: number }>, urls: number): number {
  let n = 0;
  for (const step of steps) n += step.repeat ?? 1;
  return n * urls;
}
