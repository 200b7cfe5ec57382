import { timingSafeEqual } from 'node:crypto';
import Hapi from '@hapi/hapi';
import { OrderBook, type CallbackFacts, type TrackedPackage } from './order-book.js';

/**
 * The reference receiver: the callback endpoint integrators should copy, plus three test hooks for
 * `probo-mock verify` (`GET /orders/{id}` to read the state: status, history, supplier_order_number
 * and tracking; `GET /effects/{id}`: the e-mails sent for the order; `POST /setup` to create an
 * order).
 *
 * What makes it conform: it answers at once (nothing slow before the answer), applies a status only
 * when the lifecycle allows it (so redeliveries, late and stale messages change nothing), answers
 * 2xx to statuses and fields it does not know, and 400 only to a body it cannot read.
 */
export interface ReceiverOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Called with one line per callback received, e.g. for the CLI. */
  log?: (line: string) => void;
  /**
   * The shared secret: a callback without `X-Security-Header` of this value gets 401 and changes
   * nothing. Default: none (every callback is taken; only for a receiver on a private network).
   */
  secret?: string;
}

/** The header a shop integration reads Probo's shared secret from (observed in its code, not documented). */
export const SECRET_HEADER = 'X-Security-Header';

export interface RunningReceiver {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  /** The URL to put in `callback_urls`: `<url>/webhooks/probo`. */
  callbackUrl: string;
  /** The state hook template for `verify --state-url`: `<url>/orders/{id}`. */
  stateUrl: string;
  /** The setup hook for `verify --setup-url`: `<url>/setup`. */
  setupUrl: string;
  /** The effects hook template for `verify --effects-url`: `<url>/effects/{id}`. */
  effectsUrl: string;
  /** Where the state hook's answer keeps Probo's order number and the tracking (verify's pointers). */
  supplierPointer: string;
  trackingPointer: string;
  /**
   * `verifyReceiver`'s options for this receiver: the target, its hooks, both pointers, and the
   * secret as a header when it has one.
   */
  verifyOptions: {
    target: string;
    stateUrl: string;
    setupUrl: string;
    effectsUrl: string;
    stateSupplierPointer: string;
    stateTrackingPointer: string;
    headers?: Record<string, string>;
  };
  orders: OrderBook;
  close(): Promise<void>;
}

/** Room for big shipments (200 packages are some 40 KiB); Probo does not publish a maximum. */
const MAX_BODY_BYTES = 1024 * 1024;

export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A callback as far as this receiver needs it: status and order id (required), Probo's order
 * number (a JSON number in the guide; a string of digits is taken too) and the track and trace of
 * each shipped package. The rest of the body is ignored on purpose.
 */
export function readCallback(raw: Buffer): CallbackFacts | undefined {
  const b = parseJson(raw) as
    | {
        status?: unknown;
        order?: { id?: unknown; supplier_order_number?: unknown };
        shipped_packages?: unknown;
      }
    | null
    | undefined;
  if (typeof b?.status !== 'string' || typeof b.order?.id !== 'string') return undefined;
  const facts: CallbackFacts = { status: b.status, orderId: b.order.id };
  const number = b.order.supplier_order_number;
  if (typeof number === 'number' || (typeof number === 'string' && number !== ''))
    facts.supplierOrderNumber = number;
  if (Array.isArray(b.shipped_packages))
    facts.packages = b.shipped_packages.flatMap(trackedPackage);
  return facts;
}

function trackedPackage(p: unknown): TrackedPackage[] {
  if (p === null || typeof p !== 'object') return [];
  const { id, tracking_url: url, barcode } = p as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return [];
  const pkg: TrackedPackage = { id: String(id) };
  if (typeof url === 'string') pkg.tracking_url = url;
  if (typeof barcode === 'string') pkg.barcode = barcode;
  return [pkg];
}

/** Compares in constant time, so the answer time does not tell how much of a guess was right. */
function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<RunningReceiver> {
  const orders = new OrderBook();
  const log = options.log ?? (() => {});
  const secret = options.secret;
  if (secret !== undefined && (secret === '' || /[\r\n]/.test(secret)))
    throw new TypeError('secret must be a non-empty one-line string');
  const server = Hapi.server({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });

  server.route({
    method: 'POST',
    path: '/webhooks/probo',
    // Read the raw bytes and parse them here, whatever the Content-Type says.
    options: { payload: { parse: false, output: 'data', maxBytes: MAX_BODY_BYTES } },
    handler: (request, h) => {
      // The secret first: a forged callback must change nothing, whatever it says.
      if (
        secret !== undefined &&
        !sameSecret(request.headers['x-security-header'] as unknown, secret)
      ) {
        log(`refused a callback without the right ${SECRET_HEADER}`);
        return h.response({ error: `missing or wrong ${SECRET_HEADER}` }).code(401);
      }
      const callback = readCallback(request.payload as Buffer);
      if (!callback) {
        return h
          .response({ error: 'the body is not a JSON callback with status and order.id' })
          .code(400);
      }
      const { orderId, status, ...facts } = callback;
      const result = orders.apply(orderId, status, facts);
      log(`${callback.orderId}  ${callback.status}  ${result.outcome}`);
      // Always acknowledge a readable callback: refusing it would only make the sender retry.
      return h.response({ received: true, outcome: result.outcome }).code(200);
    },
  });

  server.route({
    method: 'GET',
    path: '/orders/{id}',
    handler: (request, h) => {
      const order = orders.get(request.params.id as string);
      if (!order) return h.response({ error: 'no such order' }).code(404);
      return {
        id: order.id,
        status: order.status,
        history: order.history,
        supplier_order_number: order.supplierOrderNumber,
        tracking: order.tracking,
      };
    },
  });

  server.route({
    method: 'GET',
    path: '/effects/{id}',
    // An order it never heard of has had no effects: [] rather than 404.
    handler: (request) => orders.get(request.params.id as string)?.effects ?? [],
  });

  server.route({
    method: 'POST',
    path: '/setup',
    options: { payload: { parse: false, output: 'data', maxBytes: 64 * 1024 } },
    handler: (request, h) => {
      const body = parseJson(request.payload as Buffer) as
        { id?: unknown; reference?: unknown } | null | undefined;
      if (typeof body?.id !== 'string' || body.id === '') {
        return h.response({ error: 'expected {"id": "…", "reference": "…"}' }).code(400);
      }
      const reference = typeof body.reference === 'string' ? body.reference : undefined;
      const order = orders.setUp(body.id, reference);
      return h.response({ id: order.id, status: order.status }).code(201);
    },
  });

  await server.start();
  const url = `http://${server.info.host}:${server.info.port}`;
  const hooks = {
    callbackUrl: `${url}/webhooks/probo`,
    stateUrl: `${url}/orders/{id}`,
    setupUrl: `${url}/setup`,
    effectsUrl: `${url}/effects/{id}`,
    supplierPointer: '/supplier_order_number',
    trackingPointer: '/tracking',
  };
  return {
    url,
    ...hooks,
    verifyOptions: {
      target: hooks.callbackUrl,
      stateUrl: hooks.stateUrl,
      setupUrl: hooks.setupUrl,
      effectsUrl: hooks.effectsUrl,
      stateSupplierPointer: hooks.supplierPointer,
      stateTrackingPointer: hooks.trackingPointer,
      ...(secret !== undefined ? { headers: { [SECRET_HEADER]: secret } } : {}),
    },
    orders,
    close: async () => {
      await server.stop({ timeout: 1000 });
    },
  };
}
