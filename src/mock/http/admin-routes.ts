import type { ResponseObject, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import type { DeliveryOutcome, JournalQuery } from '../../delivery/journal.js';
import type { MockEngine } from '../engine/engine.js';
import { MockDomainError } from '../engine/domain-error.js';
import { proboError, safe } from './probo-error.js';
import { parsePushRequest } from '../engine/push-request.js';
import { jsonBodyRoute, noBodyRoute } from './admin-body.js';

const OUTCOMES: readonly DeliveryOutcome[] = [
  'delivered',
  'retrying',
  'failed',
  'interrupted',
  'dropped',
];

/** The admin API under `/__mock/` (all invented): what the inspector and integrators' tests use. */
export function adminRoutes(engine: MockEngine, started: number): ServerRoute[] {
  const maxBodyBytes = engine.options.maxBodyBytes;
  return [
    {
      method: 'GET',
      path: '/__mock/health',
      handler: (_request, h) => {
        const state = {
          uptimeMs: Date.now() - started,
          orders: engine.orders.size,
          journal: {
            size: engine.journal.size,
            total: engine.journal.total,
            limit: engine.journal.limit,
          },
          busy: engine.dispatcher.activity.busy,
          manual: engine.options.manual,
          // Deliveries not yet made, against --max-pending (posts past it get 503).
          pending: engine.bounds.budget.pending,
          maxPending: engine.bounds.budget.max,
          orderLimit: engine.bounds.orderLimit,
        };
        // A store that cannot write: a 503 a health check sees, saying why (posts get 503 too).
        const fault = engine.storeFault;
        if (!fault) return { status: 'ok', ...state };
        const message = `The store is unavailable: ${fault.message}; order posts get 503 until a write succeeds`;
        const { status, body } = proboError('store_unavailable', message);
        return h.response(body).code(status).header('retry-after', '1');
      },
    },
    {
      method: 'GET',
      path: '/__mock/orders',
      // Every tenant's orders; `?tenant=t_…` (a record's `tenant`) only that key's.
      handler: safe((request, h) => {
        const tenant = (request.query as Record<string, unknown>).tenant;
        if (tenant === undefined) return jsonAnswer(h, { orders: engine.orders.list() });
        if (typeof tenant !== 'string' || !/^t_[0-9a-f]{16}$/.test(tenant))
          throw new MockDomainError(
            'invalid_query',
            'tenant must be a tenant id as order records show it: t_ and 16 hex digits (the start of the SHA-256 of the API key)',
          );
        return jsonAnswer(h, { orders: engine.orders.list().filter((o) => o.tenant === tenant) });
      }),
    },
    {
      method: 'GET',
      path: '/__mock/orders/{id}',
      handler: safe((request) => {
        const key = request.params.id as string;
        const order = engine.orders.get(key);
        if (!order) throw new MockDomainError('unknown_order', `No order '${key}'`);
        const duplicates = engine.orders
          .list()
          .filter((o) => o.duplicateOf === order.key)
          .map((o) => o.key);
        return {
          order,
          // Near-misses of the post (callback_url, singular, …): taken, but said.
          warnings: order.warnings ?? [],
          duplicates,
          attempts: engine.journal.query({ orderKey: key }),
        };
      }),
    },
    {
      method: 'GET',
      path: '/__mock/deliveries',
      handler: safe((request, h) => {
        const q = request.query as Record<string, string | undefined>;
        const query: JournalQuery = {};
        if (q.order) query.order = q.order;
        if (q.status) query.status = q.status;
        if (q.outcome) {
          if (!(OUTCOMES as readonly string[]).includes(q.outcome)) {
            throw new MockDomainError(
              'invalid_query',
              `outcome must be one of ${OUTCOMES.join(', ')}`,
            );
          }
          query.outcome = q.outcome as DeliveryOutcome;
        }
        if (q.limit) {
          const limit = Number(q.limit);
          if (!Number.isInteger(limit) || limit < 1)
            throw new MockDomainError('invalid_query', 'limit must be a positive integer');
          query.limit = limit;
        }
        return jsonAnswer(h, { deliveries: engine.journal.query(query) });
      }),
    },
    {
      method: 'POST',
      path: '/__mock/orders/{id}/push',
      options: jsonBodyRoute((request, h) => {
        const pushed = engine.push(request.params.id as string, parsePushRequest(request.payload));
        return h
          .response({
            order: pushed.order.key,
            deliveries: pushed.deliveries,
            body: JSON.parse(pushed.body) as unknown,
          })
          .code(202);
      }, maxBodyBytes),
    },
    {
      method: 'POST',
      path: '/__mock/orders/{id}/advance',
      options: noBodyRoute((request, h) => {
        const { order, step } = engine.advance(request.params.id as string);
        return h
          .response({ order: order.key, step: { index: step.index, status: step.label } })
          .code(202);
      }),
    },
    {
      method: 'GET',
      path: '/__mock/scenarios',
      handler: () => ({
        scenarios: engine.scenarios.list().map(({ scenario, source }) => ({
          name: scenario.name,
          description: scenario.description,
          steps: scenario.steps.length,
          source,
        })),
      }),
    },
    {
      method: 'GET',
      path: '/__mock/scenarios/{name}',
      handler: safe((request) => {
        const name = request.params.name as string;
        if (!engine.scenarios.has(name))
          throw new MockDomainError('unknown_scenario', `No scenario '${name}'`);
        return engine.scenarios.get(name);
      }),
    },
    {
      method: 'POST',
      path: '/__mock/reset',
      options: noBodyRoute(() => {
        engine.reset();
        return { reset: true };
      }),
    },
  ];
}

/**
 * A list that may be large, serialised here rather than by hapi: hapi serialises after the
 * route's extensions, so a failure there (a string too long) would answer in hapi's own shape;
 * here `safe` answers it in Probo's.
 */
function jsonAnswer(h: ResponseToolkit, value: unknown): ResponseObject {
  return h.response(JSON.stringify(value)).type('application/json; charset=utf-8');
}
