import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canTransition, isProboStatus } from '../../../src/contract/index.js';

/**
 * A small node:http callback receiver, written the way a shop might write one, that conforms by
 * default and takes one flaw at a time: the test receivers that prove each conformance check can
 * fail. It does not use the reference receiver, so the checks are proven against other code.
 */

export interface ToyMessage {
  status: string;
  message?: unknown;
  order: { id: string; reference?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ToyOrder {
  id: string;
  /** The receiver's own state word (by default the Probo status itself). */
  state: string | undefined;
  history: string[];
  /** Per-order counters a flawed receiver may keep. */
  counts: Record<string, number>;
  /** Probo's order number as the receiver kept it (null: not kept). */
  supplierOrderNumber: unknown;
  /** The tracking URLs the receiver kept. */
  tracking: string[];
  /** The side effects it performed (e-mails), oldest first. */
  effects: unknown[];
}

export interface ScreenContext {
  /** Every callback body received before, byte for byte. */
  seen: Set<string>;
  /** The order the message is about, if the receiver has it. */
  order: ToyOrder | undefined;
}

export interface Flaws {
  /** Answer to a body that is not JSON (a good receiver: 400). */
  malformedStatus?: number;
  /** Looks at a readable callback first; a number ends the request with that status. */
  screen?: (msg: ToyMessage, raw: string, known: ScreenContext) => number | undefined;
  /** The state rule: the new state word, or undefined to keep the current one. */
  next?: (order: ToyOrder, msg: ToyMessage) => string | undefined;
  /** Request bodies above this many bytes get a 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** More requests in flight than this get a 503. */
  maxInFlight?: number;
  /** Simulated asynchronous work (a database write) before each answer. */
  workMs?: number;
  /** Extra delay before answering a message. */
  delayMs?: (msg: ToyMessage) => number;
  /** Orders must be set up first; a callback for any other order gets this status. */
  unknownOrderStatus?: number;
  /** Answer to a setup (good: 201). */
  setupStatus?: number;
  /** Every request without this header value gets a 401. */
  secret?: { header: string; value: string };
  /** With `secret`: a request without the header at all is let through (checked only when sent). */
  acceptsWithoutSecret?: true;
  /**
   * The side effect (an e-mail) a callback performs, if any. `before` is the state read when the
   * callback came in (before any delay), `changed` whether it changed the state. Default: an
   * e-mail `{"kind": "email", "status": S}` when the callback changed the state to S.
   */
  effect?: (e: {
    order: ToyOrder;
    msg: ToyMessage;
    before: string | undefined;
    changed: boolean;
  }) => unknown;
  /** The answer of the effects hook for an order (default: its effects as a JSON array). */
  effectsAnswer?: (order: ToyOrder | undefined) => { status: number; body: string };
  /**
   * The word the state hook reports for the receiver's state (a shop's own coarse words, e.g.
   * "shipped" for every carrier status); default: the state itself.
   */
  stateWord?: (state: string) => string;
  /** Extra properties of the state answer (a large order document, bytes to show). */
  stateExtra?: Record<string, unknown>;
  /** The word the state hook reports for an order no callback has moved yet (default: null). */
  noStateWord?: string;
  /** What it keeps of order.supplier_order_number (default: the value as sent). */
  keepSupplierNumber?: (value: unknown) => unknown;
  /** What it keeps of shipped_packages (default: every tracking_url). */
  keepTracking?: (packages: { tracking_url?: string; barcode?: string }[]) => string[];
  /** Its database takes UUIDs only: any other order id (callback, setup, state) gets this status. */
  uuidOnly?: number;
  /** The id the setup hook gives the order (answered as {"id": …}); default: the one asked for. */
  setupId?: (requested: string) => string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The conforming rule: apply a status only when the lifecycle allows it. */
export function lifecycleNext(order: ToyOrder, msg: ToyMessage): string | undefined {
  if (!isProboStatus(msg.status)) return undefined;
  const current = order.state;
  if (current !== undefined && !isProboStatus(current)) return undefined;
  return canTransition(current, msg.status) ? msg.status : undefined;
}

export interface ToyReceiver {
  callbackUrl: string;
  stateUrl: string;
  setupUrl: string;
  effectsUrl: string;
  orders: Map<string, ToyOrder>;
  /** Every callback POST received: its headers and raw body. */
  received: { headers: IncomingMessage['headers']; raw: string }[];
  /** Every request, in arrival order: method, URL, headers and raw body (for byte comparisons). */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; raw: string }[];
  /** Most requests in flight at once so far (refused ones not counted), and how many were refused as too many. */
  inFlight(): { peak: number; refused: number };
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startToyReceiver(flaws: Flaws = {}): Promise<ToyReceiver> {
  const orders = new Map<string, ToyOrder>();
  const seen = new Set<string>();
  const received: ToyReceiver['received'] = [];
  const requests: ToyReceiver['requests'] = [];
  const maxBody = flaws.maxBodyBytes ?? 1024 * 1024;
  let inFlight = 0;
  let peak = 0;
  let peakRefused = 0;

  const send = (res: ServerResponse, status: number, body: unknown = { ok: status < 300 }) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const order = (id: string): ToyOrder => {
    let o = orders.get(id);
    if (!o)
      orders.set(
        id,
        (o = {
          id,
          state: undefined,
          history: [],
          counts: {},
          supplierOrderNumber: null,
          tracking: [],
          effects: [],
        }),
      );
    return o;
  };

  async function readBody(req: IncomingMessage): Promise<string | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) return undefined;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (flaws.workMs) await wait(flaws.workMs);
    if (flaws.secret) {
      const given = req.headers[flaws.secret.header.toLowerCase()];
      const waived = flaws.acceptsWithoutSecret && given === undefined;
      if (given !== flaws.secret.value && !waived) return send(res, 401);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/effects/')) {
      const o = orders.get(decodeURIComponent(url.pathname.slice('/effects/'.length)));
      if (flaws.effectsAnswer) {
        const answer = flaws.effectsAnswer(o);
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
        return;
      }
      return send(res, 200, o?.effects ?? []);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/orders/')) {
      requests.push({ method: 'GET', url: req.url ?? '', headers: req.headers, raw: '' });
      const id = decodeURIComponent(url.pathname.slice('/orders/'.length));
      if (flaws.uuidOnly !== undefined && !UUID.test(id)) return send(res, flaws.uuidOnly);
      const o = orders.get(id);
      if (!o) return send(res, 404);
      const word =
        o.state === undefined
          ? (flaws.noStateWord ?? null)
          : (flaws.stateWord?.(o.state) ?? o.state);
      return send(res, 200, {
        id: o.id,
        status: word,
        history: o.history,
        supplier_order_number: o.supplierOrderNumber,
        tracking: o.tracking,
        ...flaws.stateExtra,
      });
    }
    if (req.method !== 'POST') return send(res, 405);
    const raw = await readBody(req);
    if (raw === undefined) return send(res, 413, { error: 'payload too large' });
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw });
    if (url.pathname === '/webhooks/probo') received.push({ headers: req.headers, raw });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, flaws.malformedStatus ?? 400);
    }
    if (url.pathname === '/setup') {
      const id = (body as { id?: unknown }).id;
      if (typeof id !== 'string') return send(res, 400);
      if (flaws.uuidOnly !== undefined && !UUID.test(id)) return send(res, flaws.uuidOnly);
      const chosen = flaws.setupId?.(id) ?? id;
      order(chosen);
      return send(res, flaws.setupStatus ?? 201, { id: chosen });
    }
    if (url.pathname !== '/webhooks/probo') return send(res, 404);
    const msg = body as ToyMessage;
    if (typeof msg?.status !== 'string' || typeof msg.order?.id !== 'string') return send(res, 400);
    if (flaws.uuidOnly !== undefined && !UUID.test(msg.order.id))
      return send(res, flaws.uuidOnly, { error: 'invalid input syntax for type uuid' });
    const early = flaws.screen?.(msg, raw, { seen, order: orders.get(msg.order.id) });
    seen.add(raw);
    if (early !== undefined) return send(res, early);
    if (flaws.unknownOrderStatus !== undefined && !orders.has(msg.order.id)) {
      return send(res, flaws.unknownOrderStatus);
    }
    const before = orders.get(msg.order.id)?.state;
    const delay = flaws.delayMs?.(msg) ?? 0;
    if (delay > 0) await wait(delay);
    const o = order(msg.order.id);
    const number = msg.order.supplier_order_number;
    if (number !== undefined && o.supplierOrderNumber === null) {
      const kept = flaws.keepSupplierNumber ? flaws.keepSupplierNumber(number) : number;
      o.supplierOrderNumber = kept ?? null;
    }
    const packages = msg.shipped_packages as
      { tracking_url?: string; barcode?: string }[] | undefined;
    if (Array.isArray(packages)) {
      const kept = flaws.keepTracking
        ? flaws.keepTracking(packages)
        : packages.flatMap((p) => (p.tracking_url ? [p.tracking_url] : []));
      for (const t of kept) if (!o.tracking.includes(t)) o.tracking.push(t);
    }
    const next = (flaws.next ?? lifecycleNext)(o, msg);
    const changed = next !== undefined && next !== o.state;
    if (next !== undefined) {
      o.state = next;
      o.history.push(next);
    }
    const effect = flaws.effect
      ? flaws.effect({ order: o, msg, before, changed })
      : changed
        ? { kind: 'email', status: next }
        : undefined;
    if (effect !== undefined) o.effects.push(effect);
    return send(res, 200);
  }

  const server = createServer((req, res) => {
    // A request is in flight until its answer is written (the client cannot send the next one on
    // that connection before it has it) or the connection goes.
    inFlight++;
    let counted = true;
    const done = (): void => {
      if (counted) inFlight--;
      counted = false;
    };
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof res.end>) => {
      done();
      return end(...args);
    }) as typeof res.end;
    res.on('close', done);
    if (flaws.maxInFlight !== undefined && inFlight > flaws.maxInFlight) {
      peakRefused++;
      send(res, 503, { error: 'busy' });
      return;
    }
    peak = Math.max(peak, inFlight);
    handle(req, res).catch(() => send(res, 500));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    callbackUrl: `${base}/webhooks/probo`,
    stateUrl: `${base}/orders/{id}`,
    setupUrl: `${base}/setup`,
    effectsUrl: `${base}/effects/{id}`,
    orders,
    received,
    requests,
    inFlight: () => ({ peak, refused: peakRefused }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
