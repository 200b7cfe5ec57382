import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from '@hapi/hapi';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCallback } from '../../src/contract/index.js';
import { mockEngineOf, startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { ScenarioError } from '../../src/scenarios/index.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

type Body = {
  status: string;
  order: { id: string; reference?: string };
  shipped_packages?: unknown[];
};

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

const statuses = (r: TestReceiver): string[] => r.calls.map((c) => (c.json as Body).status);

describe('the admin API', () => {
  it('holds every step of a --manual order until advanced, one step per call', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, manual: true, scenario: 'test-order' });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'm-1', callbackUrls: [rx.url] }));
    await mock.idle();
    expect(rx.calls).toHaveLength(0);
    const first = await postJson(`${mock.url}/__mock/orders/m-1/advance`, '', {
      'content-type': 'application/json',
    });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ order: 'm-1', step: { index: 0, status: 'queued' } });
    await mock.idle();
    expect(statuses(rx)).toEqual(['queued']);
    await postJson(`${mock.url}/__mock/orders/m-1/advance`, '', {
      'content-type': 'application/json',
    });
    await mock.idle();
    expect(statuses(rx)).toEqual(['queued', 'canceled']);
    const done = await postJson(`${mock.url}/__mock/orders/m-1/advance`, '', {
      'content-type': 'application/json',
    });
    expect(done.status).toBe(409);
    expect(done.body).toMatchObject({ reason: 'no_step_left' });
  });

  it('refuses to advance an order of a server without --manual, and an unknown order', async () => {
    mock = await startMock({ port: 0, stepDelayMs: 1 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'a-1' }));
    expect(
      (
        await postJson(`${mock.url}/__mock/orders/a-1/advance`, '', {
          'content-type': 'application/json',
        })
      ).body,
    ).toMatchObject({
      status: 'error',
      reason: 'not_manual',
    });
    expect(
      (
        await postJson(`${mock.url}/__mock/orders/nobody/advance`, '', {
          'content-type': 'application/json',
        })
      ).status,
    ).toBe(404);
  });

  it('pushes any status now, merge-patched, to the order callback URLs', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, manual: true });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'p-1', callbackUrls: [rx.url] }));
    const pushed = await postJson(
      `${mock.url}/__mock/orders/p-1/push`,
      {
        status: 'shipment_delayed',
        packages: 2,
        patch: { message: 'Stuck in snow', order: { reference: null }, __proto__: { polluted: 1 } },
      },
      { 'content-type': 'application/json' },
    );
    expect(pushed.status).toBe(202);
    await mock.idle();
    const body = rx.calls[0]?.json as Body & { message: string };
    expect(body.status).toBe('shipment_delayed');
    expect(body.message).toBe('Stuck in snow');
    expect(body.order.reference).toBeUndefined();
    expect(body.shipped_packages).toHaveLength(2);
    expect(validateCallback(body).valid).toBe(true);
    expect(mock.orders.get('p-1')?.status).toBe('shipment_delayed');
  });

  it('answers 400 for a push without a known status', async () => {
    mock = await startMock({ port: 0, manual: true });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'p-2' }));
    const bad = await postJson(
      `${mock.url}/__mock/orders/p-2/push`,
      { status: 'order_accepted' },
      { 'content-type': 'application/json' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ reason: 'invalid_push' });
    const malformed = await postJson(`${mock.url}/__mock/orders/p-2/push`, '{', {
      'content-type': 'application/json',
    });
    expect(malformed.body).toMatchObject({ status: 'error', reason: 'invalid_json' });
  });

  it('lists orders, shows one with its attempts, queries the journal and resets', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 1, scenario: 'test-order' });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'l-1', callbackUrls: [rx.url] }));
    await postJson(`${mock.url}/order`, shopOrder({ id: 'l-1', callbackUrls: [rx.url] }));
    await mock.idle();
    const list = (await getJson(`${mock.url}/__mock/orders`)).body as {
      orders: { key: string; scenario: string }[];
    };
    expect(list.orders.map((o) => [o.key, o.scenario])).toEqual([
      ['l-1', 'test-order'],
      ['l-1~dup1', 'duplicate-order'],
    ]);
    const one = (await getJson(`${mock.url}/__mock/orders/l-1`)).body as {
      order: { status: string; history: { label: string }[] };
      duplicates: string[];
      attempts: { status: string }[];
    };
    expect(one.order.status).toBe('canceled');
    expect(one.order.history.map((h) => h.label)).toEqual(['queued', 'canceled']);
    expect(one.duplicates).toEqual(['l-1~dup1']);
    expect(one.attempts.map((a) => a.status)).toEqual(['queued', 'canceled']);
    const refusals = (await getJson(`${mock.url}/__mock/deliveries?status=not_accepted`)).body as {
      deliveries: { orderKey: string }[];
    };
    expect(refusals.deliveries.map((d) => d.orderKey)).toEqual(['l-1~dup1']);
    expect((await getJson(`${mock.url}/__mock/deliveries?outcome=maybe`)).status).toBe(400);
    expect((await getJson(`${mock.url}/__mock/orders/nobody`)).status).toBe(404);

    expect(
      (await postJson(`${mock.url}/__mock/reset`, '', { 'content-type': 'application/json' })).body,
    ).toEqual({ reset: true });
    expect(
      ((await getJson(`${mock.url}/__mock/orders`)).body as { orders: unknown[] }).orders,
    ).toEqual([]);
    expect(
      ((await getJson(`${mock.url}/__mock/deliveries`)).body as { deliveries: unknown[] })
        .deliveries,
    ).toEqual([]);
  });

  it('keeps the journal within --journal-limit', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 0, journalLimit: 5 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'j-1', callbackUrls: [rx.url] }));
    await mock.idle();
    const health = (await getJson(`${mock.url}/__mock/health`)).body as {
      journal: { size: number; total: number };
    };
    expect(health.journal).toMatchObject({ size: 5, total: 8 });
    const entries = (
      (await getJson(`${mock.url}/__mock/deliveries`)).body as { deliveries: { status: string }[] }
    ).deliveries;
    expect(entries.map((e) => e.status)).toEqual([
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
  });

  it('lists the scenarios with their step counts', async () => {
    mock = await startMock({ port: 0 });
    const list = (await getJson(`${mock.url}/__mock/scenarios`)).body as {
      scenarios: { name: string; steps: number }[];
    };
    expect(list.scenarios.find((s) => s.name === 'happy-path')?.steps).toBe(8);
    expect(list.scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'carrier-trouble',
        'legacy-prefix',
        'out-of-order',
        'redelivery',
        'multi-package',
        'returned',
      ]),
    );
  });

  it('answers health', async () => {
    mock = await startMock({ port: 0 });
    expect((await getJson(`${mock.url}/__mock/health`)).body).toMatchObject({
      status: 'ok',
      orders: 0,
    });
  });
});

