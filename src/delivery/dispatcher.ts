import { Activity } from './activity.js';
import { newDeliveryId } from './delivery-id.js';
import { HttpClient } from '../http-client/http-client.js';
import type { HttpOutcome } from '../http-client/http-client.js';
import { Journal } from './journal.js';
import type { DeliveryOutcome, JournalEntry } from './journal.js';
import type { DeliveryOutbox } from './outbox.js';
import type { DeliveryRequest } from './delivery-request.js';

export type { DeliveryRequest } from './delivery-request.js';
import { isSecretHeader, redactHeaders } from './redact.js';
import { isoNow } from '../shared/iso-now.js';
import {
  DEFAULT_DELIVERY_TIMEOUT_MS,
  DEFAULT_RETRY_POLICY,
  isDelivered,
  isRetryable,
  retryDelayMs,
} from './retry-policy.js';

export { DEFAULT_DELIVERY_TIMEOUT_MS } from './retry-policy.js';
import type { RetryPolicy } from './retry-policy.js';

/** Sent with every callback. Probo's real headers are not public. */
export const USER_AGENT = "probo-mock/0.1 (invented; Probo's real headers are not public)";

export interface DeliveryResult {
  deliveryId: string;
  outcome: Exclude<DeliveryOutcome, 'retrying' | 'interrupted'>;
  attempts: number;
  /** The last attempt's journal entry; absent when the dispatcher closed before any attempt. */
  last?: JournalEntry;
  /** Closing cut it short: not delivered and not given up on (a durable store sends it again). */
  interrupted?: boolean;
}

export interface DispatcherOptions {
  journal?: Journal;
  /** Shared HTTP client; the dispatcher makes (and closes) its own when absent. */
  client?: HttpClient;
  /** Attempts after the first (default 3, invented). */
  retries?: number;
  /** Per attempt (default 10 s, invented). */
  timeoutMs?: number;
  retryPolicy?: Partial<Omit<RetryPolicy, 'retries'>>;
  activity?: Activity;
  /** Jitter source; a seeded one makes retry timing reproducible. */
  random?: () => number;
  /** Notes unfinished deliveries for a durable store; their ids become the delivery ids. */
  outbox?: DeliveryOutbox;
  /**
   * Headers sent with every delivery (`serve --callback-header`), e.g. a shared secret a receiver
   * checks. Their values are redacted in the journal whatever their names.
   */
  headers?: Record<string, string>;
  /** Deliveries it answers true for are journaled as `dropped` and never sent (lost callbacks). */
  drop?: (request: DeliveryRequest) => boolean;
}

interface Item {
  request: DeliveryRequest;
  deliveryId: string;
  /** Its id in the outbox, when there is one. */
  pendingId: number | undefined;
  resolve: (result: DeliveryResult) => void;
}

interface Lane {
  items: Array<Item | undefined>;
  head: number;
}

/**
 * Delivers callbacks: FIFO lanes per (order, URL), retries with backoff for connection errors,
 * timeouts, 429 and 5xx, every attempt journaled. One timer per waiting lane, none per item.
 */
export class Dispatcher {
  readonly journal: Journal;
  readonly activity: Activity;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number;
  readonly #client: HttpClient;
  readonly #ownsClient: boolean;
  readonly #random: () => number;
  readonly #outbox: DeliveryOutbox | undefined;
  /** Attempts on the wire, so that a graceful close can let them finish (a count, no set). */
  #inFlight = 0;
  /** Called when the last attempt on the wire ends, while a close waits for it. */
  #landed: (() => void) | undefined;
  readonly #lanes = new Map<string, Lane>();
  readonly #sleeps = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  readonly #baseHeaders: Record<string, string>;
  readonly #baseRedacted: Record<string, string>;
  /** Names (lower case) of the `headers` option: always redacted in the journal. */
  readonly #secret: ReadonlySet<string>;
  readonly #drop: ((request: DeliveryRequest) => boolean) | undefined;
  #closed = false;

  constructor(options: DispatcherOptions = {}) {
    this.journal = options.journal ?? new Journal();
    this.activity = options.activity ?? new Activity();
    this.#client = options.client ?? new HttpClient();
    this.#ownsClient = options.client === undefined;
    this.#random = options.random ?? Math.random;
    this.#outbox = options.outbox;
    this.#drop = options.drop;
    const own = lower(options.headers ?? {});
    this.#secret = new Set(Object.keys(own));
    this.#baseHeaders = { ...own, 'content-type': 'application/json', 'user-agent': USER_AGENT };
    this.#baseRedacted = this.#redact(this.#baseHeaders);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
    this.policy = {
      ...DEFAULT_RETRY_POLICY,
      ...options.retryPolicy,
      retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
    };
  }

