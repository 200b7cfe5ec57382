import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOrderStore, startMock } from '../../src/mock/index.js';
import type { OrderStore, RunningMock } from '../../src/mock/index.js';
import { SqliteOrderStore } from '../../src/mock/store/sqlite-store.js';
import { orderRecord } from '../support/mock-order-store-contract.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let dir: string;
let file: string;
let mocks: RunningMock[] = [];
let rx: TestReceiver | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-sqlite-'));
  file = join(dir, 'mock.db');
});
afterEach(async () => {
  for (const m of mocks) await m.close();
  mocks = [];
  await rx?.close();
  rx = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function mockOn(options: Parameters<typeof startMock>[0] = {}): Promise<RunningMock> {
  const store: OrderStore = await openOrderStore(`sqlite:${file}`);
  const mock = await startMock({ port: 0, rateLimit: 0, ...options, store });
  mocks.push(mock);
  return mock;
}

async function closeMock(mock: RunningMock): Promise<void> {
  await mock.close();
  mocks = mocks.filter((m) => m !== mock);
}

describe('the SQLite order store', () => {
  it('opens in WAL mode and keeps orders, duplicates and lookups across a reopen', async () => {
    const first = await mockOn({ manual: true });
    await postJson(`${first.url}/order`, shopOrder({ id: 'keep-1', reference: 'R-1' }));
    await postJson(`${first.url}/order`, shopOrder({ id: 'keep-1' }));
    await postJson(`${first.url}/order`, shopOrder({ id: 'keep-2' }));
    expect(existsSync(`${file}-wal`)).toBe(true);
    await closeMock(first);

    const store = new SqliteOrderStore(file);
    try {
      expect(store.list().map((o) => o.key)).toEqual(['keep-1', 'keep-1~dup1', 'keep-2']);
      expect(store.countById('keep-1')).toBe(2);
      expect(store.find({ reference: 'R-1' })?.key).toBe('keep-1');
      expect(store.get('keep-1~dup1')?.duplicateOf).toBe('keep-1');
    } finally {
      store.close();
    }
    const again = await mockOn({ manual: true });
    // A third post of the same id is still seen as a duplicate after the restart.
    await postJson(`${again.url}/order`, shopOrder({ id: 'keep-1' }));
    expect(again.orders.get('keep-1~dup2')?.scenario).toBe('duplicate-order');
  });

  it('keeps the journal across a restart, numbering on after it without reusing delivery ids', async () => {
    rx = await startTestReceiver();
    const first = await mockOn({ stepDelayMs: 0 });
    await postJson(`${first.url}/order`, shopOrder({ id: 'j-1', callbackUrls: [rx.url] }));
    await first.idle();
    const before = first.journal.query();
    expect(before).toHaveLength(8);
    await closeMock(first);

    const second = await mockOn({ stepDelayMs: 0 });
    expect(second.journal.query()).toEqual(before);
    await postJson(`${second.url}/order`, shopOrder({ id: 'j-2', callbackUrls: [rx.url] }));
    await second.idle();
    const after = second.journal.query();
    expect(after.map((e) => e.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(new Set(after.map((e) => e.deliveryId)).size).toBe(16);
  });

  it('keeps only the newest journal-limit entries in the file', async () => {
    rx = await startTestReceiver();
    const first = await mockOn({ stepDelayMs: 0, journalLimit: 5 });
    await postJson(`${first.url}/order`, shopOrder({ id: 'pruned', callbackUrls: [rx.url] }));
    await first.idle();
    await closeMock(first);
    const second = await mockOn({ stepDelayMs: 0, journalLimit: 5 });
    expect(second.journal.query().map((e) => e.seq)).toEqual([4, 5, 6, 7, 8]);
    await closeMock(second);
    const store = new SqliteOrderStore(file);
    try {
      expect(store.journalEntries(100).map((e) => e.seq)).toEqual([4, 5, 6, 7, 8]);
    } finally {
      store.close();
    }
  });

  it('plays the steps a held order had left after a restart', async () => {
    rx = await startTestReceiver();
    const first = await mockOn({ manual: true });
    await postJson(`${first.url}/order`, shopOrder({ id: 'held', callbackUrls: [rx.url] }));
    for (let i = 0; i < 3; i++)
      await fetch(`${first.url}/__mock/orders/held/advance`, { method: 'POST' });
    await rx.waitFor(3);
    await first.idle();
    await closeMock(first);

    const second = await mockOn({ manual: true });
    expect(second.orders.get('held')?.pendingSteps).toBe(5);
    const next = await fetch(`${second.url}/__mock/orders/held/advance`, { method: 'POST' });
    expect(await next.json()).toMatchObject({ step: { index: 3, status: 'logistics' } });
    await rx.waitFor(4);
    expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
    ]);
  });

  it('keeps a delivery waiting for a retry through a close, and delivers it after the restart', async () => {
    // The receiver stays up on its own port throughout (a freed port may be taken by anyone):
    // it turns the first mock away with a 503 asking for a 30 s wait, the second one it accepts.
    let up = false;
    rx = await startTestReceiver(() =>
      up ? { status: 200, body: '{}' } : { status: 503, headers: { 'retry-after': '30' } },
    );
    const first = await mockOn({ stepDelayMs: 0, retries: 3, retryBaseMs: 60_000 });
    await postJson(
      `${first.url}/order`,
      shopOrder({ id: 'waiting', callbackUrls: [rx.url] }),
      AUTH,
    );
    // The first attempt was turned away; the retry waits 30 s: close now.
    while (first.journal.query().length === 0) await new Promise((r) => setTimeout(r, 10));
    await closeMock(first);
    expect(first.journal.query().map((e) => [e.status, e.responseStatus, e.outcome])).toEqual([
      ['queued', 503, 'retrying'],
    ]);
    const turnedAway = rx.calls.length;
    expect(turnedAway).toBe(1);

    up = true;
    const second = await mockOn({ stepDelayMs: 0, retries: 3, retryBaseMs: 1 });
    await second.idle();
    expect(rx.calls.slice(turnedAway).map((c) => (c.json as { status: string }).status)).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
    const order = second.orders.get('waiting');
    expect(order?.deliveries.filter((d) => d.outcome === 'delivered')).toHaveLength(8);
  });

  it('opens a file written before schema versions: its orders stay (every key sees them) and evicting one deletes its journal entries', () => {
    const old = new Database(file);
    old.exec(`
      CREATE TABLE orders (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
      CREATE TABLE pending_deliveries (id INTEGER PRIMARY KEY, request TEXT NOT NULL);
      CREATE TABLE journal (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL);
      CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    `);
    for (const key of ['legacy', 'other'])
      old
        .prepare('INSERT INTO orders (key, record) VALUES (?, ?)')
        .run(key, JSON.stringify(orderRecord(key, key)));
    old
      .prepare('INSERT INTO journal (seq, entry) VALUES (1, ?)')
      .run(JSON.stringify({ seq: 1, orderKey: 'legacy' }));
    old
      .prepare('INSERT INTO journal (seq, entry) VALUES (2, ?)')
      .run(JSON.stringify({ seq: 2, orderKey: 'other' }));
    old.close();

    const store = new SqliteOrderStore(file);
    try {
      expect(store.list().map((o) => o.key)).toEqual(['legacy', 'other']);
      expect(store.find({ id: 'legacy' }, 't_0123456789abcdef')?.key).toBe('legacy');
      store.remove('legacy');
      store.flush();
      expect(store.journalEntries(10).map((e) => e.orderKey)).toEqual(['other']);
    } finally {
      store.close();
    }
    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(1);
      expect(check.prepare('SELECT key, tenant FROM orders').all()).toEqual([
        { key: 'other', tenant: null },
      ]);
    } finally {
      check.close();
    }
  });

  it('forgets everything in the file on reset', async () => {
    const first = await mockOn({ manual: true });
    await postJson(`${first.url}/order`, shopOrder({ id: 'gone' }));
    await fetch(`${first.url}/__mock/reset`, { method: 'POST' });
    await closeMock(first);
    const store = new SqliteOrderStore(file);
    try {
      expect(store.list()).toEqual([]);
      expect(store.pendingDeliveries()).toEqual([]);
      expect(store.journalEntries(10)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
