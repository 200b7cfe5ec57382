import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/contract/statuses.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

interface ServerEvent {
  event: string;
  data: unknown;
}

/** Reads server-sent events off a real HTTP response, as an EventSource would. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: ServerEvent[] = [];
  const next = async (): Promise<ServerEvent | undefined> => {
    for (;;) {
      if (queue.length) return queue.shift();
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) queue.push({ event, data: JSON.parse(data) });
      }
    }
  };
  /** The next event named `name`, skipping others. */
  const until = async (name: string, accept: (data: never) => boolean = () => true) => {
    for (;;) {
      const e = await next();
      if (!e) throw new Error(`stream ended before a ${name} event`);
      if (e.event === name && accept(e.data as never)) return e.data;
    }
  };
  return { next, until, cancel: () => reader.cancel() };
}

describe('the inspector routes of a running mock', () => {
  let mock: RunningMock;
  let receiver: TestReceiver;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 5, rateLimit: 0 });
  });
  afterAll(async () => {
    await mock?.close();
    await receiver?.close();
  });

  it('serves the inspector page at / with its script and stylesheet', async () => {
    const page = await fetch(`${mock.url}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="/inspector/inspector.js">');
    for (const status of STATUSES) expect(html).toContain(`<option value="${status}">`);
    const js = await fetch(`${mock.url}/inspector/inspector.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain("new EventSource('/__mock/events')");
    expect((await fetch(`${mock.url}/inspector/other.js`)).status).toBe(404);
  });

  it('streams a snapshot, then the order and each delivery as they happen, uncompressed', async () => {
    const res = await fetch(`${mock.url}/__mock/events`, {
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('content-encoding') ?? 'identity').toBe('identity');
    const events = eventReader(res.body!);
    const snapshot = (await events.until('snapshot')) as {
      orders: unknown[];
      deliveries: unknown[];
    };
    expect(snapshot.orders).toEqual([]);

    const posted = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'sse-1', callbackUrls: [`${receiver.url}/hook`] }),
    );
    expect(posted.status).toBe(202);
    const created = (await events.until('order')) as { type: string; order: { key: string } };
    expect(created).toMatchObject({
      type: 'created',
      order: { key: 'sse-1', scenario: 'happy-path' },
    });
    expect(created.order).not.toHaveProperty('post');
    const seen: string[] = [];
    while (seen.length < 8) {
      const d = (await events.until('delivery')) as {
        orderKey: string;
        status: string;
        outcome: string;
      };
      expect(d).toMatchObject({ orderKey: 'sse-1', outcome: 'delivered' });
      seen.push(d.status);
    }
    expect(seen[0]).toBe('queued');
    expect(seen[7]).toBe('shipment_delivered');
    await events.cancel();
  });

  it('sends a reset event when the mock is reset', async () => {
    const res = await fetch(`${mock.url}/__mock/events`);
    const events = eventReader(res.body!);
    const snapshot = (await events.until('snapshot')) as { orders: Array<{ key: string }> };
    expect(snapshot.orders.map((o) => o.key)).toContain('sse-1');
    expect((await postJson(`${mock.url}/__mock/reset`, '')).status).toBe(200);
    await events.until('reset');
    await events.cancel();
  });

  it('serves the docs site under /docs/, redirecting /docs to it', async () => {
    const bare = await fetch(`${mock.url}/docs`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/docs/');
    const index = await fetch(`${mock.url}/docs/`);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await index.text();
    for (const status of STATUSES) expect(html).toContain(`id="status-${status}"`);
    const css = await fetch(`${mock.url}/docs/site.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const openapi = (await (await fetch(`${mock.url}/docs/openapi.json`)).json()) as {
      openapi: string;
    };
    expect(openapi.openapi).toBe('3.1.0');
    const page = await fetch(`${mock.url}/docs/messages/queued.html`);
    expect(await page.text()).toContain('QueuedCallback');
  });

  it('answers 404 for a docs path that is not in the site, also one climbing out of it', async () => {
    expect((await fetch(`${mock.url}/docs/nope.html`)).status).toBe(404);
    expect((await fetch(`${mock.url}/docs/..%2Fpackage.json`)).status).toBe(404);
  });
});

describe('stopping a mock with a browser connected', () => {
  it('ends the open event stream instead of waiting for the client', async () => {
    const mock = await startMock({ port: 0 });
    const res = await fetch(`${mock.url}/__mock/events`);
    const events = eventReader(res.body!);
    await events.until('snapshot');
    await mock.close();
    // The server ends the response cleanly (done), rather than cutting the connection.
    const drain = async (): Promise<string> => {
      try {
        while ((await events.next()) !== undefined);
        return 'ended';
      } catch {
        return 'cut';
      }
    };
    expect(await drain()).toBe('ended');
  });
});