  /**
   * Queues one delivery; resolves when it is delivered or given up on. Never rejects.
   * `pendingId`: the outbox id of a delivery queued before a restart (it is not added again).
   */
  enqueue(request: DeliveryRequest, pendingId?: number): Promise<DeliveryResult> {
    const deliveryId = request.resendOf ?? request.deliveryId ?? newDeliveryId();
    if (this.#closed) {
      return Promise.resolve({ deliveryId, outcome: 'failed', attempts: 0, interrupted: true });
    }
    // The outbox keeps the id with the request: after a restart it is sent under the same id.
    const id =
      pendingId ??
      this.#outbox?.add(request.deliveryId === deliveryId ? request : { ...request, deliveryId });
    return new Promise((resolve) => {
      const key = request.lane ?? `${request.orderKey ?? request.orderId}\u0000${request.url}`;
      const lane = this.#lanes.get(key);
      const item = {
        request,
        deliveryId,
        pendingId: id,
        resolve,
      };
      if (lane) {
        lane.items.push(item);
        return;
      }
      this.#lanes.set(key, { items: [item], head: 0 });
      this.activity.begin();
      void this.#drain(key);
    });
  }

  /** Attempts on the wire now (what a graceful close waits for). */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Resolves when no delivery is queued or in flight. */
  idle(): Promise<void> {
    return this.activity.whenIdle();
  }

  /**
   * Stops retrying and sending; queued deliveries resolve as failed and `interrupted` (they stay
   * in the outbox). Attempts on the wire get up to `graceMs` to finish before the client is
   * destroyed. Closes its own client.
   */
  async close(graceMs = 0): Promise<void> {
    this.#closed = true;
    for (const sleep of this.#sleeps) {
      clearTimeout(sleep.timer);
      sleep.resolve();
    }
    this.#sleeps.clear();
    if (graceMs > 0 && this.#inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#landed = resolve;
        timer = setTimeout(resolve, graceMs);
      });
      this.#landed = undefined;
      clearTimeout(timer);
    }
    if (this.#ownsClient) await this.#client.destroy();
  }

  async #drain(key: string): Promise<void> {
    const lane = this.#lanes.get(key) as Lane;
    try {
      while (lane.head < lane.items.length) {
        const item = lane.items[lane.head] as Item;
        lane.items[lane.head++] = undefined; // let the body be collected
        const result = await this.#deliver(item);
        if (item.pendingId !== undefined && !result.interrupted)
          this.#outbox?.settle(item.pendingId);
        item.resolve(result);
        if (lane.head > 1024 && lane.head * 2 > lane.items.length) {
          lane.items.splice(0, lane.head);
          lane.head = 0;
        }
      }
    } finally {
      this.#lanes.delete(key);
      this.activity.end();
    }
  }

  async #deliver(item: Item): Promise<DeliveryResult> {
    const { request, deliveryId } = item;
    const extra = request.headers;
    const headers = extra ? { ...this.#baseHeaders, ...lower(extra) } : this.#baseHeaders;
    const journalHeaders = extra ? this.#redact(headers) : this.#baseRedacted;
    let last: JournalEntry | undefined;
    // A resend goes on from the delivery's last journaled attempt, once.
    const first = request.resendOf
      ? (this.journal.query({ deliveryId }).at(-1)?.attempt ?? 0) + 1
      : 1;
    const retries = request.resendOf ? 0 : this.policy.retries;
    if (this.#drop?.(request)) {
      const dropped: HttpOutcome = {
        headers: {},
        body: '',
        truncated: false,
        durationMs: 0,
        error: {
          code: 'DROPPED',
          message: 'dropped on purpose: this callback is lost, never sent',
        },
      };
      last = this.journal.keep(
        entryFor(request, deliveryId, first, journalHeaders, dropped, 'dropped'),
      );
      return { deliveryId, outcome: 'dropped', attempts: 0, last };
    }
    for (let attempt = first; ; attempt++) {
      if (this.#closed) return closedResult(deliveryId, attempt - first, last);
      const sending = this.#client.send(request.url, {
        method: 'POST',
        body: request.body,
        headers,
        timeoutMs: this.timeoutMs,
        bodyLimit: 2048,
      });
      this.#inFlight++;
      const outcome = await sending;
      if (--this.#inFlight === 0) this.#landed?.();
      const delivered = isDelivered(outcome);
      const retry = !delivered && isRetryable(outcome) && attempt - first < retries;
      // Closing cut it off (or came before its retry): journaled as interrupted, not retrying.
      const cutOff = retry && this.#closed;
      const result: DeliveryOutcome = delivered
        ? 'delivered'
        : cutOff
          ? 'interrupted'
          : retry
            ? 'retrying'
            : 'failed';
      const entry = entryFor(request, deliveryId, attempt, journalHeaders, outcome, result);
      // The backoff is drawn before journaling, so the entry can say when the next try is due.
      const delayMs =
        result === 'retrying' ? retryDelayMs(this.policy, attempt, outcome, this.#random) : 0;
      if (result === 'retrying') entry.nextAttemptAt = new Date(Date.now() + delayMs).toISOString();
      last = this.journal.keep(entry);
      if (result === 'delivered' || result === 'failed')
        return { deliveryId, outcome: result, attempts: attempt - first + 1, last };
      // Closing: the retry is left for a restart (with a durable store), not given up on.
      if (this.#closed) return closedResult(deliveryId, attempt - first + 1, last);
      await this.#sleep(delayMs);
    }
  }

  #redact(headers: Record<string, string>): Record<string, string> {
    const out = redactHeaders(headers);
    for (const name of this.#secret) if (name in out) out[name] = '[redacted]';
    return out;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const sleep = {
        timer: setTimeout(() => {
          this.#sleeps.delete(sleep);
          resolve();
        }, ms),
        resolve,
      };
      this.#sleeps.add(sleep);
    });
  }
}

