import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http-client/http-client.js';
import { createOrderContext, buildCallback } from '../../src/fake/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';

describe('the reference receiver', () => {
  let receiver: RunningReceiver;
  const client = new HttpClient();
  let n = 0;

  beforeAll(async () => {
    receiver = await startReceiver({ port: 0 });
  });
  afterAll(async () => {
    await client.close();
    await receiver.close();
  });

  const post = (url: string, body: unknown) =>
    client.send(url, {
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      timeoutMs: 5000,
    });
  const state = async (id: string) => {
    const x = await client.send(receiver.stateUrl.replace('{id}', encodeURIComponent(id)), {
      method: 'GET',
      timeoutMs: 5000,
    });
    return {
      status: x.status,
      body: x.body ? (JSON.parse(x.body) as Record<string, unknown>) : undefined,
    };
  };
  const order = () => createOrderContext({ id: `ref-${++n}`, reference: 'Banner' }, 1);
  const deliver = (
    ctx: ReturnType<typeof order>,
    ...statuses: Parameters<typeof buildCallback>[1][]
  ) =>
    statuses.reduce(
      (p, s) => p.then(() => post(receiver.callbackUrl, buildCallback(ctx, s))),
      Promise.resolve(undefined as unknown),
    );

  it('answers 400 to a body that is not JSON', async () => {
    const x = await post(receiver.callbackUrl, '{"status": "queued"');
    expect(x.status).toBe(400);
    expect(JSON.parse(x.body).error).toMatch(/not a JSON callback/);
  });

  it('answers 400 to JSON without a status and an order id', async () => {
    expect((await post(receiver.callbackUrl, { hello: 'world' })).status).toBe(400);
  });

  it('acknowledges a status it does not know and leaves the order alone', async () => {
    const ctx = order();
    await deliver(ctx, 'queued');
    const x = await post(receiver.callbackUrl, {
      status: 'shipment_lost',
      message: 'x',
      order: { id: ctx.id },
    });
    expect(x.status).toBe(200);
    expect(JSON.parse(x.body).outcome).toBe('unknown-status');
    expect((await state(ctx.id)).body?.status).toBe('queued');
  });

  it('shows the state and history of an order at GET /orders/{id}', async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'accepted', 'in_production');
    expect(await state(ctx.id)).toEqual({
      status: 200,
      body: {
        id: ctx.id,
        status: 'in_production',
        history: ['queued', 'accepted', 'in_production'],
        supplier_order_number: ctx.supplierOrderNumber,
        tracking: [],
      },
    });
  });

  it('moves on when steps are skipped, and ignores an accepted that comes after in_production', async () => {
    const skipped = order();
    await deliver(skipped, 'queued', 'accepted', 'shipment_created', 'shipment_delivered');
    expect((await state(skipped.id)).body?.status).toBe('shipment_delivered');
    const late = order();
    await deliver(late, 'queued', 'in_production', 'accepted');
    expect((await state(late.id)).body?.history).toEqual(['queued', 'in_production']);
  });

  it("keeps Probo's order number as the JSON number it is, and the tracking of every package", async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'accepted');
    const two = { packages: 2 };
    await post(receiver.callbackUrl, buildCallback(ctx, 'shipment_created', two));
    await post(receiver.callbackUrl, buildCallback(ctx, 'shipment_in_transit', two));
    const body = (await state(ctx.id)).body!;
    expect(body.supplier_order_number).toBe(ctx.supplierOrderNumber);
    const sent = buildCallback(ctx, 'shipment_in_transit', two) as {
      shipped_packages: { id: string; tracking_url: string; barcode: string }[];
    };
    expect(body.tracking).toEqual(sent.shipped_packages);
  });

  it('keeps the tracking of a shipment even when its status is stale', async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'shipment_delivered');
    await post(receiver.callbackUrl, buildCallback(ctx, 'shipment_in_transit'));
    const body = (await state(ctx.id)).body!;
    expect(body.status).toBe('shipment_delivered');
    expect((body.tracking as unknown[]).length).toBe(1);
  });

  it('answers 404 for the state of an order it never heard of', async () => {
    expect((await state('never-seen')).status).toBe(404);
  });

  it('applies a redelivered message once', async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'accepted', 'accepted');
    expect((await state(ctx.id)).body?.history).toEqual(['queued', 'accepted']);
  });

  it('ignores a stale status that arrives after a later one', async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'shipment_in_transit', 'accepted');
    expect((await state(ctx.id)).body?.status).toBe('shipment_in_transit');
  });

  it('keeps an order in production when a duplicate-order not_accepted arrives', async () => {
    const ctx = order();
    await deliver(ctx, 'queued', 'accepted', 'in_production', 'not_accepted');
    expect((await state(ctx.id)).body?.status).toBe('in_production');
  });

  it('creates an order at POST /setup with no status yet, and refuses a setup without id', async () => {
    const created = await post(receiver.setupUrl, { id: 'set-up-1', reference: 'R' });
    expect(created.status).toBe(201);
    expect(await state('set-up-1')).toEqual({
      status: 200,
      body: {
        id: 'set-up-1',
        status: null,
        history: [],
        supplier_order_number: null,
        tracking: [],
      },
    });
    expect((await post(receiver.setupUrl, { reference: 'R' })).status).toBe(400);
  });

  it('accepts a shipment with 200 packages', async () => {
    const ctx = order();
    const x = await post(
      receiver.callbackUrl,
      buildCallback(ctx, 'shipment_created', { packages: 200 }),
    );
    expect(x.status).toBe(200);
  });

  it('finds an order whose id needs URL encoding', async () => {
    const ctx = createOrderContext({ id: 'shop/order #7 ü' }, 1);
    await deliver(ctx, 'queued');
    expect((await state(ctx.id)).body?.id).toBe('shop/order #7 ü');
  });

  it('e-mails once per status reached, once on entering the transport band, and never for a copy or a stale status', async () => {
    const ctx = order();
    await deliver(
      ctx,
      'queued',
      'accepted',
      'accepted',
      'in_production',
      'shipment_in_transit',
      'shipment_delayed',
      'shipment_in_transit',
      'accepted',
      'shipment_delivered',
      'shipment_delivered',
    );
    const x = await client.send(receiver.effectsUrl.replace('{id}', ctx.id), {
      method: 'GET',
      timeoutMs: 5000,
    });
    expect(JSON.parse(x.body)).toEqual([
      { kind: 'email', status: 'accepted' },
      { kind: 'email', status: 'shipment_in_transit' },
      { kind: 'email', status: 'shipment_delivered' },
    ]);
    const unknown = await client.send(receiver.effectsUrl.replace('{id}', 'never-seen'), {
      method: 'GET',
      timeoutMs: 5000,
    });
    expect([unknown.status, JSON.parse(unknown.body)]).toEqual([200, []]);
  });
});

