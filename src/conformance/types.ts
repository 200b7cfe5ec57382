/** The data of a conformance run: options, report, and the check interface the catalog implements. */

/** One request the runner made, as shown in a report (header values the user passed are redacted). */
export interface RecordedRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** The body as sent, cut after a few KiB (`bodyBytes` says how long it was). */
  body?: string;
  bodyBytes?: number;
}

/** What came back: a status and the start of the body, or the error that stopped the request. */
export interface RecordedResponse {
  status?: number;
  body?: string;
  durationMs: number;
  error?: { code: string; message: string };
}

export interface CheckFailure {
  message: string;
  request?: RecordedRequest;
  response?: RecordedResponse;
}

export type CheckOutcome = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  id: CheckId;
  title: string;
  outcome: CheckOutcome;
  durationMs: number;
  failures: CheckFailure[];
  /** Extra information: why a check was skipped, the slowest answer, … */
  note?: string;
}

export interface Report {
  target: string;
  seed: number;
  durationMs: number;
  summary: { passed: number; failed: number; skipped: number };
  checks: CheckResult[];
}

export interface VerifyOptions {
  /** The receiver's callback URL, as it would appear in `callback_urls`. */
  target: string;
  /** Template of the state hook; `{id}` becomes the URL-encoded order id. Enables the `state-*` checks. */
  stateUrl?: string;
  /** JSON pointer to the status in the state hook's answer. Default `/status`. */
  statePointer?: string;
  /** The receiver's own status words mapped to Probo statuses. */
  stateMap?: Record<string, string>;
  /** POSTed `{id, reference}` for every fresh order before it gets callbacks. */
  setupUrl?: string;
  only?: string[];
  skip?: string[];
  /** Per request, in ms. Default 10000. */
  timeoutMs?: number;
  /** Messages sent at once by `handles-concurrent-burst`. Default 50. */
  concurrency?: number;
  /** Makes the bodies reproducible. Default: random. */
  seed?: number;
  /** Extra request headers, e.g. a shared secret; their values never appear in reports. */
  headers?: Record<string, string>;
}

export const CHECK_IDS = [
  'accepts-documented-examples',
  'accepts-every-status',
  'responds-in-time',
  'tolerates-redelivery',
  'tolerates-out-of-order',
  'tolerates-unknown-status',
  'tolerates-extra-fields',
  'tolerates-minimal-payload',
  'tolerates-unknown-order',
  'rejects-malformed-body',
  'handles-concurrent-burst',
  'handles-large-payload',
  'handles-unicode',
  'state-follows-lifecycle',
  'state-ignores-stale-updates',
  'state-records-rejection',
  'state-records-cancellation',
  'state-keeps-original-on-duplicate-order',
  'state-survives-redelivery',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
