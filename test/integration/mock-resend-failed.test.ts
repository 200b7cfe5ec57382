import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/delivery/index.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

const JSON_HEADERS = { 'content-type': 'application/json' };

const journal = async (m: RunningMock, query: string): Promise<JournalEntry[]> =>
  ((await getJson(`${m.url}/__mock/deliveries?${query}`)).body as { deliveries: JournalEntry[] })
    .deliveries;

describe('POST /__mock/orders/{id}/resend-failed', () => {
  it('resends every delivery of the order whose last attempt failed, and only those, as resend attempts', async () => {
    // The shop's receiver is down (every attempt of the order's callbacks fails), then answers;
    // a second order on the same receiver is not touched.
    let down = true;
    rx = await startTestReceiver(() => (down ? { status: 500, body: 'down' } : { status: 200 }));
    mock = await startMock({
      port: 0,
      stepDelayMs: 0,
      scenario: 'test-order', // queued, then canceled
      retries: 1,
      retryBaseMs: 1,
      rateLimit: 0,
    });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'rf-1', callbackUrls: [`${rx.url}/cb`] }));
    await mock.idle();
    const failed = (await journal(mock, 'order=rf-1')).filter((e) => e.outcome === 'failed');
    expect(failed.map((e) => e.status)).toEqual(['queued', 'canceled']);
    down = false;
    await postJson(`${mock.url}/order`, shopOrder({ id: 'rf-2', callbackUrls: [`${rx.url}/cb`] }));
    await mock.idle();

    const before = rx.calls.length;
    const answer = await postJson(`${mock.url}/__mock/orders/rf-1/resend-failed`, {}, JSON_HEADERS);
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      order: 'rf-1',
      resent: failed.map((e) => ({
        delivery: e.deliveryId,
        url: `${rx!.url}/cb`,
        status: e.status,
      })),
    });
    const calls = await rx.waitFor(before + failed.length);
    expect(calls.slice(before).map((c) => c.body)).toEqual(failed.map((e) => e.requestBody));
    await mock.idle();
    const after = await journal(mock, 'order=rf-1');
    for (const f of failed) {
      const last = after.filter((e) => e.deliveryId === f.deliveryId).at(-1)!;
      expect(last).toMatchObject({ resend: true, outcome: 'delivered', attempt: f.attempt + 1 });
    }
    // Nothing failed any more: a second call resends nothing.
    const again = await postJson(`${mock.url}/__mock/orders/rf-1/resend-failed`, {}, JSON_HEADERS);
    expect(again.body).toEqual({ order: 'rf-1', resent: [] });
    expect((await journal(mock, 'order=rf-2')).every((e) => !e.resend)).toBe(true);
  });

  it('answers 404 unknown_order for an order the mock does not have', async () => {
    mock = await startMock({ port: 0, rateLimit: 0 });
    const answer = await postJson(`${mock.url}/__mock/orders/nope/resend-failed`, {}, JSON_HEADERS);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ status: 'error', message: "No order 'nope'" });
  });

  it('needs the admin token when the mock has one, as every admin route', async () => {
    mock = await startMock({ port: 0, rateLimit: 0, adminToken: 'tok-123' });
    const refused = await postJson(`${mock.url}/__mock/orders/x/resend-failed`, {}, JSON_HEADERS);
    expect(refused.status).toBe(401);
    const allowed = await postJson(
      `${mock.url}/__mock/orders/x/resend-failed`,
      {},
      {
        ...JSON_HEADERS,
        'x-probo-mock-admin-token': 'tok-123',
      },
    );
    expect(allowed.status).toBe(404); // through the guard, to the route: no such order
  });
});

describe('the journal of a retried delivery', () => {
  it("says when the next attempt is due: the receiver's Retry-After after the attempt", async () => {
    rx = await startTestReceiver((_call, n) =>
      n === 0 ? { status: 503, headers: { 'retry-after': '2' }, body: 'busy' } : { status: 200 },
    );
    mock = await startMock({ port: 0, stepDelayMs: 0, scenario: 'test-order', rateLimit: 0 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'nx-1', callbackUrls: [`${rx.url}/cb`] }));
    await mock.idle();
    const [first, second] = await journal(mock, 'order=nx-1&status=queued');
    expect(first).toMatchObject({ outcome: 'retrying', attempt: 1 });
    const due = Date.parse(first!.nextAttemptAt!) - Date.parse(first!.at);
    expect(due).toBeGreaterThanOrEqual(1_990);
    expect(due).toBeLessThanOrEqual(2_100);
    // The next attempt came no earlier than said, and a final attempt names no next one.
    expect(Date.parse(second!.at)).toBeGreaterThanOrEqual(Date.parse(first!.nextAttemptAt!) - 5);
    expect(second).toMatchObject({ outcome: 'delivered', attempt: 2 });
    expect(second!.nextAttemptAt).toBeUndefined();
  });
});
