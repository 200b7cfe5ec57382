import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAPPY_PATH } from '../../src/contract/index.js';
import { startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { Respond, TestReceiver } from '../support/mock-receiver.js';

const ORDERS = 40;
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

let dir: string;
let clis: RunningCli[] = [];
let rx: TestReceiver | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-durable-'));
});
afterEach(async () => {
  for (const cli of clis) await cli.stop('SIGKILL');
  clis = [];
  await rx?.close();
  rx = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function serve(file: string, ...extra: string[]): RunningCli {
  const cli = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--rate-limit',
    '0',
    '--store',
    `sqlite:${file}`,
    ...extra,
  ]);
  clis.push(cli);
  return cli;
}

/** Order id → statuses the receiver answered 200 to (every copy, redeliveries included). */
function received(receiver: TestReceiver): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const call of receiver.calls) {
    const body = call.json as { status: string; order: { id: string } };
    out.set(body.order.id, [...(out.get(body.order.id) ?? []), body.status]);
  }
  return out;
}

/** Resolves once every order has had every happy-path status at least once. */
async function everyStatusArrived(receiver: TestReceiver, ids: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const got = received(receiver);
    const missing = ids.filter((id) => !HAPPY_PATH.every((s) => got.get(id)?.includes(s)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`still missing statuses of ${missing.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('probo-mock serve --store sqlite:FILE', () => {
  it('delivers every pending callback after a SIGKILL and a restart, and loses no accepted order', async () => {
    // The receiver answers the first ORDERS * 2 callbacks (slowly) and then holds every answer
    // until the test lets go: the kill is sure to find deliveries in flight, queued and not due.
    let held = true;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slowThenHeld: Respond = async (_call, n) => {
      if (n >= ORDERS * 2 && held) await released;
      await new Promise((resolve) => setTimeout(resolve, 15));
      return { status: 200, body: '{}' };
    };
    rx = await startTestReceiver(slowThenHeld);
    const file = join(dir, 'mock.db');
    const first = serve(file, '--step-delay', '40', '--timeout', '60000');
    const [, url] = await first.waitFor(LISTENING);
    const ids = Array.from({ length: ORDERS }, (_, i) => `crash-${i}`);
    for (const id of ids) {
      const answer = await postJson(`${url}/order`, shopOrder({ id, callbackUrls: [rx.url] }));
      expect(answer.status).toBe(202);
    }
    // Shops keep posting (orders without callbacks) while the mock is killed: every post that
    // got its 202 must survive.
    const acceptedLate: string[] = [];
    let killed = false;
    const posting = (async () => {
      for (let i = 0; !killed && i < 5_000; i++) {
        const id = `late-${i}`;
        const answer = await postJson(`${url}/order`, shopOrder({ id })).catch(() => undefined);
        if (answer?.status === 202) acceptedLate.push(id);
      }
    })();
    await rx.waitFor(ORDERS * 2, 30_000); // mid-run: some callbacks are out, the rest are held
    while (acceptedLate.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await first.stop('SIGKILL');
    killed = true;
    await posting;
    held = false;
    release();
    expect(acceptedLate.length).toBeGreaterThanOrEqual(20);
    const beforeRestart = rx.calls.length;
    expect(beforeRestart).toBeLessThan(ORDERS * HAPPY_PATH.length);

    const second = serve(file, '--step-delay', '1');
    const [, again] = await second.waitFor(LISTENING);
    // Every post answered 202 is kept; a post committed just before the kill may be too.
    const [, stored] = await second.waitFor(/store sqlite:.*: (\d+) orders/);
    expect(Number(stored)).toBeGreaterThanOrEqual(ORDERS + acceptedLate.length);
    await everyStatusArrived(rx, ids);

    // Every accepted order is still there, finished, each status delivered per the journal.
    const orders = (await (await fetch(`${again}/__mock/orders`)).json()) as {
      orders: Array<{ id: string; pendingSteps: number; status: string }>;
    };
    const kept = new Set(orders.orders.map((o) => o.id));
    expect([...ids, ...acceptedLate].filter((id) => !kept.has(id))).toEqual([]);
    expect(
      orders.orders.filter((o) => ids.includes(o.id) && o.status !== 'shipment_delivered'),
    ).toEqual([]);
    const journal = (await (
      await fetch(`${again}/__mock/deliveries?outcome=delivered`)
    ).json()) as {
      deliveries: Array<{ orderId: string; status: string; deliveryId: string }>;
    };
    for (const id of ids) {
      const statuses = new Set(
        journal.deliveries.filter((d) => d.orderId === id).map((d) => d.status),
      );
      expect([...statuses].sort(), id).toEqual([...HAPPY_PATH].sort());
    }
    // Delivery ids are not reused across the restart.
    const byId = new Map<string, Set<string>>();
    for (const d of journal.deliveries)
      byId.set(d.deliveryId, (byId.get(d.deliveryId) ?? new Set()).add(`${d.orderId} ${d.status}`));
    expect([...byId.values()].filter((s) => s.size > 1)).toEqual([]);
    const duplicates = rx.calls.length - ORDERS * HAPPY_PATH.length;
    console.info(
      `durable store: ${ORDERS} orders with callbacks + ${acceptedLate.length} accepted while killed, ${beforeRestart} callbacks before SIGKILL, ${rx.calls.length} in all (${duplicates} sent twice), 0 lost`,
    );
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 120_000);

  it('on SIGTERM stops accepting, lets the attempt in flight finish, keeps the rest pending, and exits 0', async () => {
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The second callback (accepted) is held until the test lets it go.
    rx = await startTestReceiver(async (_call, n) => {
      if (n === 1) await held;
      return { status: 200, body: '{}' };
    });
    const file = join(dir, 'graceful.db');
    // Grace and timeout far beyond the test: only the release below ends the held attempt.
    const first = serve(
      file,
      '--step-delay',
      '20',
      '--shutdown-grace',
      '120000',
      '--timeout',
      '120000',
    );
    const [, url] = await first.waitFor(LISTENING);
    expect(
      (await postJson(`${url}/order`, shopOrder({ id: 'graceful', callbackUrls: [rx.url] })))
        .status,
    ).toBe(202);
    // queued answered, accepted in flight and held (waitFor counts answered calls only).
    while (rx.calls.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = new Promise<number | null>((resolve) =>
      first.child.once('close', (code) => resolve(code)),
    );
    first.child.kill('SIGTERM');
    // Stopped accepting: the port soon refuses while the held attempt keeps the process alive.
    await expect(
      (async () => {
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
          await fetch(`${url}/__mock/health`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })(),
    ).rejects.toThrow();
    expect(first.child.exitCode).toBeNull(); // still finishing the attempt in flight
    release?.();
    expect(await exited).toBe(0); // by itself: a second signal would force it
    expect(first.output()).toContain('probo-mock stopped');
    expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([
      'queued',
      'accepted',
    ]);

    // What was pending (the steps after accepted) goes out after a restart, in order, once.
    const second = serve(file, '--step-delay', '1');
    await second.waitFor(LISTENING);
    await rx.waitFor(HAPPY_PATH.length, 30_000);
    expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([...HAPPY_PATH]);
    expect(await second.stop('SIGINT')).toBe(0);
  }, 120_000);
});
