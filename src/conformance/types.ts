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

/** One callback of a failed state check's story: what was sent, in order, and the answer. */
export interface StoryEntry {
  /** The step, e.g. `accepted` or `not_accepted (file-rejected)`, or `setup`. */
  step: string;
  request: RecordedRequest;
  response: RecordedResponse;
}

/** The state read that a state check judged. */
export interface StateRead {
  request: RecordedRequest;
  response: RecordedResponse;
  /** The receiver's word at the pointer, as it wrote it. */
  word?: string;
  /** The Probo statuses that word stands for (through --state-map, or itself). */
  means?: string[];
  /** Why no status could be read, or why the word means nothing. */
  problem?: string;
}

export interface CheckFailure {
  message: string;
  /** The likely cause and the fix, when the runner can tell (setup refused, a stale status applied, …). */
  hint?: string;
  request?: RecordedRequest;
  response?: RecordedResponse;
  /** Shell commands (curl) that replay what failed: the story, then the state read. */
  curl?: string;
  /** Every callback sent to the order, in order, with its answer (state checks). */
  story?: StoryEntry[];
  state?: StateRead;
  /** verify-client: every call of Probo's API the mock saw for the check, in order. */
  calls?: ApiCallSeen[];
  /** verify-client: the callbacks the mock sent (or dropped) for the check's orders. */
  callbacks?: CallbackSent[];
}

/** verify-client: one call of Probo's order API the shop made, as the mock saw it. */
export interface ApiCallSeen {
  method: string;
  path: string;
  /** Milliseconds after the check's place hook was called. */
  atMs: number;
  /** The body as the shop sent it (cut after 4 KiB). */
  body: string;
  /** The mock's answer: status and body (cut); absent when there was none. */
  status?: number;
  answer?: string;
  /** What the check played on it (`X-Probo-Mock-Answer: 503`, a lost answer). */
  played?: string;
  /** The answer never reached the shop: the connection was closed first. */
  lost?: true;
}

/** verify-client: one callback of the check's orders, its last attempt. */
export interface CallbackSent {
  orderId: string;
  status: string;
  url: string;
  /** `delivered`, `failed`, `dropped` (lost on purpose, never sent), … */
  outcome: string;
  responseStatus?: number;
  error?: string;
}

export type CheckOutcome = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  id: AnyCheckId;
  title: string;
  outcome: CheckOutcome;
  durationMs: number;
  failures: CheckFailure[];
  /** Extra information: why a check was skipped, the slowest answer, … */
  note?: string;
  /** explores-histories: what the exploration covered. */
  explore?: ExploreSummary;
}

/** What `verify --explore N` did: histories run, lifecycle coverage, time, the shrunk failure. */
export interface ExploreSummary {
  /** Histories delivered and judged (the run stops at the first failure). */
  histories: number;
  failed: number;
  /** Lifecycle edges (LIFECYCLE_EDGES) a correct receiver took over these histories. */
  edges: { covered: number; total: number; missing: string[] };
  durationMs: number;
  /** The shrinking of the first failure: candidates replayed, deliveries before and after, time. */
  shrink?: { replays: number; fromDeliveries: number; toDeliveries: number; durationMs: number };
  /** Where --save-failures wrote the shrunk failure as a scenario file. */
  savedScenario?: string;
}

/** The one answer at least half of the failed checks got: printed once, before the failures. */
export interface SharedCause {
  /** The answer as status and body (`401 {"error":"no secret"}`), or the error. */
  answer: string;
  /** The failed checks that got it, in report order. */
  checks: AnyCheckId[];
  /** How many checks failed in all. */
  failed: number;
  /** The cause and the fix, when the answer names it (a secret, a setup hook). */
  hint?: string;
}

/** How far explores-histories has got, for a progress line. */
export interface ExploreProgress {
  check: CheckId;
  /** Histories judged so far, of `total`. */
  histories: number;
  total: number;
  edges: { covered: number; total: number };
  elapsedMs: number;
}

export interface Report {
  /** verify: the receiver URL; verify-client: the place hook. */
  target: string;
  /** verify-client: the URL of the mock it ran (the shop's Probo base URL); absent for verify. */
  mock?: string;
  seed: number;
  /** Part of every prefixed order id (and of the uuid draw); `--run-id` fixes it. */
  runId: string;
  /** True when the run was interrupted (Ctrl-C): only the checks that finished are graded. */
  partial?: boolean;
  /** What the probe found worth saying before the checks (e.g. a 404: the path may be wrong). */
  warnings?: string[];
  durationMs: number;
  summary: { passed: number; failed: number; skipped: number };
  checks: CheckResult[];
  /** When at least half of the failed checks (two or more) got the same answer: that answer. */
  sharedCause?: SharedCause;
}

