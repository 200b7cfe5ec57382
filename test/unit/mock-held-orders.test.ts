import type { Server } from '@hapi/hapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer, mockEngineOf } from '../../src/mock/index.js';
import { shopOrder } from '../support/mock-orders.js';

const auth = { authorization: 'Bearer k', 'content-type': 'application/json' };

// A --manual order is a stored record until its first advance, which plans it from the record.
describe('held (--manual) orders, through server.inject', () => {
  let server: Server;
  beforeEach(async () => {
    server = await createMockServer({ manual: true, scenario: 'happy-path' });
  });
  afterEach(async () => {
    await server.stop();
  });

  const post = (id: string) =>
    server.inject({ method: 'POST', url: '/order', payload: shopOrder({ id }), headers: auth });
  const admin = (path: string, payload?: unknown) =>
    server.inject({
      method: 'POST',
      url: `/__mock/orders/${path}`,
      ...(payload === undefined
        ? {}
        : { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } }),
    });

  it('keeps every step of a held order pending when a status is pushed by hand before its first advance', async () => {
    expect((await post('h-1')).statusCode).toBe(202);
    const engine = mockEngineOf(server);
    const steps = engine.scenarios.get('happy-path').steps.length;
    expect(engine.orders.get('h-1')?.pendingSteps).toBe(steps);
    expect((await admin('h-1/push', { status: 'in_production' })).statusCode).toBe(202);
    expect(engine.orders.get('h-1')?.pendingSteps).toBe(steps);
    const advanced = await admin('h-1/advance');
    expect(advanced.statusCode).toBe(202);
    expect(JSON.parse(advanced.payload)).toEqual({
      order: 'h-1',
      step: { index: 0, status: 'queued' },
    });
  });

  it('answers no_step_left when a held order was canceled before its first advance', async () => {
    expect((await post('h-2')).statusCode).toBe(202);
    const canceled = await server.inject({
      method: 'POST',
      url: '/order/cancel',
      payload: JSON.stringify({ id: 'h-2' }),
      headers: auth,
    });
    expect(canceled.statusCode).toBe(200);
    expect(mockEngineOf(server).orders.get('h-2')?.pendingSteps).toBe(0);
    const advanced = await admin('h-2/advance');
    expect(advanced.statusCode).toBe(409);
    expect(JSON.parse(advanced.payload)).toMatchObject({ reason: 'no_step_left' });
  });

  it('advances a held order through its whole scenario, one step per call, then refuses', async () => {
    expect((await post('h-3')).statusCode).toBe(202);
    const engine = mockEngineOf(server);
    const labels = engine.scenarios.get('happy-path').steps.map((s) => s.status);
    const seen: unknown[] = [];
    for (let i = 0; i < labels.length; i++) {
      const res = await admin('h-3/advance');
      expect(res.statusCode).toBe(202);
      seen.push((JSON.parse(res.payload) as { step: { status: string } }).step.status);
    }
    expect(seen).toEqual(labels);
    expect((await admin('h-3/advance')).statusCode).toBe(409);
  });
});
