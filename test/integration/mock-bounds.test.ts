// Memory bounded whatever receivers do, counted (no timing): the pending-delivery bound answers
// new posts 503 with Retry-After, and past the order limit finished orders are forgotten, oldest
// first, with their journal entries.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mockEngineOf, openOrderStore, startMock } from '../../src/mock/index.js';
import type { MockOptions, RunningMock } from '../../src/mock/index.js';
import type { MockNotice } from '../../src/mock/engine/notices.js';
import { SqliteOrderStore } from '../../src/mock/store/sqlite-store.js';
import type { OrderPost } from '../../src/generated/types.js';
import { ORDERABLE_BANNER, postJson, shopOrder } from '../support/mock-orders.js';
import type { JsonAnswer } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
let dir: string | undefined;

afterEach(async () => {
  await mock?.close();
  mock = undefined;
  await rx?.close();
  rx = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function start(options: MockOptions): Promise<RunningMock> {
  mock = await startMock({ port: 0, rateLimit: 0, stepDelayMs: 0, ...options });
  return mock;
}

describe('the pending-delivery bound (--max-pending)', () => {
  it("answers a post that would pass it 503 with Retry-After in Probo's shape, saying why, and takes posts again once deliveries are made", async () => {
    // A receiver that accepts and does not answer until the test lets go.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    rx = await startTestReceiver(async () => {
      await released;
      return { status: 200, body: '{}' };
    });
    const m = await start({ maxPending: 20, timeoutMs: 60_000 });
    const notices: MockNotice[] = [];
    mockEngineOf(m.server).notices.subscribe((n) => notices.push(n));
    // happy-path: 8 steps, to 2 URLs: 16 deliveries.
    const urls = [`${rx.url}/a`, `${rx.url}/b`];
    expect(
      (await postJson(`${m.url}/order`, shopOrder({ id: 'first', callbackUrls: urls }))).status,
    ).toBe(202);

    for (const id of ['second', 'third']) {
      const refused = await postJson(`${m.url}/order`, shopOrder({ id, callbackUrls: urls }));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(refused.body).toMatchObject({ status: 'error', reason: 'too_many_pending' });
      expect((refused.body as { message: string }).message).toMatch(
        /16 deliveries are not yet made and this order adds 16, past the mock's bound of 20 \(--max-pending\)/,
      );
    }
    expect(m.orders.list().map((o) => o.key)).toEqual(['first']);
    // An order with no callback URLs adds no delivery: taken.
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'quiet' }))).status).toBe(202);
    const health = (await (await fetch(`${m.url}/__mock/health`)).json()) as Record<string, number>;
    expect(health).toMatchObject({ pending: 16, maxPending: 20 });

    release();
    await m.idle();
    expect(rx.calls).toHaveLength(16);
    expect(
      (await postJson(`${m.url}/order`, shopOrder({ id: 'second', callbackUrls: urls }))).status,
    ).toBe(202);
    expect(notices.map((n) => n.kind)).toEqual(['pending-limit', 'pending-limit']);
    expect(notices[0]?.message).toContain('order posts get 503');
    expect(notices[1]?.message).toContain('taking order posts again');
    expect(notices[1]?.message).toContain('2 posts were refused');
  });

  it('says so when one order alone makes more deliveries than the bound', async () => {
    const m = await start({ maxPending: 20 });
    const urls = ['a', 'b', 'c'].map((p) => `http://127.0.0.1:9/${p}`);
    const refused = await postJson(
      `${m.url}/order`,
      shopOrder({ id: 'alone', callbackUrls: urls }),
    );
    expect(refused.status).toBe(503);
    expect((refused.body as { message: string }).message).toContain(
      "this order alone makes 24 deliveries (steps × callback URLs), more than the mock's bound of 20 (--max-pending)",
    );
  });

  it('does not count held --manual steps: such posts are taken past the bound', async () => {
    rx = await startTestReceiver();
    const m = await start({ manual: true, maxPending: 3 });
    const urls = [`${rx.url}/a`, `${rx.url}/b`];
    for (let i = 0; i < 5; i++)
      expect(
        (await postJson(`${m.url}/order`, shopOrder({ id: `held-${i}`, callbackUrls: urls })))
          .status,
      ).toBe(202);
    expect(mockEngineOf(m.server).bounds.budget.pending).toBe(0);
  });
});

