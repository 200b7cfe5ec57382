// A small node:http callback receiver with one state flaw (options.flaw), for the shrinking
// figures of the `explore` benchmark: the flaws of test/support/receivers/explore-flawed-receivers.ts,
// written again in plain JavaScript because the bench runs on dist/ without a TypeScript loader.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { isProboStatus, LIFECYCLE_EDGES, nextState } from '../../dist/contract/index.js';
import { options, serveIpc } from '../lib/serve-ipc.mjs';

const GRAPH = new Set(LIFECYCLE_EDGES.map(([a, b]) => `${a}→${b}`));
const CARRIER_TROUBLE = [
  'shipment_returned',
  'shipment_exception',
  'shipment_not_at_home',
  'shipment_delayed',
];
const lifecycle = (state, status) =>
  state !== undefined && !isProboStatus(state)
    ? state
    : (nextState(state ?? null, status) ?? undefined);
const SUBSTRING = [
  ['cancel', 'canceled'],
  ['deliver', 'shipment_delivered'],
  ['accept', 'accepted'],
  ['ship', 'shipment_in_transit'],
];

/** @type {Record<string, (state: string | undefined, status: string) => string | undefined>} */
export const FLAWS = {
  'stale-updates': (state, status) =>
    !isProboStatus(status) ||
    (status === 'not_accepted' && state !== undefined && state !== 'queued')
      ? state
      : status,
  substring: (state, status) => {
    const mapped = SUBSTRING.find(([part]) => status.includes(part))?.[1] ?? status;
    return lifecycle(state, mapped);
  },
  'stuck-on-skip': (state, status) => {
    if (!isProboStatus(status)) return state;
    if (state === undefined) return status;
    return GRAPH.has(`${state}→${status}`) ? status : state;
  },
  'failures-as-delivered': (state, status) =>
    lifecycle(state, CARRIER_TROUBLE.includes(status) ? 'shipment_delivered' : status),
  'unknown-applied': (state, status) => (isProboStatus(status) ? lifecycle(state, status) : status),
};

const rule = FLAWS[options.flaw];
if (!rule) throw new Error(`unknown flaw ${options.flaw}`);
const orders = new Map();
const send = (res, status, body) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (req.method === 'GET' && url.pathname.startsWith('/orders/')) {
      const id = decodeURIComponent(url.pathname.slice('/orders/'.length));
      return orders.has(id)
        ? send(res, 200, { id, status: orders.get(id) ?? null })
        : send(res, 404, {});
    }
    let msg;
    try {
      msg = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: 'not JSON' });
    }
    if (typeof msg?.status !== 'string' || typeof msg.order?.id !== 'string')
      return send(res, 400, {});
    orders.set(msg.order.id, rule(orders.get(msg.order.id), msg.status));
    return send(res, 200, { ok: true });
  });
});
server.keepAliveTimeout = 30_000;
const listening = once(server.listen(0, '127.0.0.1'), 'listening');

serveIpc({
  url: async () => {
    await listening;
    const base = `http://127.0.0.1:${server.address().port}`;
    return base;
  },
  hooks: async () => {
    await listening;
    const base = `http://127.0.0.1:${server.address().port}`;
    return { callbackUrl: `${base}/webhooks/probo`, stateUrl: `${base}/orders/{id}` };
  },
  stop: async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    return true;
  },
});
