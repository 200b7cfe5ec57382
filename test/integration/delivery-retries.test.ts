import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { Journal } from '../../src/delivery/journal.js';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { Respond, TestReceiver } from '../support/mock-receiver.js';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (opened.length > 0) await opened.pop()?.close();
});

async function receiver(respond?: Respond): Promise<TestReceiver> {
  const rx = await startTestReceiver(respond);
  opened.push(rx);
  return rx;
}

async function dispatcher(
  options: ConstructorParameters<typeof Dispatcher>[0] = {},
): Promise<Dispatcher> {
  const d = new Dispatcher({ retryPolicy: { baseDelayMs: 10 }, ...options });
  opened.push(d);
  return d;
}

const delivery = (url: string, status = 'accepted', body = '{"status":"accepted"}') => ({
  orderId: 'o-1',
  url,
  status,
  step: 0,
  body,
});

describe('delivery retries against real receivers', () => {
  it('retries after a 500 and records the delivery once the receiver recovers', async () => {
    const rx = await receiver((_c, n) => ({
      status: n < 2 ? 500 : 200,
      body: n < 2 ? 'boom' : 'ok',
    }));
    const d = await dispatcher();
    const result = await d.enqueue(delivery(rx.url));
    expect(result).toMatchObject({ outcome: 'delivered', attempts: 3 });
    const entries = d.journal.query({ deliveryId: result.deliveryId });
    expect(entries.map((e) => [e.attempt, e.responseStatus, e.outcome])).toEqual([
      [1, 500, 'retrying'],
      [2, 500, 'retrying'],
      [3, 200, 'delivered'],
    ]);
    expect(entries[0]?.responseBody).toBe('boom');
    // Every attempt sends the same bytes.
    expect(new Set(rx.calls.map((c) => c.body))).toEqual(new Set(['{"status":"accepted"}']));
  });

  it('waits for Retry-After after a 429 before trying again', async () => {
    const rx = await receiver((_c, n) =>
      n === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 204 },
    );
    const d = await dispatcher({ retryPolicy: { baseDelayMs: 1 } });
    const started = Date.now();
    const result = await d.enqueue(delivery(rx.url));
    expect(result).toMatchObject({ outcome: 'delivered', attempts: 2 });
    // Retry-After: 1 asks for a second; the policy's own wait would have been 1 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not retry a 410: the delivery fails after one attempt', async () => {
    const rx = await receiver(() => ({ status: 410, body: 'gone' }));
    const d = await dispatcher();
    const result = await d.enqueue(delivery(rx.url));
    expect(result).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(rx.calls).toHaveLength(1);
  });

  it('gives up after the configured retries when nothing listens, recording the connection error', async () => {
    const d = await dispatcher({ retries: 2 });
    const result = await d.enqueue(delivery(await refusedUrl()));
    expect(result).toMatchObject({ outcome: 'failed', attempts: 3 });
    expect(result.last?.error?.code).toBe('ECONNREFUSED');
    expect(result.last?.responseStatus).toBeUndefined();
  });

  it('times out a receiver that does not answer and retries it', async () => {
    // The first attempt is never answered; the timeout is long enough that the second, answered
    // at once, does not run into it on a busy machine.
    const rx = await receiver((_c, n) => (n === 0 ? new Promise(() => {}) : { status: 200 }));
    const d = await dispatcher({ timeoutMs: 1_000 });
    const result = await d.enqueue(delivery(rx.url));
    expect(result).toMatchObject({ outcome: 'delivered', attempts: 2 });
    expect(d.journal.query()[0]?.error?.code).toBe('TIMEOUT');
  });

  it('keeps one URL in order: the next delivery waits until the previous one is answered', async () => {
    const rx = await receiver((call) =>
      call.body === '1'
        ? new Promise((resolve) => setTimeout(() => resolve({ status: 200 }), 150))
        : { status: 200 },
    );
    const d = await dispatcher();
    const all = ['1', '2', '3'].map((body) => d.enqueue(delivery(rx.url, 'x', body)));
    await Promise.all(all);
    expect(rx.calls.map((c) => c.body)).toEqual(['1', '2', '3']);
  });

  it('redacts credentials of extra headers in the journal but sends them', async () => {
    const rx = await receiver();
    const d = await dispatcher();
    await d.enqueue({
      ...delivery(rx.url),
      headers: { Authorization: 'Bearer s3cret', 'X-Shop': 'a' },
    });
    expect(rx.calls[0]?.headers.authorization).toBe('Bearer s3cret');
    const entry = d.journal.query()[0];
    expect(entry?.requestHeaders).toMatchObject({ authorization: '[redacted]', 'x-shop': 'a' });
  });

  it('keeps only the newest attempts when the journal is full', async () => {
    const rx = await receiver();
    const d = await dispatcher({ journal: new Journal(3) });
    for (let i = 0; i < 5; i++) await d.enqueue(delivery(rx.url, `s${i}`, String(i)));
    expect(d.journal.query().map((e) => e.status)).toEqual(['s2', 's3', 's4']);
    expect(d.journal.total).toBe(5);
  });
});

describe('the mock retries its callbacks', () => {
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  it('redelivers a step to a receiver that fails then recovers, and the next steps wait for it', async () => {
    let failures = 2;
    const rx = await receiver((call) => {
      const status = (call.json as { status: string }).status;
      if (status === 'accepted' && failures > 0) {
        failures--;
        return { status: 503 };
      }
      return { status: 200 };
    });
    mock = await startMock({ port: 0, stepDelayMs: 1, retryBaseMs: 20, scenario: 'canceled' });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'r-1', callbackUrls: [rx.url] }));
    await mock.idle();
    expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([
      'queued',
      'accepted',
      'accepted',
      'accepted',
      'canceled',
    ]);
    const attempts = mock.journal.query({ order: 'r-1', status: 'accepted' });
    expect(attempts.map((a) => a.outcome)).toEqual(['retrying', 'retrying', 'delivered']);
    const order = mock.orders.get('r-1');
    expect(order?.deliveries.map((d) => [d.status, d.outcome, d.attempts])).toEqual([
      ['queued', 'delivered', 1],
      ['accepted', 'delivered', 3],
      ['canceled', 'delivered', 1],
    ]);
  });

  it('does not retry a 410 from the receiver and records the delivery as failed', async () => {
    const rx = await receiver(() => ({ status: 410 }));
    mock = await startMock({ port: 0, stepDelayMs: 1, scenario: 'test-order' });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'g-1', callbackUrls: [rx.url] }));
    await mock.idle();
    expect(rx.calls).toHaveLength(2);
    const failed = await fetch(`${mock.url}/__mock/deliveries?order=g-1&outcome=failed`).then((r) =>
      r.json(),
    );
    expect(
      (failed as { deliveries: { status: string }[] }).deliveries.map((d) => d.status),
    ).toEqual(['queued', 'canceled']);
  });
});
