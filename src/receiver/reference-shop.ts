import Hapi from '@hapi/hapi';
import type { ProboStatus } from '../contract/statuses.js';
import { buildOrder } from '../fake/order.js';
import { OrderBook } from './order-book.js';
import { ProboClient, type PlaceOutcome } from './probo-client.js';
import { parseJson, readCallback } from './server.js';

/**
 * The reference shop: both halves of a Probo integration, the example integrators copy for
 * `probo-mock verify-client`. Its client (probo-client.ts) posts with retries under the same id,
 * waits out a 429, reconciles with `POST /order/status` and cancels by id; its receiver applies
 * callbacks by the lifecycle (order-book.ts). Beside them, the test-only routes verify-client
 * calls, each running the shop's own code:
 *
 * - `POST /test/place {"reference", "check"}`: places one order, answers `{"id", "outcome"}`;
 * - `POST /test/poll {"id"}`: reconciles that order now (what a timer does every 30-60 minutes);
 * - `POST /test/cancel {"id"}`: cancels it;
 * - `GET /test/orders/{id}`: its state, `{"status": …}`.
 */
export interface ReferenceShopOptions {
  /** Probo's base URL: the mock's, e.g. http://127.0.0.1:4010. */
  proboUrl: string;
  /** Default `shop-key`. */
  apiKey?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * The shop's own word for a status, as its state hook reports it (many shops keep a few words,
   * "shipped" for every carrier status: verify-client then needs the `--state-map` of them).
   * Default: Probo's status itself.
   */
  stateWord?: (status: ProboStatus) => string;
  /** Wait before a first retry (doubled after); default 200 ms. */
  backoffMs?: number;
}

export interface RunningShop {
  url: string;
  callbackUrl: string;
  /** `verifyClient`'s options for this shop: the four hooks. */
  verifyClientOptions: {
    placeUrl: string;
    stateUrl: string;
    pollUrl: string;
    cancelUrl: string;
  };
  orders: OrderBook;
  /**
   * Points the shop at another Probo base URL, as a config change would: for a mock started on
   * a free port (`verifyClient({ port: 0, onStart })` gives its URL before any check).
   */
  setProboUrl(url: string): void;
  close(): Promise<void>;
}

export async function startReferenceShop(options: ReferenceShopOptions): Promise<RunningShop> {
  const orders = new OrderBook();
  const client = (baseUrl: string) =>
    new ProboClient({
      baseUrl: baseUrl.replace(/\/$/, ''),
      apiKey: options.apiKey ?? 'shop-key',
      ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    });
  let probo = client(options.proboUrl);
  const server = Hapi.server({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const json = { payload: { parse: false, output: 'data' as const, maxBytes: 1024 * 1024 } };
  let next = 0;
  const word = (status: ProboStatus | null) =>
    status !== null && options.stateWord ? options.stateWord(status) : status;

  // The receiver: the callback route of the order's callback_urls.
  server.route({
    method: 'POST',
    path: '/webhooks/probo',
    options: json,
    handler: (request, h) => {
      const callback = readCallback(request.payload as Buffer);
      if (!callback) return h.response({ error: 'not a Probo callback' }).code(400);
      const { orderId, status, ...facts } = callback;
      return h.response({ received: true, outcome: orders.apply(orderId, status, facts).outcome });
    },
  });

  // Test-only routes: each runs the shop's own code (never mount them in production).
  server.route({
    method: 'POST',
    path: '/test/place',
    options: json,
    handler: async (request) => {
      const body = parseJson(request.payload as Buffer) as { reference?: unknown } | undefined;
      const reference = typeof body?.reference === 'string' ? body.reference : `order ${next + 1}`;
      const id = `shop-${Date.now().toString(36)}-${++next}`;
      orders.setUp(id, reference);
      const post = buildOrder(next, {
        id,
        reference,
        callbackUrls: [`${url}/webhooks/probo`],
      });
      const placed: PlaceOutcome = await probo.place(post);
      return { id, ...placed };
    },
  });
  server.route({
    method: 'POST',
    path: '/test/poll',
    options: json,
    handler: async (request, h) => {
      const id = idOf(request.payload as Buffer);
      if (id === undefined) return h.response({ error: 'expected {"id": "…"}' }).code(400);
      for (const entry of await probo.status([id])) {
        const facts =
          entry.supplier_order_number !== undefined
            ? { supplierOrderNumber: entry.supplier_order_number }
            : {};
        orders.apply(String(entry.id), entry.status_code, facts);
      }
      return { id, status: word(orders.get(id)?.status ?? null) };
    },
  });
  server.route({
    method: 'POST',
    path: '/test/cancel',
    options: json,
    handler: async (request, h) => {
      const id = idOf(request.payload as Buffer);
      if (id === undefined) return h.response({ error: 'expected {"id": "…"}' }).code(400);
      // The canceled callback books the cancel, as every other status.
      return { id, ...(await probo.cancel(id)) };
    },
  });
  server.route({
    method: 'GET',
    path: '/test/orders/{id}',
    handler: (request, h) => {
      const order = orders.get(request.params.id as string);
      if (!order) return h.response({ error: 'no such order' }).code(404);
      return { id: order.id, status: word(order.status) };
    },
  });

  await server.start();
  const url = `http://${server.info.host}:${server.info.port}`;
  const verifyClientOptions = {
    placeUrl: `${url}/test/place`,
    stateUrl: `${url}/test/orders/{id}`,
    pollUrl: `${url}/test/poll`,
    cancelUrl: `${url}/test/cancel`,
  };
  return {
    url,
    callbackUrl: `${url}/webhooks/probo`,
    verifyClientOptions,
    orders,
    setProboUrl: (baseUrl) => {
      probo = client(baseUrl);
    },
    close: async () => {
      await server.stop({ timeout: 1000 });
    },
  };
}

function idOf(raw: Buffer): string | undefined {
  const body = parseJson(raw) as { id?: unknown } | undefined;
  return typeof body?.id === 'string' && body.id !== '' ? body.id : undefined;
}
