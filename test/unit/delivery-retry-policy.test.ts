import { describe, expect, it } from 'vitest';
import type { HttpOutcome } from '../../src/http-client/http-client.js';
import {
  DEFAULT_RETRY_POLICY,
  isRetryable,
  parseRetryAfter,
  retryDelayMs,
} from '../../src/delivery/retry-policy.js';

const answer = (status?: number, headers: Record<string, string> = {}): HttpOutcome => ({
  ...(status !== undefined ? { status } : { error: { code: 'ECONNRESET', message: 'reset' } }),
  headers,
  body: '',
  truncated: false,
  durationMs: 1,
});

describe('retry policy', () => {
  it('retries connection errors, timeouts, 429 and 5xx, and nothing else', () => {
    expect([undefined, 429, 500, 502, 503].map((s) => isRetryable(answer(s)))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([200, 301, 400, 401, 404, 410, 422].map((s) => isRetryable(answer(s)))).toEqual(
      Array(7).fill(false),
    );
  });

  it('doubles the wait on each retry, with jitter between half and all of it, up to the maximum', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelayMs(policy, 1, answer(500), () => 0)).toBe(50);
    expect(retryDelayMs(policy, 1, answer(500), () => 1)).toBe(100);
    expect(retryDelayMs(policy, 3, answer(500), () => 1)).toBe(400);
    expect(retryDelayMs(policy, 10, answer(500), () => 1)).toBe(1000);
  });

  it('honours Retry-After in seconds or as an HTTP date, capped', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      retryDelayMs(DEFAULT_RETRY_POLICY, 1, answer(429, { 'retry-after': '2' }), () => 0, now),
    ).toBe(2000);
    const date = new Date(now + 5000).toUTCString();
    expect(
      retryDelayMs(DEFAULT_RETRY_POLICY, 1, answer(503, { 'retry-after': date }), () => 0, now),
    ).toBe(5000);
    expect(
      retryDelayMs(DEFAULT_RETRY_POLICY, 1, answer(429, { 'retry-after': '3600' }), () => 0, now),
    ).toBe(DEFAULT_RETRY_POLICY.retryAfterCapMs);
  });

  it('ignores an unreadable Retry-After', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