describe('scenario files and plugins', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('plays a scenario from --scenarios DIR, with a raw body, headers and a patch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'probo-mock-scenarios-'));
    await writeFile(
      join(dir, 'mine.json'),
      JSON.stringify({
        name: 'mine',
        description: 'Mine',
        steps: [
          { status: 'queued', headers: { 'X-Step': 'one' } },
          {
            raw: '{"status": "order_accepted", "order": {"id": "{{order.id}}", "reference": "{{order.reference}}"}}',
          },
          { status: 'canceled', patch: { extra: { nested: true } } },
        ],
      }),
    );
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, stepDelayMs: 1, scenariosDir: dir, scenario: 'mine' });
    // Probo's ids are ^[\w-]+$: the quotes to escape come in the reference.
    await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'raw-1', reference: 'has "quotes"', callbackUrls: [rx.url] }),
    );
    await mock.idle();
    expect(rx.calls[0]?.headers['x-step']).toBe('one');
    expect(rx.calls[1]?.body).toBe(
      '{"status": "order_accepted", "order": {"id": "raw-1", "reference": "has \\"quotes\\""}}',
    );
    expect(rx.calls[2]?.json).toMatchObject({ status: 'canceled', extra: { nested: true } });
    expect(mock.journal.query().map((e) => e.status)).toEqual([
      'queued',
      'order_accepted',
      'canceled',
    ]);
  });

  it('refuses to start with a scenario file whose error is pointed at the bad step', async () => {
    dir = await mkdtemp(join(tmpdir(), 'probo-mock-scenarios-'));
    const steps = [
      { status: 'queued' },
      { status: 'accepted' },
      { status: 'logistics' },
      { status: 'shipped' },
    ];
    await writeFile(
      join(dir, 'broken.json'),
      JSON.stringify({ name: 'broken', description: 'Broken', steps }),
    );
    const failure = await startMock({ port: 0, scenariosDir: dir }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScenarioError);
    expect((failure as ScenarioError).diagnostics.map((d) => d.pointer)).toEqual([
      '/steps/3/status',
    ]);
    expect((failure as Error).message).toContain('/steps/3/status');
  });

  it('registers extra hapi plugins on the same server, which can reach the engine', async () => {
    const extra: Plugin<unknown> = {
      name: 'extra',
      register: (server) => {
        server.route({
          method: 'GET',
          path: '/extra',
          handler: (request) => ({ orders: mockEngineOf(request.server).orders.list().length }),
        });
      },
    };
    mock = await startMock({ port: 0, plugins: [{ plugin: extra }] });
    expect((await getJson(`${mock.url}/extra`)).body).toEqual({ orders: 0 });
  });
});