function entryFor(
  request: DeliveryRequest,
  deliveryId: string,
  attempt: number,
  requestHeaders: Record<string, string>,
  outcome: HttpOutcome,
  result: DeliveryOutcome,
): JournalEntry {
  const entry: JournalEntry = {
    seq: 0, // numbered by the journal
    deliveryId,
    orderId: request.orderId,
    orderKey: request.orderKey ?? request.orderId,
    url: request.url,
    status: request.status,
    step: request.step,
    attempt,
    requestBody: request.body,
    requestHeaders,
    responseBody: outcome.body,
    durationMs: Math.round(outcome.durationMs * 10) / 10,
    outcome: result,
    at: isoNow(),
  };
  if (request.trigger !== undefined) entry.trigger = request.trigger;
  if (outcome.status !== undefined) {
    entry.responseStatus = outcome.status;
    entry.responseHeaders = boundedHeaders(outcome.headers);
  }
  if (outcome.error) entry.error = outcome.error;
  if (request.resendOf) entry.resend = true;
  return entry;
}

const MAX_RESPONSE_HEADERS = 32;
const MAX_HEADER_VALUE = 256;

/**
 * An answer's headers as the journal keeps them: bounded in number and length, redacted (one
 * pass). Headers that are all within bounds and none a credential are kept as they are, not
 * copied (the outcome's object is not changed after the attempt).
 */
function boundedHeaders(headers: Record<string, string>): Record<string, string> {
  if (withinBounds(headers)) return headers;
  const kept: Record<string, string> = {};
  let n = 0;
  for (const name in headers) {
    if (n++ === MAX_RESPONSE_HEADERS) break;
    const value = headers[name] as string;
    kept[name] = isSecretHeader(name)
      ? '[redacted]'
      : value.length > MAX_HEADER_VALUE
        ? `${value.slice(0, MAX_HEADER_VALUE)}…`
        : value;
  }
  return kept;
}

function withinBounds(headers: Record<string, string>): boolean {
  let n = 0;
  for (const name in headers) {
    if (n++ === MAX_RESPONSE_HEADERS) return false;
    if ((headers[name] as string).length > MAX_HEADER_VALUE || isSecretHeader(name)) return false;
  }
  return true;
}

function closedResult(
  deliveryId: string,
  attempts: number,
  last: JournalEntry | undefined,
): DeliveryResult {
  const result: DeliveryResult = { deliveryId, outcome: 'failed', attempts, interrupted: true };
  if (last) result.last = last;
  return result;
}

function lower(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
