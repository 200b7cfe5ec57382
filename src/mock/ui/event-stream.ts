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

/**
 * What may wait for one client beyond its snapshot: a paused or slow client (a background tab, a
 * stuck proxy) is dropped once more is buffered for it, instead of holding every event in memory.
 * Its EventSource reconnects when it can and gets a fresh snapshot.
 */
export const MAX_CLIENT_BUFFER_BYTES = 1024 * 1024;

/** The order as the inspector shows it: the post itself stays out (it can be large). */
export function orderView(order: OrderRecord): Omit<OrderRecord, 'post'> {
  const { post: _post, ...rest } = order;
  void _post;
  return rest;
}

export class EventStreams {
  readonly #open = new Set<PassThrough>();
  #dropped = 0;

  constructor(private readonly engine: MockEngine) {}

  /** Number of connected clients (for tests and health). */
  get size(): number {
    return this.#open.size;
  }

  /** Clients dropped for reading too slowly, since start. */
  get dropped(): number {
    return this.#dropped;
  }

  handler = (request: Request, h: ResponseToolkit): ResponseObject => {
    const stream = new PassThrough();
    const res = request.raw.res;
    // Bytes waiting for this client: in the stream and in the socket's own buffer.
    const buffered = (): number =>
      stream.writableLength + stream.readableLength + res.writableLength;
    let allowed = MAX_CLIENT_BUFFER_BYTES;
    const write = (text: string): void => {
      if (stream.writableEnded || stream.destroyed) return;
      stream.write(text);
      if (buffered() > allowed) drop();
    };
    const send = (event: string, data: unknown): void => {
      write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const snapshot = `retry: 1000\n\nevent: snapshot\ndata: ${JSON.stringify({
      orders: this.engine.orders.list().map(orderView),
      deliveries: this.engine.journal.query({ limit: SNAPSHOT_DELIVERIES }),
      manual: this.engine.options.manual,
      scenarios: this.engine.scenarios.names(),
    })}\n\n`;
    // The snapshot may be large (every order): the bound is on what piles up after it.
    allowed += Buffer.byteLength(snapshot);
    write(snapshot);
    const unsubscribeJournal = this.engine.journal.subscribe((entry) => send('delivery', entry));
    const unsubscribeOrders = this.engine.orders.subscribe((change) => {
      if (change.type === 'cleared') send('reset', {});
      else send('order', { type: change.type, order: orderView(change.order) });
    });
    const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    this.#open.add(stream);
    const close = (): void => {
      clearInterval(heartbeat);
      unsubscribeJournal();
      unsubscribeOrders();
      this.#open.delete(stream);
      if (!stream.writableEnded) stream.end();
    };
    // Too slow: the connection goes, and with it everything buffered for it.
    const drop = (): void => {
      if (stream.destroyed) return;
      this.#dropped++;
      close();
      stream.destroy();
      res.destroy();
    };
    res.once('close', close);
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
