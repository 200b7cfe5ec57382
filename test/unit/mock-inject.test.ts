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
    // Probo's error shape: status is the word "error", the HTTP code is the answer's own.
    expect(JSON.parse(res.payload)).toMatchObject({ status: 'error', reason: 'unauthorized' });
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
    expect(JSON.parse(res.payload)).toMatchObject({ status: 'error', reason: 'invalid_order' });
  });

  it('answers a body with a __proto__ key 400 instead of parsing it', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order',
      payload: '{"__proto__": {"x": 1}}',
      headers: auth,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload)).toMatchObject({ status: 'error', reason: 'forbidden_key' });
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

  // Derived from the routes (allowedMethods): each of Probo's paths names what it takes.
  it.each([
    ['POST for another method on an order route', 'GET', '/order/status', 'POST'],
    ['GET for a POST on a catalog route', 'POST', '/shipping/methods', 'GET'],
    [
      'the path as asked, not the route template, on a path with a parameter',
      'DELETE',
      '/uploader/abc',
      'GET',
    ],
  ])('answers 405 naming %s', async (_name, method, url, allow) => {
    const res = await server.inject({ method, url }); // no key: the 405 comes first
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(JSON.parse(res.payload)).toEqual({
      status: 'error',
      message: `Use ${allow} ${url}`,
      reason: 'method_not_allowed',
    });
  });

  it.each([
    '/orders?status=queued&status=accepted',
    '/shipping/methods?type=a&type=b',
    '/products?page=1&page=2',
  ])('answers a query parameter given twice 400 naming it (%s)', async (url) => {
    const res = await server.inject({ method: 'GET', url, headers: auth });
    const name = url.slice(url.indexOf('?') + 1, url.indexOf('='));
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload)).toMatchObject({
      reason: 'invalid_query',
      errors: [{ pointer: `?${name}`, message: `${name} is given more than once` }],
    });
  });

  it('answers a cancel of an unknown order 400 "Order does not exist", echoing the id as Probo does', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/order/cancel',
      payload: { id: 'nobody' },
      headers: auth,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.payload)).toEqual({
      status: 'error',
      message: 'Order does not exist',
      id: 'nobody',
      reason: 'order_does_not_exist',
    });
  });

  it("answers an unknown route 404 in Probo's error shape, not hapi's", async () => {
    const res = await server.inject({ method: 'POST', url: '/orders/nope', headers: auth });
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.payload)).toEqual({
      status: 'error',
      message: 'No such route: POST /orders/nope',
      reason: 'not_found',
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
