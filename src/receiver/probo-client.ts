import type { OrderPost, OrderSelector, OrderStatusEntry } from '../generated/types.js';

/**
 * The reference shop's client of Probo's order API: the half of an integration that posts,
 * retries, reconciles and cancels. What makes it right (and what `verify-client` grades):
 * - a post that got no answer, a 5xx or a 429 is posted again with the SAME order id (Probo
 *   refuses a repeated id as a duplicate, so a retry can never print twice), with backoff;
 * - a 429 waits the `x-ratelimit-reset` milliseconds it gives before the next post;
 * - a refusal (400) is final: the post is wrong, posting it again changes nothing;
 * - status and cancel name the order by its own id (`{"id"}`), the one it was posted with.
 */
export interface ProboClientOptions {
  /** Probo's base URL (the mock's in tests), e.g. http://127.0.0.1:4010 */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Posts of one order at most (the first and the retries). Default 6. */
  attempts?: number;
  /** Wait before the first retry, doubled for each next one. Default 200 ms. */
  backoffMs?: number;
  /** Per request. Default 10 s. */
  timeoutMs?: number;
}

/** How a place ended: taken (202, a duplicate refusal of a retry included), refused, or given up. */
export type PlaceOutcome =
  | { outcome: 'taken'; attempts: number }
  | { outcome: 'refused'; attempts: number; status: number; message: string }
  | { outcome: 'gave-up'; attempts: number; reason: string };

export class ProboClient {
  readonly #o: Required<ProboClientOptions>;

  constructor(options: ProboClientOptions) {
    this.#o = { attempts: 6, backoffMs: 200, timeoutMs: 10_000, ...options };
  }

  /** POST /order, retried with the same id until Probo answers it (see the class comment). */
  async place(order: OrderPost): Promise<PlaceOutcome> {
    let reason = '';
    for (let attempt = 1; attempt <= this.#o.attempts; attempt++) {
      let answer: Response;
      try {
        answer = await this.#post('/order', order);
      } catch (error) {
        // No answer (a connection closed, a timeout): Probo may have stored it. Same id again.
        reason = (error as Error).message;
        await sleep(this.#backoff(attempt));
        continue;
      }
      const text = await answer.text();
      if (answer.status === 202 || answer.status === 200)
        return { outcome: 'taken', attempts: attempt };
      if (answer.status === 429) {
        const reset = Number(answer.headers.get('x-ratelimit-reset'));
        reason = 'rate limited';
        await sleep(Number.isFinite(reset) && reset > 0 ? reset + 50 : this.#backoff(attempt));
        continue;
      }
      if (answer.status >= 500) {
        reason = `answered ${answer.status}`;
        await sleep(this.#backoff(attempt));
        continue;
      }
      return { outcome: 'refused', attempts: attempt, status: answer.status, message: text };
    }
    return { outcome: 'gave-up', attempts: this.#o.attempts, reason };
  }

  /** POST /order/status for orders by their own ids: each known order's entry. */
  async status(ids: readonly string[]): Promise<OrderStatusEntry[]> {
    const selectors: OrderSelector[] = ids.map((id) => ({ id }));
    const answer = await this.#post('/order/status', { orders: selectors });
    if (!answer.ok) throw new Error(`POST /order/status answered ${answer.status}`);
    const body = (await answer.json()) as { orders?: OrderStatusEntry[] };
    return body.orders ?? [];
  }

  /** POST /order/cancel by the order's own id; true when Probo took the cancel. */
  async cancel(id: string): Promise<{ cancelled: boolean; message: string }> {
    const answer = await this.#post('/order/cancel', { id });
    const body = (await answer.json().catch(() => ({}))) as { status?: string; message?: string };
    return { cancelled: answer.ok && body.status === 'cancelled', message: body.message ?? '' };
  }

  #post(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.#o.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.#o.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.#o.timeoutMs),
    });
  }

  #backoff(attempt: number): number {
    return this.#o.backoffMs * 2 ** (attempt - 1);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
