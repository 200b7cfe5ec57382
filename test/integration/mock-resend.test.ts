import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/delivery/index.js';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

const journal = async (m: RunningMock, query: string): Promise<JournalEntry[]> =>
  ((await getJson(`${m.url}/__mock/deliveries?${query}`)).body as { deliveries: JournalEntry[] })
    .deliveries;

describe('POST /__mock/deliveries/{id}/resend', () => {
  it('sends the same bytes to the same URL again, journaled as the next attempt of that delivery', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 0, scenario: 'test-order', rateLimit: 0 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'r-1', callbackUrls: [`${rx.url}/cb`] }));
    await mock.idle();
    const [queued] = await journal(mock, 'order=r-1&status=queued');
    const before = rx.calls.length;
    const answer = await postJson(
      `${mock.url}/__mock/deliveries/${queued!.deliveryId}/resend`,
      '',
      { 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({
      delivery: queued!.deliveryId,
      url: `${rx.url}/cb`,
      resent: true,
    });
    const calls = await rx.waitFor(before + 1);
    expect(calls[before]!.body).toBe(queued!.requestBody);
    expect(calls[before]!.path).toBe('/cb');
    await mock.idle();
    const entries = await journal(mock, 'order=r-1&status=queued');
    expect(entries.map((e) => [e.deliveryId, e.attempt, e.resend ?? false])).toEqual([
      [queued!.deliveryId, 1, false],
      [queued!.deliveryId, 2, true],
    ]);
  });

  it('makes one attempt only, even when the receiver fails again', async () => {
    rx = await startTestReceiver(() => ({ status: 503, body: 'down' }));
    mock = await startMock({
      port: 0,
      stepDelayMs: 0,
      scenario: 'test-order',
      retries: 1,
      retryBaseMs: 1,
      rateLimit: 0,
    });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'r-2', callbackUrls: [rx.url] }));
    await mock.idle();
    const [first] = await journal(mock, 'order=r-2&status=queued');
    const before = rx.calls.length;
    await postJson(`${mock.url}/__mock/deliveries/${first!.deliveryId}/resend`, '', {
      'content-type': 'application/json',
    });
    await rx.waitFor(before + 1);
    await mock.idle();
    const entries = await journal(mock, 'order=r-2&status=queued');
    // Two attempts from the scenario (retries: 1), then exactly one resend.
    expect(entries.map((e) => [e.attempt, e.outcome, e.resend ?? false])).toEqual([
      [1, 'retrying', false],
      [2, 'failed', false],
      [3, 'failed', true],
    ]);
    expect(rx.calls.length).toBe(before + 1);
  });

  it('answers 404 in the error shape for a delivery the journal does not have', async () => {
    mock = await startMock({ port: 0, rateLimit: 0 });
    const answer = await postJson(`${mock.url}/__mock/deliveries/dlv_nope/resend`, '', {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ status: 'error', reason: 'unknown_delivery' });
  });
});

describe('the journal', () => {
  it("keeps an answer's headers, at most 32, each cut at 256 characters, credentials redacted", async () => {
    const many: Record<string, string> = {
      'set-cookie': 'session=secret',
      'x-long': 'v'.repeat(1000),
    };
    for (let i = 0; i < 40; i++) many[`x-h${String(i).padStart(2, '0')}`] = String(i);
    rx = await startTestReceiver(() => ({ status: 200, headers: many, body: '{}' }));
    mock = await startMock({ port: 0, stepDelayMs: 0, scenario: 'test-order', rateLimit: 0 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'h-1', callbackUrls: [rx.url] }));
    await mock.idle();
    const [entry] = await journal(mock, 'order=h-1&status=queued');
    const headers = entry!.responseHeaders!;
    expect(Object.keys(headers).length).toBe(32);
    expect(headers['set-cookie']).toBe('[redacted]');
    expect(headers['x-long']).toHaveLength(257); // 256 and an ellipsis
    expect(headers['content-type']).toBe('application/json');
  });
});
