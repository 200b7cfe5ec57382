import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockEngineOf, startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import type { MockNotice } from '../../src/mock/engine/notices.js';
import { SqliteOrderStore } from '../../src/mock/store/sqlite-store.js';
import { failingDatabase, sqliteError } from '../support/failing-sqlite.js';
import type { WriteFault } from '../support/failing-sqlite.js';
import { postJson, shopOrder } from '../support/mock-orders.js';

let dir: string;
let file: string;
let mock: RunningMock | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-faults-'));
  file = join(dir, 'mock.db');
});
afterEach(async () => {
  await mock?.close();
  mock = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The mock on a store whose writes fail while `fault.error` is set (retried every 20 ms). */
async function mockOnFailingStore(fault: WriteFault): Promise<RunningMock> {
  const store = new SqliteOrderStore(file, { open: (f) => failingDatabase(f, fault), retryMs: 20 });
  mock = await startMock({ port: 0, rateLimit: 0, manual: true, store });
  return mock;
}

const health = (m: RunningMock) => fetch(`${m.url}/__mock/health`);

describe('a store that cannot write', () => {
  it('answers new posts 503 store_unavailable naming the file, keeps serving, and loses nothing it accepted once writes succeed again', async () => {
    const fault: WriteFault = { error: undefined };
    const m = await mockOnFailingStore(fault);
    const notices: MockNotice[] = [];
    mockEngineOf(m.server).notices.subscribe((n) => notices.push(n));
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'before' }))).status).toBe(202);

    fault.error = sqliteError('SQLITE_FULL', 'database or disk is full');
    const during = await postJson(`${m.url}/order`, shopOrder({ id: 'during' }));
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('1');
    expect(during.body).toMatchObject({ status: 'error', reason: 'store_unavailable' });
    expect((during.body as { message: string }).message).toContain(`sqlite:${file}`);
    expect((during.body as { message: string }).message).toContain('SQLITE_FULL');

    // A step of an order taken before: its write fails in a background flush, which used to
    // throw out of the flush and end the process.
    const advanced = await fetch(`${m.url}/__mock/orders/before/advance`, { method: 'POST' });
    expect(advanced.status).toBe(202);
    const sick = await health(m);
    expect(sick.status).toBe(503);
    const sickBody = (await sick.json()) as { status: string; message: string; reason: string };
    expect(sickBody).toMatchObject({ status: 'error', reason: 'store_unavailable' });
    expect(sickBody.message).toContain(`sqlite:${file}`);

    // Still serving: reads answer, and a post is refused before anything is taken.
    const status = await postJson(`${m.url}/order/status`, { orders: [{ id: 'before' }] });
    expect(status.status).toBe(200);
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'during' }))).status).toBe(503);
    expect(m.orders.list().map((o) => o.key)).toEqual(['before']);

    fault.error = undefined;
    await vi.waitFor(async () => expect((await health(m)).status).toBe(200), { timeout: 10_000 });
    // The post that got a 503 was not taken: posted again, it is a new order, not a duplicate.
    const again = await postJson(`${m.url}/order`, shopOrder({ id: 'during' }));
    expect(again.status).toBe(202);
    expect(m.orders.get('during')?.scenario).toBe('happy-path');
    expect(notices.map((n) => n.kind)).toEqual(['store-unavailable', 'store-recovered']);
    expect(notices[0]?.message).toContain(`sqlite:${file}`);
    await m.close();
    mock = undefined;

    const reopened = new SqliteOrderStore(file);
    try {
      expect(reopened.list().map((o) => o.key)).toEqual(['before', 'during']);
      // The step written while the store failed was kept and written on recovery.
      expect(reopened.get('before')?.history.map((h) => h.label)).toEqual(['queued']);
    } finally {
      reopened.close();
    }
  });

  it.each([
    ['SQLITE_IOERR_WRITE', 'disk I/O error'],
    ['SQLITE_READONLY', 'attempt to write a readonly database'],
  ])(
    'keeps serving when a background write fails with %s, and writes it once the store works again',
    async (code, message) => {
      const fault: WriteFault = { error: undefined };
      const m = await mockOnFailingStore(fault);
      expect((await postJson(`${m.url}/order`, shopOrder({ id: 'taken' }))).status).toBe(202);
      fault.error = sqliteError(code, message);
      // The step's write fails in a background flush (no post waits for it).
      expect((await fetch(`${m.url}/__mock/orders/taken/advance`, { method: 'POST' })).status).toBe(
        202,
      );
      await vi.waitFor(async () => expect((await health(m)).status).toBe(503));
      const sick = (await (await health(m)).json()) as { message: string };
      expect(sick.message).toContain(`sqlite:${file}`);
      expect(sick.message).toContain(code);
      fault.error = undefined;
      await vi.waitFor(async () => expect((await health(m)).status).toBe(200), { timeout: 10_000 });
      await m.close();
      mock = undefined;
      const reopened = new SqliteOrderStore(file);
      try {
        expect(reopened.get('taken')?.history.map((h) => h.label)).toEqual(['queued']);
      } finally {
        reopened.close();
      }
    },
  );

  it('refuses a second store on the same file at open, naming the file and the process holding it, and the first keeps writing', async () => {
    const first = new SqliteOrderStore(file);
    try {
      expect(() => new SqliteOrderStore(file)).toThrow(
        `sqlite:${file}: in use by this process (${process.pid})`,
      );
      const m = await startMock({ port: 0, rateLimit: 0, manual: true, store: first });
      mock = m;
      expect((await postJson(`${m.url}/order`, shopOrder({ id: 'still' }))).status).toBe(202);
    } finally {
      await mock?.close();
      mock = undefined;
    }
    const reopened = new SqliteOrderStore(file);
    expect(reopened.list().map((o) => o.key)).toEqual(['still']);
    reopened.close();
  });
});