describe('the order limit (--order-limit)', () => {
  it('forgets finished orders past it, oldest first, with their journal entries', async () => {
    rx = await startTestReceiver();
    const m = await start({ orderLimit: 3 });
    for (let i = 1; i <= 5; i++) {
      expect(
        (await postJson(`${m.url}/order`, shopOrder({ id: `o${i}`, callbackUrls: [rx.url] })))
          .status,
      ).toBe(202);
      await m.idle();
    }
    expect(m.orders.list().map((o) => o.key)).toEqual(['o3', 'o4', 'o5']);
    expect(new Set(m.journal.query().map((e) => e.orderKey))).toEqual(new Set(['o3', 'o4', 'o5']));
    expect(m.journal.query({ order: 'o1' })).toEqual([]);
    expect((await fetch(`${m.url}/__mock/orders/o1`)).status).toBe(404);
    expect(rx.calls).toHaveLength(40); // every callback of every order was made
    // A forgotten id is free again: posted anew it is a new order, not a duplicate.
    expect(
      (await postJson(`${m.url}/order`, shopOrder({ id: 'o1', callbackUrls: [rx.url] }))).status,
    ).toBe(202);
    await m.idle();
    expect(m.orders.get('o1')?.scenario).toBe('happy-path');
    expect(m.journal.query({ orderKey: 'o1' })).toHaveLength(8);
  });

  it('never forgets an order that is not finished', async () => {
    const m = await start({ manual: true, orderLimit: 2 });
    for (let i = 0; i < 4; i++)
      expect((await postJson(`${m.url}/order`, shopOrder({ id: `wait-${i}` }))).status).toBe(202);
    expect(m.orders.list()).toHaveLength(4);
  });

  it('forgets them in the SQLite file too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'probo-mock-bounds-'));
    const file = join(dir, 'mock.db');
    rx = await startTestReceiver();
    const m = await start({ orderLimit: 2, store: await openOrderStore(`sqlite:${file}`) });
    for (let i = 1; i <= 4; i++) {
      await postJson(`${m.url}/order`, shopOrder({ id: `s${i}`, callbackUrls: [rx.url] }));
      await m.idle();
    }
    await m.close();
    mock = undefined;
    const store = new SqliteOrderStore(file);
    try {
      expect(store.list().map((o) => o.key)).toEqual(['s3', 's4']);
      expect(new Set(store.journalEntries(100).map((e) => e.orderKey))).toEqual(
        new Set(['s3', 's4']),
      );
    } finally {
      store.close();
    }
  });
});

/** An order whose one product waits for an uploader session (`"uploader": true`, no files). */
function uploaderOrder(id: string): OrderPost {
  const order = shopOrder({ id });
  order.products = [{ code: 'banner-510', options: order.products[0]!.options!, uploader: true }];
  return order;
}

/** The session URL the 202 of an uploader order carries. */
function sessionOf(answer: JsonAnswer): { id: number; token: string } {
  const [session] = (answer.body as { uploaders: Array<{ id: number; url: string }> }).uploaders;
  return { id: session!.id, token: new URL(session!.url).searchParams.get('token')! };
}

