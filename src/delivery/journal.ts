/** The delivery journal: every attempt, bounded in memory, queryable and subscribable. */

/**
 * `interrupted`: not delivered, and the dispatcher closed (shutdown) before it could try again or
 * while the attempt was on the wire; a durable store sends it again after a restart.
 * `dropped`: never sent, on purpose (a lost callback, as `verify-client` plays it).
 */
export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed' | 'interrupted' | 'dropped';

export interface JournalEntry {
  /** Increasing number of the entry, over the journal's whole life. */
  seq: number;
  /** Shared by every attempt (and every repeat) of one delivery. */
  deliveryId: string;
  /** The shop's order id, as the callback carries it. */
  orderId: string;
  /** The mock's own key of the order record (a duplicate post has its own). */
  orderKey: string;
  url: string;
  /** The message status, or for raw bodies the `status` found in them, else `raw`. */
  status: string;
  /** 0-based index of the scenario step; -1 for a status pushed by hand or a cancel. */
  step: number;
  /** What sent it by hand: an admin push, or `POST /order/cancel` (absent for a scenario step). */
  trigger?: 'push' | 'cancel';
  /** 1-based attempt number. */
  attempt: number;
  requestBody: string;
  /** Request headers, with credentials redacted. */
  requestHeaders: Record<string, string>;
  responseStatus?: number;
  /** The first 2 KiB of the answer body. */
  responseBody: string;
  /**
   * The answer's headers (lower-case names), bounded: at most 32 of them, each value cut at
   * 256 characters, credentials redacted. Absent when no answer came (and in entries journaled
   * before they were recorded).
   */
  responseHeaders?: Record<string, string>;
  /** Sent again by hand (`POST /__mock/deliveries/{id}/resend`): one attempt, no retries. */
  resend?: true;
  durationMs: number;
  error?: { code: string; message: string };
  outcome: DeliveryOutcome;
  /** For a `retrying` attempt: the ISO time its next attempt is due (after the backoff). */
  nextAttemptAt?: string;
  /** ISO time the attempt ended. */
  at: string;
}

export interface JournalQuery {
  /** Matches the order id or the order key. */
  order?: string;
  /** Matches the order key only (one post, not its duplicates). */
  orderKey?: string;
  status?: string;
  outcome?: DeliveryOutcome;
  deliveryId?: string;
  /** Newest entries only, at most this many. */
  limit?: number;
}

export type JournalListener = (entry: JournalEntry) => void;

export const DEFAULT_JOURNAL_LIMIT = 10_000;

export class Journal {
  readonly limit: number;
  // A ring buffer: appending is O(1) and the oldest entries fall out once full.
  readonly #ring: JournalEntry[] = [];
  #start = 0;
  #seq = 0;
  readonly #listeners = new Set<JournalListener>();
  /**
   * Keys of forgotten (evicted) orders whose entries may still be in the ring: left out of every
   * query, and dropped from the ring in one pass once there are many (not one pass per order).
   */
  readonly #forgotten = new Set<string>();

  constructor(limit: number = DEFAULT_JOURNAL_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('journal limit must be an integer of 1 or more');
    this.limit = limit;
  }

  /** Number of entries kept now. */
  get size(): number {
    return this.#ring.length;
  }

  /** Number of entries ever recorded, dropped ones included. */
  get total(): number {
    return this.#seq;
  }

  record(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
    return this.keep({ seq: 0, ...entry });
  }

  /**
   * `record` without the copy: the journal numbers and keeps this very object, which the
   * caller made for it and does not change afterwards (the dispatcher, once per attempt).
   */
  keep(full: JournalEntry): JournalEntry {
    // A new order under a forgotten key: the old order's entries go first.
    if (this.#forgotten.size > 0 && this.#forgotten.has(full.orderKey)) this.#compact();
    full.seq = ++this.#seq;
    if (this.#ring.length < this.limit) this.#ring.push(full);
    else {
      this.#ring[this.#start] = full;
      this.#start = (this.#start + 1) % this.limit;
    }
    for (const listener of this.#listeners) {
      try {
        listener(full);
      } catch {
        // A failing subscriber must not break deliveries.
      }
    }
    return full;
  }

  /** Entries oldest first, filtered. */
  query(query: JournalQuery = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const n = this.#ring.length;
    for (let i = 0; i < n; i++) {
      const e = this.#ring[(this.#start + i) % n] as JournalEntry;
      if (this.#forgotten.size > 0 && this.#forgotten.has(e.orderKey)) continue;
      if (query.order !== undefined && e.orderId !== query.order && e.orderKey !== query.order)
        continue;
      if (query.orderKey !== undefined && e.orderKey !== query.orderKey) continue;
      if (query.status !== undefined && e.status !== query.status) continue;
      if (query.outcome !== undefined && e.outcome !== query.outcome) continue;
      if (query.deliveryId !== undefined && e.deliveryId !== query.deliveryId) continue;
      out.push(e);
    }
    return query.limit !== undefined && out.length > query.limit
      ? out.slice(out.length - query.limit)
      : out;
  }

  /**
   * Puts back entries kept by a durable store (oldest first), before any new one: numbering goes
   * on after the last of them. Listeners are not told.
   */
  restore(entries: readonly JournalEntry[]): void {
    for (const entry of entries.slice(-this.limit)) this.#ring.push(entry);
    this.#seq = Math.max(this.#seq, entries.at(-1)?.seq ?? 0);
  }

  /** Forgets every entry of these orders (evicted: see the engine's `orderLimit`). */
  forgetOrders(keys: Iterable<string>): void {
    for (const key of keys) this.#forgotten.add(key);
    if (this.#forgotten.size >= 1024) this.#compact();
  }

  /** Drops the forgotten orders' entries from the ring, keeping the others in order. */
  #compact(): void {
    const kept = this.query();
    this.#forgotten.clear();
    this.#ring.length = 0;
    this.#start = 0;
    for (const entry of kept) this.#ring.push(entry);
  }

  subscribe(listener: JournalListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  clear(): void {
    this.#ring.length = 0;
    this.#start = 0;
    this.#forgotten.clear();
  }
}
