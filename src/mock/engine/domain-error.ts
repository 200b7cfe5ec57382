/**
 * Why the engine refuses something. The engine knows no HTTP: `mock/http/probo-error.ts` maps
 * each code to an HTTP status and a body in Probo's error shape (one table).
 */
export type DomainErrorCode =
  /** X-Probo-Mock-Scenario names no known scenario. */
  | 'unknown_scenario'
  /** An admin route names an order key the mock does not have. */
  | 'unknown_order'
  /** A resend names a delivery id the journal does not have (reset, or dropped as old). */
  | 'unknown_delivery'
  /** `/order/cancel` or `/order/release` names no order ("Order does not exist", documented). */
  | 'order_does_not_exist'
  /** The order's status forbids a cancel ("Could not cancel order, because …", documented). */
  | 'cannot_cancel'
  /** The order's status forbids a release ("Could not release order, because …", documented). */
  | 'cannot_release'
  /** Advance on a mock that runs without --manual. */
  | 'not_manual'
  /** Advance on an order with no held step. */
  | 'no_step_left'
  /** Advance on an order still waiting for its uploader sessions. */
  | 'held_for_uploads'
  /** The body of an admin push is wrong. */
  | 'invalid_push'
  /** A query parameter of an admin route is wrong. */
  | 'invalid_query'
  /** A durable store cannot write: the order was not taken (try again later). */
  | 'store_unavailable'
  /** Too many deliveries not yet made (`maxPending`): the order was not taken (try again later). */
  | 'too_many_pending';

/** A request the engine refuses, with a code (not an HTTP status) and words a shop can act on. */
export class MockDomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Fields Probo's own error body carries besides status and message (e.g. cancel's `id`). */
    readonly fields?: Readonly<Record<string, unknown>>,
    /** For a refusal that passes: seconds to wait before trying again (`Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'MockDomainError';
  }
}