async function confirmUpload(base: string, session: { id: number; token: string }) {
  return fetch(`${base}/uploader/${session.id}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: session.token, file_name: 'banner.pdf' }),
  });
}

/** The sessions `GET /__mock/uploaders` lists: id and the order waiting for it (null: none). */
async function uploaderSessions(
  base: string,
): Promise<Array<{ id: number; order: string | null }>> {
  const answer = await fetch(`${base}/__mock/uploaders`);
  const { sessions } = (await answer.json()) as {
    sessions: Array<{ id: number; orderKey?: string }>;
  };
  return sessions.map((s) => ({ id: s.id, order: s.orderKey ?? null }));
}

describe('the uploader sessions kept (--order-limit)', () => {
  it('forgets the sessions of orders forgotten past the order limit, keeps as many sessions without an order as the limit, and a live order still takes its upload', async () => {
    const m = await start({ orderLimit: 3 });
    for (let i = 1; i <= 5; i++) {
      const posted = await postJson(`${m.url}/order`, uploaderOrder(`up${i}`));
      expect(posted.status).toBe(202);
      expect((await confirmUpload(m.url, sessionOf(posted))).status).toBe(200);
      await m.idle();
    }
    expect(m.orders.list().map((o) => o.key)).toEqual(['up3', 'up4', 'up5']);
    expect((await uploaderSessions(m.url)).map((s) => s.order)).toEqual(['up3', 'up4', 'up5']);

    // An order waiting for its upload, then many sessions no order names.
    const live = await postJson(`${m.url}/order`, uploaderOrder('live'));
    expect(live.status).toBe(202);
    const configured = await postJson(`${m.url}/products/configure`, {
      products: [ORDERABLE_BANNER],
    });
    const calculation_id = (configured.body as { calculation_id: number }).calculation_id;
    expect(calculation_id, configured.text).toEqual(expect.any(Number));
    const loose: number[] = [];
    for (let i = 0; i < 8; i++) {
      const created = await postJson(`${m.url}/products/uploader/create`, { calculation_id });
      expect(created.status, created.text).toBe(200);
      loose.push((created.body as { uploaders: Array<{ id: number }> }).uploaders[0]!.id);
    }
    const kept = await uploaderSessions(m.url);
    expect(kept.filter((s) => s.order === null).map((s) => s.id)).toEqual(loose.slice(-3));
    expect(kept.filter((s) => s.order !== null).map((s) => s.order)).toEqual([
      'up3',
      'up4',
      'up5',
      'live',
    ]);

    expect((await confirmUpload(m.url, sessionOf(live))).status).toBe(200);
    await m.idle();
    expect(m.orders.get('live')?.status).not.toBe('queued');
    expect(m.orders.get('live')?.pendingSteps).toBe(0);
  });
});

describe('the post text kept per order', () => {
  it('keeps a post of over 64 KiB cut down (strings to 1 KiB, lists to 100 items), its id and callback URLs whole; a smaller one as received', async () => {
    const m = await start({ manual: true });
    const big = {
      ...shopOrder({ id: 'huge', callbackUrls: ['http://127.0.0.1:9/a'] }),
      reference: 'R'.repeat(300_000),
    };
    const text = JSON.stringify(big);
    expect((await postJson(`${m.url}/order`, big)).status).toBe(202);
    const order = m.orders.get('huge');
    expect(order?.postCut).toBe(text.length);
    expect(order?.reference).toBe(`${'R'.repeat(1024)}…`);
    expect(order?.post.reference).toBe(order?.reference);
    expect(order?.post.id).toBe('huge');
    expect(order?.post.callback_urls).toEqual(['http://127.0.0.1:9/a']);
    expect(order?.post.products[0]?.code).toBe('banner-510');
    const admin = await (await fetch(`${m.url}/__mock/orders`)).text();
    expect(admin.length).toBeLessThan(16 * 1024);
    const status = await postJson(`${m.url}/order/status`, { orders: [{ id: 'huge' }] });
    expect(status.status).toBe(200);

    const fine = { ...shopOrder({ id: 'fine' }), reference: 'F'.repeat(10_000) };
    expect((await postJson(`${m.url}/order`, fine)).status).toBe(202);
    expect(m.orders.get('fine')?.post).toEqual(fine);
    expect(m.orders.get('fine')?.postCut).toBeUndefined();
  });
});
