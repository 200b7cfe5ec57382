import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { Journal } from '../../src/delivery/journal.js';
import type { JournalEntry } from '../../src/delivery/journal.js';
import { refusedUrl, startHostileServer } from '../support/reliability-hostile-servers.js';
import type { HostileServer, Hostility } from '../support/reliability-hostile-servers.js';

const RETRIES = 2;
/** Per attempt, against receivers that never answer in time: short, so those tests are quick. */
const TIMEOUT_MS = 400;
/** Per attempt, against receivers that do answer: a bound a busy CI machine stays far within. */
const ANSWER_TIMEOUT_MS = 10_000;

describe('the dispatcher against receivers that fail in every way', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    rejections.push(reason);
  };
  let journal: Journal;
  let dispatcher: Dispatcher;
  let servers: HostileServer[] = [];
  let faults = 0;

  beforeAll(() => {
    process.on('unhandledRejection', onRejection);
  });
  afterAll(() => {
    process.off('unhandledRejection', onRejection);
    expect(rejections).toEqual([]);
    console.info(`dispatcher faults injected: ${faults} failed attempts`);
  });
  afterEach(async () => {
    await dispatcher.close();
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  function start(timeoutMs = ANSWER_TIMEOUT_MS): void {
    journal = new Journal();
    dispatcher = new Dispatcher({
      journal,
      retries: RETRIES,
      timeoutMs,
      retryPolicy: { baseDelayMs: 5, maxDelayMs: 20, retryAfterCapMs: 1_500 },
    });
  }

  async function deliverTo(
    hostility: Hostility | ((hit: number) => Hostility),
    timeoutMs = ANSWER_TIMEOUT_MS,
  ): Promise<{ entries: JournalEntry[]; server: HostileServer; outcome: string }> {
    start(timeoutMs);
    const server = await startHostileServer(hostility);
    servers.push(server);
    const result = await dispatcher.enqueue({
      orderId: 'o-1',
      url: server.url,
      status: 'accepted',
      step: 1,
      body: '{"status":"accepted"}',
    });
    const entries = journal.query({ deliveryId: result.deliveryId });
    faults += entries.filter((e) => e.outcome !== 'delivered').length;
    return { entries, server, outcome: result.outcome };
  }

  function expectGivenUp(entries: JournalEntry[]): void {
    expect(entries.map((e) => e.outcome)).toEqual([
      ...Array<string>(RETRIES).fill('retrying'),
      'failed',
    ]);
    expect(entries.map((e) => e.attempt)).toEqual([1, 2, 3]);
  }

  it('journals a refused connection as an error and gives up after the configured retries', async () => {
    start();
    const url = await refusedUrl();
    const result = await dispatcher.enqueue({
      orderId: 'o-1',
      url,
      status: 'accepted',
      step: 1,
      body: '{}',
    });
    const entries = journal.query({ deliveryId: result.deliveryId });
    faults += entries.length;
    expect(result.outcome).toBe('failed');
    expectGivenUp(entries);
    for (const e of entries) {
      expect(e.error?.code).toBe('ECONNREFUSED');
      expect(e.responseStatus).toBeUndefined();
    }
  });

  it('journals a connection reset mid-answer as an error and retries it', async () => {
    const { entries, server, outcome } = await deliverTo('reset-mid-answer');
    expect(outcome).toBe('failed');
    expectGivenUp(entries);
    expect(server.hits()).toBe(RETRIES + 1);
    for (const e of entries) expect(e.error?.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  });

  it('journals a receiver that never answers as a timeout and retries it', async () => {
    const { entries, outcome } = await deliverTo('hang', TIMEOUT_MS);
    expect(outcome).toBe('failed');
    expectGivenUp(entries);
    for (const e of entries) expect(e.error?.code).toBe('TIMEOUT');
  });

  it('journals headers that trickle in slower than the timeout as a timeout', async () => {
    const { entries, outcome } = await deliverTo('slow-headers', TIMEOUT_MS);
    expect(outcome).toBe('failed');
    expectGivenUp(entries);
    for (const e of entries) expect(e.error?.code).toBe('TIMEOUT');
  });

  it('journals an answer that is not HTTP as an error and retries it', async () => {
    const { entries, outcome } = await deliverTo('garbage');
    expect(outcome).toBe('failed');
    expectGivenUp(entries);
    for (const e of entries) expect(e.error?.code).toBeDefined();
  });

  it('retries a 500 and journals each answer status', async () => {
    const { entries, outcome } = await deliverTo({ status: 500, body: '{"error":"boom"}' });
    expect(outcome).toBe('failed');
    expectGivenUp(entries);
    for (const e of entries) {
      expect(e.responseStatus).toBe(500);
      expect(e.responseBody).toBe('{"error":"boom"}');
    }
  });

  it('waits the Retry-After of a 503 before the next attempt, then delivers', async () => {
    const { entries, outcome } = await deliverTo((hit) =>
      hit === 0 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 200 },
    );
    expect(outcome).toBe('delivered');
    expect(entries.map((e) => [e.responseStatus, e.outcome])).toEqual([
      [503, 'retrying'],
      [200, 'delivered'],
    ]);
    const gap = Date.parse(entries[1]!.at) - Date.parse(entries[0]!.at);
    expect(gap).toBeGreaterThanOrEqual(900); // asked for 1 s; backoff alone would be ≤ 20 ms
  });

  it('waits the Retry-After of a 429, then delivers', async () => {
    const { entries, outcome } = await deliverTo((hit) =>
      hit === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 204 },
    );
    expect(outcome).toBe('delivered');
    expect(entries.map((e) => [e.responseStatus, e.outcome])).toEqual([
      [429, 'retrying'],
      [204, 'delivered'],
    ]);
    expect(Date.parse(entries[1]!.at) - Date.parse(entries[0]!.at)).toBeGreaterThanOrEqual(900);
  });

  it('does not retry a 410: the receiver said the URL is gone', async () => {
    const { entries, server, outcome } = await deliverTo({ status: 410 });
    expect(outcome).toBe('failed');
    expect(entries.map((e) => [e.attempt, e.responseStatus, e.outcome])).toEqual([
      [1, 410, 'failed'],
    ]);
    expect(server.hits()).toBe(1);
  });

  it('does not follow a 301 redirect and does not count it as delivered', async () => {
    const elsewhere = await startHostileServer({ status: 200 });
    servers.push(elsewhere);
    const { entries, outcome } = await deliverTo({
      status: 301,
      headers: { location: elsewhere.url },
    });
    expect(outcome).toBe('failed');
    expect(entries.map((e) => [e.attempt, e.responseStatus, e.outcome])).toEqual([
      [1, 301, 'failed'],
    ]);
    expect(elsewhere.hits()).toBe(0);
  });

  it('reads only the first 2 KiB of an endless answer and still counts the 200', async () => {
    const { entries, outcome } = await deliverTo('endless-body');
    expect(outcome).toBe('delivered');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.responseStatus).toBe(200);
    expect(entries[0]!.responseBody.length).toBeLessThanOrEqual(2048);
    expect(entries[0]!.responseBody.length).toBeGreaterThan(0);
  });

  it('keeps the deliveries of one URL in order while the first one is being retried', async () => {
    start();
    const server = await startHostileServer((hit) => (hit < 2 ? { status: 500 } : { status: 200 }));
    servers.push(server);
    const results = await Promise.all(
      ['accepted', 'in_production', 'logistics'].map((status, step) =>
        dispatcher.enqueue({ orderId: 'o-2', url: server.url, status, step, body: '{}' }),
      ),
    );
    faults += 2;
    expect(results.map((r) => r.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(journal.query().map((e) => [e.status, e.attempt, e.outcome])).toEqual([
      ['accepted', 1, 'retrying'],
      ['accepted', 2, 'retrying'],
      ['accepted', 3, 'delivered'],
      ['in_production', 1, 'delivered'],
      ['logistics', 1, 'delivered'],
    ]);
  });
});
