import { canTransition } from './lifecycle.js';
import { isProboStatus, type NotAcceptedVariant, type ProboStatus } from './statuses.js';

/**
 * One callback of a delivered history, as far as the order's state goes: its status (any word:
 * Probo may add statuses, and a history may carry words no receiver knows) and, for
 * `not_accepted`, which kind.
 */
export interface Delivery {
  status: string;
  variant?: NotAcceptedVariant;
}

/** The order's state: a Probo status, or null before any callback that applies. */
export type OrderState = ProboStatus | null;

/**
 * The single-step rule: the state a correct receiver is in after one more callback. This is the
 * rule the reference receiver applies, the `state-*` checks expect and `verify --explore` grades
 * against, so there is one truth:
 * - an unknown status changes nothing (Probo may add statuses; acknowledge and drop them);
 * - a redelivery (the current status again) changes nothing;
 * - otherwise the status applies when the lifecycle allows the step (see `canTransition`):
 *   forward along its steps, any order within the transport band (the latest carrier status
 *   counts), `not_accepted` only before acceptance
 *   (after it, the duplicate-order refusal is about another post with the same id, not this
 *   order), `canceled` only before production, nothing after a final status.
 */
export function nextState(current: OrderState, incoming: Delivery | string): OrderState {
  const status = typeof incoming === 'string' ? incoming : incoming.status;
  if (!isProboStatus(status)) return current;
  return canTransition(current ?? undefined, status) ? status : current;
}

/**
 * The status a correct receiver must report after the history was delivered, in that order, to
 * an order in state `initial` (default: a fresh order, no status). In effect: the furthest status
 * along the lifecycle (within the transport band, the latest delivered), unknown statuses
 * ignored, redeliveries idempotent, `not_accepted` only before acceptance and `canceled` only
 * before production.
 */
export function expectedState(
  history: Iterable<Delivery | string>,
  initial: OrderState = null,
): OrderState {
  let state = initial;
  for (const delivery of history) state = nextState(state, delivery);
  return state;
}

/**
 * The states a correct receiver passes through: `[before, after]` for every delivery that
 * changed the state, in order. What `verify --explore` counts as lifecycle coverage.
 */
export function stateChanges(
  history: Iterable<Delivery | string>,
  initial: OrderState = null,
): Array<readonly [OrderState, ProboStatus]> {
  const changes: Array<readonly [OrderState, ProboStatus]> = [];
  let state = initial;
  for (const delivery of history) {
    const next = nextState(state, delivery);
    if (next !== state && next !== null) changes.push([state, next]);
    state = next;
  }
  return changes;
}
