import { PassThrough } from 'node:stream';
import type { Request, ResponseToolkit, ResponseObject } from '@hapi/hapi';
import type { MockEngine } from '../engine/engine.js';
import type { OrderRecord } from '../store/order-store.js';

/**
 * `GET /__mock/events`: server-sent events for the inspector (invented, like the whole admin
 * API). On connect a `snapshot` (orders and recent deliveries); then `delivery` for every
 * journal entry, `order` for every order change, `reset` when the mock is reset. A browser's
 * EventSource reconnects by itself and gets a fresh snapshot, so nothing is ever polled.
 */

/** Deliveries sent in the snapshot: the newest ones, enough for a page, bounded. */
export const SNAPSHOT_DELIVERIES = 1000;
const HEARTBEAT_MS = 15_000;

/** The order as the inspector shows it: the post itself stays out (it can be large). */
export function orderView(order: OrderRecord): Omit<OrderRecord, 'post'> {
  const { post: _post, ...rest } = order;
  void _post;
  return rest;
}

export class EventStreams {
  readonly #open = new Set<PassThrough>();

  constructor(private readonly engine: MockEngine) {}

  /** Number of connected clients (for tests and health). */
  get size(): number {
    return this.#open.size;
  }

  handler = (request: Request, h: ResponseToolkit): ResponseObject => {
    const stream = new PassThrough();
    const send = (event: string, data: unknown): void => {
      if (!stream.writableEnded) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    stream.write('retry: 1000\n\n');
    send('snapshot', {
      orders: this.engine.orders.list().map(orderView),
      deliveries: this.engine.journal.query({ limit: SNAPSHOT_DELIVERIES }),
      manual: this.engine.options.manual,
      scenarios: this.engine.scenarios.names(),
    });
    const unsubscribeJournal = this.engine.journal.subscribe((entry) => send('delivery', entry));
    const unsubscribeOrders = this.engine.orders.subscribe((change) => {
      if (change.type === 'cleared') send('reset', {});
      else send('order', { type: change.type, order: orderView(change.order) });
    });
    const heartbeat = setInterval(() => {
      if (!stream.writableEnded) stream.write(': ping\n\n');
    }, HEARTBEAT_MS);
    heartbeat.unref();
    this.#open.add(stream);
    const close = (): void => {
      clearInterval(heartbeat);
      unsubscribeJournal();
      unsubscribeOrders();
      this.#open.delete(stream);
      if (!stream.writableEnded) stream.end();
    };
    request.raw.res.once('close', close);
    stream.once('close', close);
    return h
      .response(stream)
      .type('text/event-stream')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .compressed('identity'); // never gzip: compression would hold events back
  };

  /** Ends every open stream, so that stopping the server does not wait for browsers. */
  closeAll(): void {
    for (const stream of this.#open) stream.end();
    this.#open.clear();
  }
}
