import type { ResponseObject, ResponseToolkit } from '@hapi/hapi';

/** The answer of the limiter for one call, with what the `x-ratelimit-*` headers say. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window starts over (the facts page: `x-ratelimit-reset` is in ms). */
  resetMs: number;
}

/**
 * Calls per token per minute, as Probo documents (300 by default). A fixed window per token;
 * the exact windowing Probo uses is not public (invented).
 */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  #lastSweep = 0;

  constructor(limit: number, windowMs = 60_000, now: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.#now = now;
  }

  /** Counts one call of `token`. */
  take(token: string): RateDecision {
    const now = this.#now();
    this.#sweep(now);
    let window = this.#windows.get(token);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(token, window);
    }
    const allowed = window.count < this.limit;
    if (allowed) window.count++;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - window.count,
      resetMs: Math.max(0, window.start + this.windowMs - now),
    };
  }

  clear(): void {
    this.#windows.clear();
  }

  /** Forgets ended windows once per window length, so many tokens cannot grow memory forever. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = now;
    for (const [token, window] of this.#windows) {
      if (now - window.start >= this.windowMs) this.#windows.delete(token);
    }
  }
}

/** The documented headers of a decision. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    'x-ratelimit-limits': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
    'x-ratelimit-reset': String(decision.resetMs),
  };
}

/** The documented 429: `{"error": "Quota has been exceeded"}` with the rate limit headers. */
export function quotaAnswer(h: ResponseToolkit, headers: Record<string, string>): ResponseObject {
  const answer = h.response({ error: 'Quota has been exceeded' }).code(429);
  for (const name in headers) answer.header(name, headers[name]!);
  return answer;
}
