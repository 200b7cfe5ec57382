import type { Server } from '@hapi/hapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, proboMockPlugin } from '../../src/mock/index.js';
import Hapi from '@hapi/hapi';
import { shopOrder } from '../support/mock-orders.js';

const auth = { authorization: 'Bearer k', 'content-type': 'application/json' };

describe('the mock routes through server.inject (no network)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await createMockServer({ manual: true });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers 401 before reading the body when credentials are missing', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order',
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.payload)).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('answers 202 with the queued body and the rate limit headers', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order',
      payload: shopOrder({ id: 'i-1', reference: 'R' }),
      headers: auth,
    });
    expect(res.statusCode).toBe(202);
    expect(JSON.parse(res.payload)).toEqual({
      status: 'queued',
      message: 'Order queued',
      order: { id: 'i-1', reference: 'R' },
    });
    expect(res.headers['x-ratelimit-limits']).toBe('300');
  });

  it('answers an empty body 400 naming the root', async () => {
    const res = await server.inject({ method: 'POST', url: '/order', headers: auth });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload)).toMatchObject({ code: 'invalid_order' });
  });

  it('answers a body with a __proto__ key 400 instead of parsing it', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order',
      payload: '{"__proto__": {"x": 1}}',
      headers: auth,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload)).toMatchObject({ status: 400 });
  });

  it('answers an order status request without orders 400 naming /orders', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order/status',
      payload: { orders: [] },
      headers: auth,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload).errors[0].pointer).toBe('/orders');
  });

  it('answers 405 naming POST for another method on an order route', async () => {
    const res = await server.inject({ method: 'GET', url: '/order/status' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(JSON.parse(res.payload)).toEqual({
      status: 405,
      code: 'method_not_allowed',
      message: 'Use POST /order/status',
    });
  });

  it('answers a cancel of an unknown order 409 saying there is no such order', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order/cancel',
      payload: { orders: [{ id: 'nobody' }] },
      headers: auth,
    });
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.payload)).toEqual({
      orders: [{ order: { id: 'nobody' }, canceled: false, message: 'No such order' }],
    });
  });
});

describe('plugin registration', () => {
  it('fails at once with a clear message for bad options', async () => {
    const server = Hapi.server();
    await expect(
      server.register({ plugin: proboMockPlugin, options: { rateLimit: -5 } }),
    ).rejects.toThrow(/bad options: rateLimit must be an integer of 0 or more/);
  });

  it('fails at once for an unknown default scenario', async () => {
    const server = Hapi.server();
    await expect(
      server.register({ plugin: proboMockPlugin, options: { scenario: 'nope' } }),
    ).rejects.toThrow(/unknown scenario "nope"/);
  });
});
