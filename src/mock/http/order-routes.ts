import type { Boom } from '@hapi/boom';
import type { Lifecycle, Request, ResponseObject, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import { schemaId, validateOrder, validateWith } from '../../contract/index.js';
import type { Diagnostic } from '../../contract/index.js';
import type { OrderCancelRequest, OrderPost, OrderStatusRequest } from '../../generated/types.js';
import { headerOf, rateHeadersOf, refusedCall, tenantOfRequest } from './api-guard.js';
import { callbackHostProblems } from '../engine/callback-hosts.js';
import { storeUnavailable } from '../engine/engine.js';
import type { AcceptedOrder, MockEngine } from '../engine/engine.js';
import { bodyTextOf, readingJsonBody } from './reading-json.js';
import { boomAnswer, invalidAnswer, safe } from './probo-error.js';
import type { RateLimiter } from './rate-limiter.js';
import { SCENARIO_HEADER } from '../engine/scenario-choice.js';

const STATUS_REQUEST_ID = schemaId('api/order-status-request');
const CANCEL_REQUEST_ID = schemaId('api/order-cancel-request');
const RELEASE_REQUEST_ID = schemaId('api/order-release-request');

/** What the catalog adds to `POST /order` (strict product codes, uploader sessions). */
export interface OrderHooks {
  /** Problems of a valid post that refuse it (`--strict-catalog`); `tenant`: the key's account. */
  check?(post: OrderPost, tenant: string | undefined): Diagnostic[];
  /** Fields added to the 202 answer (`uploaders`). */
  answer?(accepted: AcceptedOrder, request: Request): Record<string, unknown> | undefined;
}

/** Plays an `X-Probo-Mock-Answer` fault (faults.ts), or undefined to go on. */
export type FaultHook = (
  request: Request,
  h: ResponseToolkit,
  rateHeaders: Record<string, string> | undefined,
) => Lifecycle.ReturnValue | undefined;

/**
 * `POST /order`, `/order/status`, `/order/cancel` and `/order/release`, at Probo's paths; they
 * answer every error in Probo's shape themselves (the 405s come from `notFoundRoute`).
 */
export function orderRoutes(
  engine: MockEngine,
  limiter: RateLimiter | undefined,
  hooks: OrderHooks = {},
  fault?: FaultHook,
): ServerRoute[] {
  const maxBodyBytes = engine.options.maxBodyBytes;
  // hapi's own refusals (of the body, of the Cookie header) in our shape: these routes have no
  // onPreResponse (one lifecycle step less per order).
  const failAction = (request: Request, h: ResponseToolkit, error: Error | undefined) =>
    withRateHeaders(request, boomAnswer(h, error as Boom, maxBodyBytes)).takeover();
  const options = {
    // Handed over as a stream, read by readBody and parsed by parseJsonBody: cheaper than hapi's
    // own reading, and strict UTF-8 and shape limits, which hapi lacks.
    payload: {
      parse: false,
      output: 'stream' as const,
      allow: 'application/json',
      maxBytes: maxBodyBytes,
      // A Content-Length over the limit, the media type.
      failAction,
    },
    state: { failAction },
    // Auth and rate limit come before the body is read: a bad key is a 401 whatever the body.
    ext: { onPreAuth: { method: guard(engine, limiter, fault) } },
  };
  const route = (path: string, handler: Lifecycle.Method): ServerRoute => ({
    method: 'POST',
    path,
    options: { ...options, handler: answering(readingJsonBody(safe(handler), maxBodyBytes)) },
  });
  return [
    route('/order', postOrder(engine, hooks)),
    route('/order/status', postStatus(engine)),
    route('/order/cancel', postCancel(engine)),
    route('/order/release', postRelease(engine)),
  ];
}

function guard(
  engine: MockEngine,
  limiter: RateLimiter | undefined,
  fault?: FaultHook,
): Lifecycle.Method {
  return (request: Request, h: ResponseToolkit) =>
    refusedCall(request, h, engine.options.apiKey, limiter) ??
    fault?.(request, h, rateHeadersOf(request)) ??
    h.continue;
}

/** Adds the request's rate limit headers, if any, to its answer. */
function withRateHeaders(request: Request, answer: ResponseObject): ResponseObject {
  const headers = rateHeadersOf(request);
  if (headers) for (const name in headers) answer.header(name, headers[name] as string);
  return answer;
}

/** The handler's answer (at once or later) with the rate limit headers. */
function answering(handler: Lifecycle.Method): Lifecycle.Method {
  return (request, h, err) => {
    const result = handler.call(null, request, h, err);
    // Without a rate limit there is nothing to add: no promise step for an answer that waited.
    if (!rateHeadersOf(request)) return result;
    if (result instanceof Promise)
      return result.then((answer) => withRateHeaders(request, answer as ResponseObject));
    return withRateHeaders(request, result as ResponseObject);
  };
}

function postOrder(engine: MockEngine, hooks: OrderHooks): Lifecycle.Method {
  return (request, h) => {
    const result = validateOrder(request.payload);
    if (!result.valid) return invalidAnswer(h, 'invalid_order', 'The order', result.diagnostics);
    const refused = hooks.check?.(request.payload as OrderPost, tenantOfRequest(request));
    if (refused && refused.length > 0)
      return invalidAnswer(h, 'unknown_product', 'The order', refused);
    const post = request.payload as OrderPost;
    const urls = Array.isArray(post.callback_urls) ? post.callback_urls : undefined;
    const hosts = callbackHostProblems(urls, engine.options.allowCallbackHosts);
    if (hosts.length > 0) return invalidAnswer(h, 'callback_host_not_allowed', 'The order', hosts);
    const accepted = engine.acceptOrder(
      post,
      headerOf(request, SCENARIO_HEADER),
      bodyTextOf(request),
      tenantOfRequest(request),
    );
    const extra = hooks.answer?.(accepted, request);
    const body = extra ? { ...accepted.queued, ...extra } : accepted.queued;
    const answer = () => h.response(body).code(202);
    // A durable store: the 202 waits until the order is committed (one commit per batch).
    const written = engine.written();
    if (!written) return answer();
    return written.then(answer, (error: unknown) => {
      // Not stored, so not taken: the shop's retry must be a new order, not a duplicate.
      engine.withdraw(accepted.order.key);
      throw storeUnavailable(error as Error);
    });
  };
}

/** "Max 5 orders" (the specification's words) instead of the schema's. */
function maxFive(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) =>
    d.pointer === '/orders' && d.keyword === 'maxItems'
      ? { ...d, message: 'has more than 5 orders: Max 5 orders per call' }
      : d,
  );
}