describe('the reference receiver with a secret', () => {
  let receiver: RunningReceiver;
  const client = new HttpClient();
  beforeAll(async () => {
    receiver = await startReceiver({ port: 0, secret: 'ref-secret-77' });
  });
  afterAll(async () => {
    await client.close();
    await receiver.close();
  });

  const post = (body: unknown, headers: Record<string, string>) =>
    client.send(receiver.callbackUrl, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
      timeoutMs: 5000,
    });

  it('answers 401 to a callback without X-Security-Header or with another value, and changes nothing', async () => {
    const ctx = createOrderContext({ id: 'secret-1' }, 1);
    const good = { 'X-Security-Header': 'ref-secret-77' };
    expect((await post(buildCallback(ctx, 'queued'), good)).status).toBe(200);
    expect((await post(buildCallback(ctx, 'canceled'), {})).status).toBe(401);
    const wrong = { 'X-Security-Header': 'ref-secret-78' };
    expect((await post(buildCallback(ctx, 'canceled'), wrong)).status).toBe(401);
    expect(receiver.orders.get('secret-1')?.status).toBe('queued');
    expect(receiver.verifyOptions.headers).toEqual(good);
  });

  it('refuses an empty secret when it starts', async () => {
    await expect(startReceiver({ port: 0, secret: '' })).rejects.toThrow(/secret must be/);
  });
});
