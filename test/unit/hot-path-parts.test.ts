import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDeliveryId } from '../../src/delivery/delivery-id.js';
import { CallLog } from '../../src/mock/http/call-log.js';
import { isoNow } from '../../src/shared/iso-now.js';

describe('isoNow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives what toISOString gives, within a second, across seconds and when the clock goes back', () => {
    vi.useFakeTimers();
    const base = Date.UTC(2026, 11, 31, 23, 59, 58, 990); // a second, a minute and a year turn
    const times = [
      ...Array.from({ length: 800 }, (_, i) => base + i * 7),
      base + 3_600_000,
      base - 86_400_000, // set back a day
      base - 86_400_000 + 1,
      base + 999,
      base + 1_000,
    ];
    for (const t of times) {
      vi.setSystemTime(t);
      expect(isoNow()).toBe(new Date(t).toISOString());
    }
  });
});

describe('newDeliveryId', () => {
  it('gives ids in the documented shape, never the same one twice across refills of its pool', () => {
    const ids = Array.from({ length: 5_000 }, () => newDeliveryId());
    for (const id of ids) expect(id).toMatch(/^dlv_[A-Za-z0-9_-]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('CallLog', () => {
  const facts = (n: number, more: object = {}) => ({
    received: Date.UTC(2026, 0, 1, 12, 0, 0, n),
    answered: Date.UTC(2026, 0, 1, 12, 0, 0, n + 3),
    method: 'post',
    path: n % 2 ? '/order' : '/price',
    status: 202,
    ...more,
  });

  it('formats a noted call when read, as a recorded call looks', () => {
    const log = new CallLog();
    log.note(
      facts(1, {
        status: 400,
        body: '{"id":1}',
        played: { fault: '503', faultSource: 'header' },
        answer: { errors: [{ pointer: '/id', message: 'must be string', extra: 1 }] },
      }),
    );
    expect(log.list()).toEqual([
      {
        seq: 1,
        at: '2026-01-01T12:00:00.001Z',
        method: 'POST',
        path: '/order',
        status: 400,
        fault: '503',
        faultSource: 'header',
        durationMs: 3,
        body: '{"id":1}',
        problems: [{ pointer: '/id', message: 'must be string' }],
      },
    ]);
  });

  it('keeps no problems for a call that was answered 2xx, and at most 50 for a refused one', () => {
    const log = new CallLog();
    const errors = Array.from({ length: 80 }, (_, i) => ({ pointer: `/${i}`, message: 'bad' }));
    log.note(facts(1, { status: 202, answer: { errors } }));
    log.note(facts(2, { status: 422, answer: { errors } }));
    const [refused, taken] = log.list();
    expect(taken?.problems).toBeUndefined();
    expect(refused?.problems).toHaveLength(50);
  });

  it('cuts a long body at 4,000 characters when it is noted', () => {
    const log = new CallLog();
    log.note(facts(1, { body: 'x'.repeat(10_000) }));
    expect(log.list()[0]?.body).toHaveLength(4_000);
  });

  it('keeps the newest calls up to its limit, newest first, by path and limit when asked', () => {
    const log = new CallLog(5);
    for (let n = 1; n <= 12; n++) log.note(facts(n));
    log.note(facts(13, { status: 503 }));
    expect(log.list().map((c) => c.seq)).toEqual([13, 12, 11, 10, 9]);
    expect(log.list({ path: '/order' }).map((c) => c.seq)).toEqual([13, 11, 9]);
    expect(log.list({ limit: 2 }).map((c) => c.seq)).toEqual([13, 12]);
    log.clear();
    expect(log.list()).toEqual([]);
    log.note(facts(1));
    expect(log.list().map((c) => c.seq)).toEqual([14]);
  });
});
