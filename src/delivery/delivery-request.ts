/** One callback to deliver: what the dispatcher takes and the outbox keeps. */
export interface DeliveryRequest {
  orderId: string;
  /** The mock's key of the order record; defaults to `orderId`. */
  orderKey?: string;
  url: string;
  /** Status label for the journal. */
  status: string;
  /** Scenario step index, -1 for a push by hand. */
  step: number;
  /** The body, serialised once: every attempt and repeat sends these same bytes. */
  body: string;
  /** What sent it by hand: an admin push or a cancel (absent for a scenario step). */
  trigger?: 'push' | 'cancel';
  /**
   * Its id, set when it is first queued (random, so not guessable) and kept by the outbox, so
   * that a delivery sent again after a restart keeps it. Not set by callers.
   */
  deliveryId?: string;
  /**
   * A resend of this delivery id: one attempt, journaled under that id as its next attempt
   * (no retries of its own).
   */
  resendOf?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /**
   * Deliveries with the same lane go out one at a time, in order: the next waits until the
   * previous is answered or given up on. Default: one lane per order key and URL.
   */
  lane?: string;
}
