import type { DeliveryRequest } from './delivery-request.js';

/**
 * Where the dispatcher notes the deliveries it has not finished, so that a durable store can
 * send them again after a crash or a restart (at least once). In memory there is none.
 */
export interface DeliveryOutbox {
  /** A delivery was queued; returns its durable id (the request carries its `deliveryId`). */
  add(request: DeliveryRequest): number;
  /** The delivery ended: delivered or given up on. Not called when a shutdown interrupted it. */
  settle(id: number): void;
}