export interface VerifyOptions {
  /** The receiver's callback URL, as it would appear in `callback_urls`. */
  target: string;
  /** Template of the state hook; `{id}` becomes the URL-encoded order id. Enables the `state-*` checks. */
  stateUrl?: string;
  /** JSON pointer to the status in the state hook's answer. Default `/status`. */
  statePointer?: string;
  /**
   * The receiver's own status words mapped to a Probo status, or to an array of them when the word
   * stands for several ("shipped" for every carrier status): a check expecting S passes when the
   * word's set holds S. An empty array is the word for "no Probo status yet" (`{"paid": []}`: the
   * order exists in the shop, no callback has moved it); a history whose expected state is "no
   * status" passes on such a word, or on nothing, null or "" at the pointer. `null` as a value is
   * refused (write `[]`).
   */
  stateMap?: StateMapInput;
  /**
   * Template of the effects hook; `{id}` becomes the URL-encoded order id. A GET answering a JSON
   * array of the side effects the shop performed for the order (any JSON values, e.g.
   * `{"kind": "email", "status": "shipment_in_transit"}`). Enables applies-effects-once, and
   * explores-histories then also fails a history whose effects hold a duplicate.
   */
  effectsUrl?: string;
  /** JSON pointer to Probo's order number in the state answer; enables state-records-supplier-order-number. */
  stateSupplierPointer?: string;
  /** JSON pointer to the tracking data (a string or an array) in the state answer; enables state-records-tracking. */
  stateTrackingPointer?: string;
  /** `prefixed` (default): `pm-<run id>-<check>-<n>`; `uuid`: RFC 4122 version 4, drawn from the seed and run id. */
  orderIdFormat?: OrderIdFormat;
  /** Fixes the run id (default: a fresh one per run); with `seed`, two runs send the same bytes. */
  runId?: string;
  /** Requests in flight at the target at most, outside handles-concurrent-burst. Default 4. */
  parallel?: number;
  /** Stops the run: the checks that finished are reported, the report is marked partial. */
  signal?: AbortSignal;
  /** Called once the options are checked and the target answered the probe, before any check. */
  onStart?: (start: RunStart) => void;
  /**
   * Called with each check's result in report order: each as soon as every check before it has
   * finished (a skipped one counts as finished at the start), so a log reads the same every run.
   */
  onCheck?: (result: CheckResult) => void;
  /** Called during `--explore` at most once a second: histories run, edges covered, time. */
  onProgress?: (progress: ExploreProgress) => void;
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
  /** Random histories for explores-histories (needs the state hook). Default 0: off. */
  explore?: number;
  /** Folder where explores-histories writes a shrunk failure as a scenario file. */
  saveFailures?: string;
}

/** A --state-map value: one Probo status, or the several a word stands for. */
export type StateMapInput = Record<string, string | readonly string[]>;

export const ORDER_ID_FORMATS = ['prefixed', 'uuid'] as const;
export type OrderIdFormat = (typeof ORDER_ID_FORMATS)[number];

/** What a run is about to do: printed first (seed and run id), so a run can be repeated. */
export interface RunStart {
  target: string;
  /** verify-client: the mock's URL. */
  mock?: string;
  seed: number;
  runId: string;
  /** verify's order ids (absent for verify-client: the shop picks its own). */
  orderIdFormat?: OrderIdFormat;
  /** verify's requests in flight at most (verify-client runs one check at a time). */
  parallel?: number;
  /** The checks that will run, in report order. */
  checks: AnyCheckId[];
  /** Warnings about the target found by the probe (e.g. a 404: the path may be wrong). */
  warnings: string[];
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
  'handles-large-payload',
  'handles-unicode',
  'state-follows-lifecycle',
  'state-ignores-stale-updates',
  'state-records-rejection',
  'state-records-cancellation',
  'state-keeps-original-on-duplicate-order',
  'state-survives-redelivery',
  'state-records-failed-delivery',
  'state-advances-past-skipped-steps',
  'state-ignores-unknown-status',
  'state-records-supplier-order-number',
  'state-records-tracking',
  'rejects-forged-callback',
  'applies-effects-once',
  'explores-histories',
  // The load test runs alone after every other check, so it comes last in the report too.
  'handles-concurrent-burst',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** The checks of `verify-client`, in report order: the shop's client half. */
export const CLIENT_CHECK_IDS = [
  'client-posts-valid-order',
  'client-receives-callbacks',
  'client-retries-server-error',
  'client-survives-lost-answer',
  'client-honours-rate-limit',
  'client-reconciles-missed-callbacks',
  'client-cancels-order',
] as const;

export type ClientCheckId = (typeof CLIENT_CHECK_IDS)[number];

/** A check of either runner, as reports carry it. */
export type AnyCheckId = CheckId | ClientCheckId;

/** The options of `verifyClient` (`probo-mock verify-client`). */
export interface VerifyClientOptions {
  /**
   * The shop's place hook: POSTed `{"reference", "check"}`, it places one order through the
   * shop's own code (its Probo base URL pointed at the mock) and answers 2xx, optionally with
   * `{"id": "<the order id it posted>"}`.
   */
  placeUrl: string;
  /** Template of the state hook; `{id}` becomes the URL-encoded order id. */
  stateUrl: string;
  /** POSTed `{"id"}`: the shop reconciles that order now (`POST /order/status`). Enables client-reconciles-missed-callbacks. */
  pollUrl?: string;
  /** POSTed `{"id"}`: the shop cancels that order through its own code. Enables client-cancels-order. */
  cancelUrl?: string;
  /** As verify's: the shop's own status words → the Probo status (or statuses) each stands for. */
  stateMap?: StateMapInput;
  /** JSON pointer to the status in the state hook's answer. Default `/status`. */
  statePointer?: string;
  /** Where the mock listens: the shop's Probo base URL is `http://<host>:<port>`. Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The only API key the mock takes (as `serve --api-key`); default: any. */
  apiKey?: string;
  /** Sent with every hook request; values never appear in reports. */
  headers?: Record<string, string>;
  only?: string[];
  skip?: string[];
  /** How long a check waits for the shop's outcome (posts, retries, state), in ms. Default 5000. */
  settleMs?: number;
  /** Per hook request, in ms. Default 10000. */
  timeoutMs?: number;
  /** Seed of the mock's fake data (Probo's order numbers, tracking). Default: random. */
  seed?: number;
  /** Stops the run: the checks that finished are reported, the report is marked partial. */
  signal?: AbortSignal;
  /** Called once the mock listens, before any check. */
  onStart?: (start: RunStart) => void;
  /** Called with each check's result as it finishes (skipped ones first). */
  onCheck?: (result: CheckResult) => void;
}
