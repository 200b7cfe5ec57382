import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/delivery/journal.js';
import type { JournalEntry } from '../../src/delivery/journal.js';
import { parseHeaderLines } from '../../src/shared/header-lines.js';
import { redactHeaders } from '../../src/delivery/redact.js';
import { Activity } from '../../src/delivery/activity.js';

const entry = (n: number, over: Partial<JournalEntry> = {}): Omit<JournalEntry, 'seq'> => ({
  deliveryId: `d${n}`,
  orderId: n % 2 ? 'odd' : 'even',
  orderKey: n % 2 ? 'odd' : 'even',
  url: 'http://x',
  status: n < 3 ? 'queued' : 'accepted',
  step: n,
  attempt: 1,
  requestBody: '{}',
  requestHeaders: {},
  responseBody: '',
  durationMs: 1,
  outcome: n === 4 ? 'failed' : 'delivered',
  at: new Date(0).toISOString(),
  ...over,
});

describe('journal', () => {
  it('keeps the newest entries up to its limit, oldest first, numbering all', () => {
    const journal = new Journal(3);
    for (let i = 0; i < 7; i++) journal.record(entry(i));
    expect(journal.query().map((e) => [e.seq, e.deliveryId])).toEqual([
      [5, 'd4'],
      [6, 'd5'],
      [7, 'd6'],
    ]);
    expect(journal.size).toBe(3);
    expect(journal.total).toBe(7);
  });

  it('filters by order, status, outcome and limit', () => {
    const journal = new Journal();
    for (let i = 0; i < 6; i++) journal.record(entry(i));
    expect(journal.query({ order: 'odd' }).map((e) => e.deliveryId)).toEqual(['d1', 'd3', 'd5']);
    expect(journal.query({ status: 'queued' }).map((e) => e.deliveryId)).toEqual([
      'd0',
      'd1',
      'd2',
    ]);
    expect(journal.query({ outcome: 'failed' }).map((e) => e.deliveryId)).toEqual(['d4']);
    expect(journal.query({ limit: 2 }).map((e) => e.deliveryId)).toEqual(['d4', 'd5']);
  });

  it('tells subscribers of every new entry until they unsubscribe, and survives a failing one', () => {
    const journal = new Journal();
    const seen: number[] = [];
    journal.subscribe(() => {
      throw new Error('bad listener');
    });
    const unsubscribe = journal.subscribe((e) => seen.push(e.seq));
    journal.record(entry(0));
    unsubscribe();
    journal.record(entry(1));
    expect(seen).toEqual([1]);
  });

  it('refuses a limit below one', () => {
    expect(() => new Journal(0)).toThrow(/journal limit/);
  });
});

describe('header helpers', () => {
  it('redacts credential headers only', () => {
    expect(
      redactHeaders({
        authorization: 'Bearer x',
        'x-api-key': 'k',
        'x-signature': 's',
        'x-shop': 'a',
      }),
    ).toEqual({
      authorization: '[redacted]',
      'x-api-key': '[redacted]',
      'x-signature': '[redacted]',
      'x-shop': 'a',
    });
  });

  it('reads "Name: value" options and refuses anything else', () => {
    expect(parseHeaderLines(['X-Shop: a: b', 'Authorization:Bearer t'])).toEqual({
      'x-shop': 'a: b',
      authorization: 'Bearer t',
    });
    expect(() => parseHeaderLines(['no colon'])).toThrow(/--header must look like "Name: value"/);
    expect(() => parseHeaderLines([': empty'])).toThrow(/--header/);
  });
});

describe('activity', () => {
  it('resolves idle waiters only when all begun work has ended', async () => {
    const activity = new Activity();
    activity.begin();
    activity.begin();
    let idle = false;
    const waiting = activity.whenIdle().then(() => (idle = true));
    activity.end();
    await Promise.resolve();
    expect(idle).toBe(false);
    activity.end();
    await waiting;
    expect(idle).toBe(true);
  });
});
