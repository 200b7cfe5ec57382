import type { Boom } from '@hapi/boom';
import type { Lifecycle, Request, ResponseObject, ResponseToolkit, RouteOptions } from '@hapi/hapi';
import { checkAuthorization } from './auth.js';
import { boomError, unauthorizedAnswer } from './probo-error.js';
import { playFault } from './faults.js';
import { quotaAnswer, rateLimitHeaders } from './rate-limiter.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ShopContext } from './shop-context.js';
import { tenantOf } from '../engine/tenant.js';

const RATE = Symbol('probo-mock rate headers');
const TENANT = Symbol('probo-mock tenant');
type Marked = Request & { plugins: { [RATE]?: Record<string, string>; [TENANT]?: string } };

/**
 * Auth and rate limit of a call to Probo's API, before its body is read (a bad key is a 401
 * whatever the body): the 401 or 429 to answer, or undefined to go on. The rate headers stay on
 * the request for its answer (`rateHeadersOf`). For the order routes and the catalog routes.
 */
export function refusedCall(
  request: Request,
  h: ResponseToolkit,
  apiKeys: readonly string[] | undefined,
  limiter: RateLimiter | undefined,
): Lifecycle.ReturnValue | undefined {
  const auth = checkAuthorization(headerOf(request, 'authorization'), apiKeys);
  if (!auth.ok) return unauthorizedAnswer(h, auth.message);
  // The key's account: the orders it may see and change (the key itself is not kept).
  (request as Marked).plugins[TENANT] = tenantOf(auth.token);
  if (!limiter) return undefined;
  const decision = limiter.take(auth.token);
  const headers = rateLimitHeaders(decision);
  (request as Marked).plugins[RATE] = headers;
  if (decision.allowed) return undefined;
  return quotaAnswer(h, headers).takeover();
}

/** The tenant of the key `refusedCall` let through (tenant.ts). */
export function tenantOfRequest(request: Request): string | undefined {
  return (request as Marked).plugins[TENANT];
}

/** The rate limit headers `refusedCall` kept for this request's answer (none without a limit). */
export function rateHeadersOf(request: Request): Record<string, string> | undefined {
  return (request as Marked).plugins[RATE];
}

/**
 * Route options of the catalog and uploader API routes: the same auth and rate limit as the
 * order routes (before the body is read), then a fault if one is asked for; every answer gets the
 * rate headers, and a hapi error answers in Probo's shape (the plugin logs every call:
 * api-call-recorder.ts).
 */
export function apiRouteOptions(shop: ShopContext): Pick<RouteOptions, 'ext'> {
  const { engine, limiter } = shop;
  const onPreAuth: Lifecycle.Method = (request, h) => {
    return (
      refusedCall(request, h, engine.options.apiKey, limiter) ??
      playFault(request, h, shop.faults, shop.calls, rateHeadersOf(request), true) ??
      h.continue
    );
  };
  const onPreResponse: Lifecycle.Method = (request, h) => {
    let response = request.response as ResponseObject | Boom;
    if ('isBoom' in response && response.isBoom) {
      const mapped = boomError(response, engine.options.maxBodyBytes);
      response = h.response(mapped.body).code(mapped.status);
    }
    const answer = response as ResponseObject;
    const headers = rateHeadersOf(request);
    if (headers && answer.header) for (const name in headers) answer.header(name, headers[name]!);
    return answer === request.response ? h.continue : answer;
  };
  return { ext: { onPreAuth: { method: onPreAuth }, onPreResponse: { method: onPreResponse } } };
}

/** Route options that answer hapi's own errors in Probo's shape (routes without the API guard). */
export function proboErrorsOnly(maxBodyBytes: number): Pick<RouteOptions, 'ext'> {
  const onPreResponse: Lifecycle.Method = (request, h) => {
    const response = request.response as ResponseObject | Boom;
    if (!('isBoom' in response && response.isBoom)) return h.continue;
    const mapped = boomError(response, maxBodyBytes);
    return h.response(mapped.body).code(mapped.status);
  };
  return { ext: { onPreResponse: { method: onPreResponse } } };
}

export function headerOf(request: Request, name: string): string | undefined {
  const value: unknown = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
