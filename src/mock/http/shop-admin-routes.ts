import type { ServerRoute } from '@hapi/hapi';
import { schemaId, validateWith } from '../../contract/index.js';
import type { FaultRule } from '../../generated/types.js';
import { errorAnswer, invalidAnswer, safe } from './probo-error.js';
import type { ShopContext } from './shop-context.js';
import { jsonBodyRoute, noBodyRoute } from './admin-body.js';

const FAULT_RULE = schemaId('api/fault-rule');

/**
 * Admin routes of the shop flow (invented): fault rules for clients that cannot set
 * `X-Probo-Mock-Answer`, the log of API calls and the uploader sessions, for the inspector.
 */
export function shopAdminRoutes(shop: ShopContext): ServerRoute[] {
  return [
    { method: 'GET', path: '/__mock/faults', handler: () => ({ rules: shop.faults.list() }) },
    {
      method: 'POST',
      path: '/__mock/faults',
      options: jsonBodyRoute((request, h) => {
        const result = validateWith(FAULT_RULE, request.payload);
        if (!result.valid)
          return invalidAnswer(h, 'invalid_body', 'The fault rule', result.diagnostics);
        return h.response({ rule: shop.faults.add(request.payload as FaultRule) }).code(201);
      }, 64 * 1024),
    },
    {
      method: 'DELETE',
      path: '/__mock/faults',
      options: noBodyRoute(() => {
        shop.faults.clear();
        return { rules: [] };
      }),
    },
    {
      method: 'GET',
      path: '/__mock/calls',
      handler: safe((request, h) => {
        const q = request.query as Record<string, string | undefined>;
        const limit = q.limit === undefined ? undefined : Number(q.limit);
        if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1))
          return errorAnswer(h, 'invalid_query', 'limit must be a positive integer');
        return {
          calls: shop.calls.list({
            ...(q.path ? { path: q.path } : {}),
            ...(limit ? { limit } : {}),
          }),
        };
      }),
    },
    {
      method: 'GET',
      path: '/__mock/uploaders',
      handler: () => ({
        sessions: shop.sessions.list().map(({ token: _token, ...rest }) => rest),
      }),
    },
  ];
}
