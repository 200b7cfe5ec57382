import type { OrderPost } from '../../generated/types.js';
import type { OrderRecord } from '../store/order-store.js';

/**
 * Decides whether a new order waits before its scenario plays: a promise that resolves when it
 * may go on (its uploader sessions are confirmed), or undefined to play at once.
 */
export type HoldDecider = (order: OrderRecord, post: OrderPost) => Promise<void> | undefined;

/**
 * "Hold until released": an accepted order stays at `queued` until its decider's promise
 * resolves, then its scenario starts. The engine's one hook for the uploader flow (invented
 * timing: Probo says the order "is placed after all uploader sessions are confirmed").
 */
export class OrderGate {
  #decide: HoldDecider | undefined;
  readonly #held = new Set<string>();

  /** Sets (or with undefined, removes) the decider of new orders. */
  decideWith(decide: HoldDecider | undefined): void {
    this.#decide = decide;
  }

  /** Starts the order now, or holds it and starts it when released. True when held. */
  admit(order: OrderRecord, post: OrderPost, start: () => void): boolean {
    const until = this.#decide?.(order, post);
    if (!until) {
      start();
      return false;
    }
    const key = order.key;
    this.#held.add(key);
    void until.then(() => {
      if (this.#held.delete(key)) start();
    });
    return true;
  }

  isHeld(key: string): boolean {
    return this.#held.has(key);
  }

  /** The order will not start (canceled while held). */
  drop(key: string): void {
    this.#held.delete(key);
  }

  clear(): void {
    this.#held.clear();
  }
}
