import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildOrder } from '../../../src/fake/order.js';
import type { ProboStatus } from '../../../src/contract/statuses.js';
import { OrderBook } from '../../../src/receiver/order-book.js';
import { readCallback } from '../../../src/receiver/server.js';

/**
 * A small shop written the way shops write them (node:http, fetch), for verify-client's tests:
 * correct unless a flaw is turned on; each flaw is one real mistake a client check catches.
 */
export interface ShopFlaws {
  /** Posts `callback_url` (singular) instead of `callback_urls`. */
  singularCallbackUrl?: boolean;
  /** Hands a 5xx or a lost answer to its caller: no retry. */
  noRetry?: boolean;
  /** Retries under a fresh order id. */
  newIdOnRetry?: boolean;
  /** Books every not_accepted for its order, even after accepted, and stops there. */
  booksDuplicateRefusal?: boolean;
  /** Retries a 429 at once, without waiting for x-ratelimit-reset. */
  ignoresRateLimitReset?: boolean;
  /** Asks POST /order/status by supplier_order_number set to its own id (a real shop's poll). */
  pollsBySupplierNumber?: boolean;
  /** Cancels with {"order_id": …}, a body Probo does not take. */
  wrongCancelBody?: boolean;
  /** Posts orders without deliveries: Probo refuses them (400). */
  noDeliveries?: boolean;
}

export interface ToyShopOptions {
  proboUrl: string;
  flaws?: ShopFlaws;
  /** The shop's own word for a status in its state hook. */
  stateWord?: (status: ProboStatus) => string;
  /** The `order_type` it posts (a shop pointed at a test setup posts "test"); production else. */
  orderType?: 'production' | 'test';
}

export interface ToyShop {
  url: string;
  hooks: { placeUrl: string; stateUrl: string; pollUrl: string; cancelUrl: string };
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startToyShop(options: ToyShopOptions): Promise<ToyShop> {
  const flaws = options.flaws ?? {};
  const book = new OrderBook();
  /** Orders whose not_accepted this flawed shop booked as final. */
  const refused = new Set<string>();
  let n = 0;
  let url = '';

  const post = (path: string, body: unknown) =>
    fetch(`${options.proboUrl}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer toy-shop', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });

  async function place(reference: string): Promise<string> {
    let id = `toy-${++n}`;
    book.setUp(id, reference);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const order: Record<string, unknown> = {
        ...buildOrder(n, { id, reference, orderType: options.orderType }),
      };
      if (flaws.noDeliveries) delete order.deliveries;
      if (flaws.singularCallbackUrl) order.callback_url = `${url}/probo/callback`;
      else order.callback_urls = [`${url}/probo/callback`];
      let status: number;
      let reset = 0;
      try {
        const answer = await post('/order', order);
        status = answer.status;
        reset = Number(answer.headers.get('x-ratelimit-reset')) || 0;
        await answer.text();
      } catch {
        status = 0; // no answer
      }
      if (status === 202) return id;
      if (status === 429) {
        if (!flaws.ignoresRateLimitReset) await sleep(reset + 50);
        continue;
      }
      if (status !== 0 && status < 500) return id; // refused for good
      if (flaws.noRetry) return id;
      await sleep(100 * attempt);
      if (flaws.newIdOnRetry) {
        id = `toy-${++n}`;
        book.setUp(id, reference);
      }
    }
    return id;
  }

  async function poll(id: string): Promise<void> {
    const selector = flaws.pollsBySupplierNumber ? { supplier_order_number: id } : { id };
    const answer = await post('/order/status', { orders: [selector] });
    const body = (await answer.json()) as { orders?: { id: string; status_code: string }[] };
    for (const entry of body.orders ?? []) apply(entry.id, entry.status_code);
  }

  async function cancel(id: string): Promise<void> {
    const answer = await post('/order/cancel', flaws.wrongCancelBody ? { order_id: id } : { id });
    await answer.text();
  }

  function apply(id: string, status: string): void {
    if (refused.has(id)) return;
    if (flaws.booksDuplicateRefusal && status === 'not_accepted') {
      const order = book.get(id) ?? book.setUp(id);
      order.status = 'not_accepted';
      refused.add(id);
      return;
    }
    book.apply(id, status);
  }

  const server = createServer((req, res) => void route(req, res));
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = (() => {
      try {
        return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        return {};
      }
    })();
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const path = req.url ?? '/';
    if (req.method === 'POST' && path === '/probo/callback') {
      const callback = readCallback(raw);
      if (!callback) return send(400, { error: 'not a callback' });
      apply(callback.orderId, callback.status);
      return send(200, { ok: true });
    }
    if (req.method === 'POST' && path === '/test/place')
      return send(200, { id: await place(String(body.reference ?? 'order')) });
    if (req.method === 'POST' && path === '/test/poll') {
      await poll(String(body.id));
      return send(200, { ok: true });
    }
    if (req.method === 'POST' && path === '/test/cancel') {
      await cancel(String(body.id));
      return send(200, { ok: true });
    }
    const state = /^\/test\/orders\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && state) {
      const order = book.get(decodeURIComponent(state[1]!));
      if (!order) return send(404, { error: 'no such order' });
      const status = order.status;
      return send(200, {
        status: status !== null && options.stateWord ? options.stateWord(status) : status,
      });
    }
    send(404, { error: 'not found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    hooks: {
      placeUrl: `${url}/test/place`,
      stateUrl: `${url}/test/orders/{id}`,
      pollUrl: `${url}/test/poll`,
      cancelUrl: `${url}/test/cancel`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on now, for the mock of one run (the shop is started with it first). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
