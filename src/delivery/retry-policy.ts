import { isSuccessStatus } from '../shared/http-status.js';
import type { HttpOutcome } from '../http-client/http-client.js';

/**
 * When and how long to wait before delivering a callback again. Probo's real policy is not
 * public: these defaults are invented (3 retries, exponential backoff from 250 ms with jitter,
 * `Retry-After` honoured up to 30 s).
 */
export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** Wait before the first retry; doubles on each further one. */
  baseDelayMs: number;
  /** Upper bound of the exponential wait. */
  maxDelayMs: number;
  /** Upper bound of a wait asked for by `Retry-After`. */
  retryAfterCapMs: number;
}

/** Per delivery attempt, when not set (invented). */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  retries: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  retryAfterCapMs: 30_000,
};

/**
 * Connection errors, timeouts, 429 and 5xx are worth another try; other answers are final. An
 * answer cut off by a reset or a timeout after its status line is an error too: retried.
 */
export function isRetryable(outcome: HttpOutcome): boolean {
  if (outcome.status === undefined || outcome.error) return true;
  return outcome.status === 429 || outcome.status >= 500;
}

/** Whether the answer counts as received: any complete 2xx (a body we cut short counts). */
export function isDelivered(outcome: HttpOutcome): boolean {
  return outcome.error === undefined && isSuccessStatus(outcome.status);
}

/**
 * Milliseconds to wait after failed attempt number `attempt` (1-based): the receiver's
 * `Retry-After` when it sent one (capped), else exponential backoff with "equal jitter"
 * (half fixed, half random) so retries of many deliveries do not arrive in lockstep.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  outcome: HttpOutcome,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = parseRetryAfter(outcome.headers['retry-after'], now);
  if (asked !== undefined) return Math.min(asked, policy.retryAfterCapMs);
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