function postStatus(engine: MockEngine): Lifecycle.Method {
  return (request, h) => {
    const result = validateWith(STATUS_REQUEST_ID, request.payload);
    if (!result.valid) {
      const problems = maxFive(result.diagnostics);
      return invalidAnswer(h, 'invalid_status_request', 'The status request', problems);
    }
    const { orders } = request.payload as OrderStatusRequest;
    return h
      .response({
        status: 'ok',
        message: 'Status retrieved',
        orders: engine.status(orders, tenantOfRequest(request)),
      })
      .code(200);
  };
}

function postCancel(engine: MockEngine): Lifecycle.Method {
  return (request, h) => {
    const result = validateWith(CANCEL_REQUEST_ID, request.payload);
    if (!result.valid)
      return invalidAnswer(h, 'invalid_cancel_request', 'The cancel request', result.diagnostics);
    const answer = engine.cancel(request.payload as OrderCancelRequest, tenantOfRequest(request));
    return h.response(answer).code(200);
  };
}

function postRelease(engine: MockEngine): Lifecycle.Method {
  return (request, h) => {
    const result = validateWith(RELEASE_REQUEST_ID, request.payload);
    if (!result.valid)
      return invalidAnswer(h, 'invalid_release_request', 'The release request', result.diagnostics);
    const answer = engine.release(request.payload as OrderCancelRequest, tenantOfRequest(request));
    return h.response(answer).code(200);
  };
}
