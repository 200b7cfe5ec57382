import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { mulberry32 } from '../../src/shared/seeded-random.js';
import { shopOrder } from '../support/mock-orders.js';

const ORDERS = 5_000;
const HAPPY_PATH = [
  'queued',
  'accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_scanned_by_carrier',
  'shipment_in_transit',
  'shipment_delivered',
];
const FAIL_RATE = 0.2;
/** The receiver never fails one delivery more often than this in a row, so 5 retries suffice. */
const MAX_FAILS_IN_A_ROW = 3;

interface FlakyReceiver {
  url: string;
  /** Order id → statuses answered 200, in the order they were answered. */
  accepted: Map<string, string[]>;
  failures: { errors500: number; resets: number };
  close(): Promise<void>;
}

/** A receiver that fails a seeded 20% of attempts, half with a 500, half with a reset. */
async function startFlakyReceiver(seed: number): Promise<FlakyReceiver> {
  const random = mulberry32(seed);
  const accepted = new Map<string, string[]>();
  const failsInARow = new Map<string, number>();
  const failures = { errors500: 0, resets: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        status: string;
        order: { id: string };
      };
      const key = `${body.order.id} ${body.status}`;
      const failed = failsInARow.get(key) ?? 0;
      const roll = random();
      if (failed < MAX_FAILS_IN_A_ROW && roll < FAIL_RATE) {
        failsInARow.set(key, failed + 1);
        if (roll < FAIL_RATE / 2) {
          failures.errors500++;
          res.writeHead(500).end('{"error":"flaky"}');
        } else {
          failures.resets++;
          req.socket.resetAndDestroy();
        }
        return;
      }
      failsInARow.delete(key);
      const seen = accepted.get(body.order.id) ?? [];
      seen.push(body.status);
      accepted.set(body.order.id, seen);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/probo`,
    accepted,
    failures,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('nothing lost under load', () => {
  let receiver: FlakyReceiver;
  let mock: RunningMock;
  let agent: Agent;

  beforeAll(async () => {
    receiver = await startFlakyReceiver(2026);
    mock = await startMock({
      port: 0,
      stepDelayMs: 0,
      rateLimit: 0,
      retries: 5,
      retryBaseMs: 1,
      timeoutMs: 10_000,
      journalLimit: 200_000,
    });
    agent = new Agent({ connections: 16 });
  });
  afterAll(async () => {
    await agent.close();
    await mock.close();
    await receiver.close();
  });

  it(`delivers every callback of ${ORDERS} happy-path orders exactly once each, in order, through a receiver failing 20% of attempts`, async () => {
    const ids = Array.from({ length: ORDERS }, (_, i) => `load-${i}`);
    let next = 0;
    const statuses: number[] = [];
    // 32 shops posting at once, over keep-alive connections.
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < ids.length) {
          const id = ids[next++] as string;
          const res = await request(`${mock.url}/order`, {
            method: 'POST',
            body: JSON.stringify(shopOrder({ id, callbackUrls: [receiver.url] })),
            headers: { authorization: 'Bearer load', 'content-type': 'application/json' },
            dispatcher: agent,
          });
          statuses.push(res.statusCode);
          await res.body.dump();
        }
      }),
    );
    expect(statuses.filter((s) => s === 202)).toHaveLength(ORDERS);
    await mock.idle();

    // The receiver's side: every order got every status once, in the happy path's order.
    const wrong = ids.filter(
      (id) => JSON.stringify(receiver.accepted.get(id)) !== JSON.stringify(HAPPY_PATH),
    );
    expect(wrong).toEqual([]);
    const injected = receiver.failures.errors500 + receiver.failures.resets;
    expect(receiver.failures.errors500).toBeGreaterThan(0);
    expect(receiver.failures.resets).toBeGreaterThan(0);

    // The journal's side: every attempt is there; exactly one success per order, step and URL,
    // in step order per order; nothing given up on.
    const entries = mock.journal.query();
    expect(mock.journal.total).toBe(entries.length); // nothing fell out of the journal
    expect(entries.filter((e) => e.outcome === 'failed')).toEqual([]);
    const delivered = new Map<string, number[]>();
    for (const e of entries) {
      if (e.outcome !== 'delivered') continue;
      const key = `${e.orderKey} ${e.url}`;
      const steps = delivered.get(key) ?? [];
      steps.push(e.step);
      delivered.set(key, steps);
    }
    expect(delivered.size).toBe(ORDERS);
    const inOrder = HAPPY_PATH.map((_, i) => i);
    const outOfOrder = [...delivered].filter(
      ([, steps]) => JSON.stringify(steps) !== JSON.stringify(inOrder),
    );
    expect(outOfOrder).toEqual([]);
    const deliveredCount = entries.filter((e) => e.outcome === 'delivered').length;
    expect(deliveredCount).toBe(ORDERS * HAPPY_PATH.length);
    expect(entries.filter((e) => e.outcome === 'retrying')).toHaveLength(injected);

    // The order records agree.
    const orders = mock.orders.list();
    expect(orders).toHaveLength(ORDERS);
    expect(orders.filter((o) => o.deliveries.some((d) => d.outcome !== 'delivered'))).toEqual([]);
    expect(orders.reduce((n, o) => n + o.deliveries.length, 0)).toBe(ORDERS * HAPPY_PATH.length);
    console.info(
      `load: ${ORDERS} orders, ${deliveredCount} callbacks delivered, ${injected} faults injected (${receiver.failures.errors500} × 500, ${receiver.failures.resets} resets), 0 lost`,
    );
  }, 120_000);
});
