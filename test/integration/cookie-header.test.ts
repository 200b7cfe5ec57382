// A Cookie header hapi cannot parse is refused before any handler runs, on every route: the
// answer must say it is the Cookie header (not the body), in Probo's shape, and never a 500.
// Sent with node:http over a real socket: fetch would not send such a header as written.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { shopOrder } from '../support/mock-orders.js';

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0, rateLimit: 0, manual: true, apiKey: ['k'] });
});
afterAll(async () => {
  await mock.close();
});

interface Answer {
  status: number;
  type: string;
  body: string;
}

function send(method: string, path: string, cookie: string, body?: unknown): Promise<Answer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${mock.url}${path}`,
      {
        method,
        headers: {
          authorization: 'Bearer k',
          cookie,
          ...(text === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const ROUTES: Array<[method: string, path: string, body?: unknown]> = [
  ['POST', '/order', shopOrder({ id: 'cookie-order' })],
  ['POST', '/order/status', { orders: [{ id: 'cookie-order' }] }],
  ['POST', '/order/cancel', { orders: [{ id: 'cookie-order' }] }],
  ['GET', '/products'],
  ['POST', '/products/configure', { products: [{ code: 'banner-510' }] }],
  ['GET', '/uploader/100'],
  ['GET', '/__mock/health'],
  ['POST', '/__mock/reset', {}],
  ['GET', '/'],
  ['GET', '/docs/'],
  ['GET', '/no-such-route'],
];

describe('a Cookie header that cannot be read', () => {
  it.each(['a=b; =; c', '=value', 'a="b'])(
    'is a 400 invalid_cookie in Probo’s shape naming the Cookie header on every route (%s), and nothing is taken',
    async (cookie) => {
      for (const [method, path, body] of ROUTES) {
        const answer = await send(method, path, cookie, body);
        expect(answer.status, `${method} ${path}: ${answer.body}`).toBe(400);
        expect(answer.type).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body), `${method} ${path}`).toEqual({
          status: 'error',
          reason: 'invalid_cookie',
          message: expect.stringContaining('The Cookie header could not be read'),
        });
      }
      expect(mock.orders.list()).toEqual([]);
    },
  );

  it('leaves well-formed cookies alone: the order is taken', async () => {
    const answer = await send(
      'POST',
      '/order',
      'session=abc; theme=dark',
      shopOrder({ id: 'cookie-fine' }),
    );
    expect(answer.status, answer.body).toBe(202);
    expect(mock.orders.get('cookie-fine')).toBeDefined();
  });
});
