import type { Boom } from '@hapi/boom';
import type {
  Lifecycle,
  Request,
  ResponseObject,
  ResponseToolkit,
  Server,
  ServerRoute,
} from '@hapi/hapi';
import type { Diagnostic } from '../../contract/index.js';
import type { ErrorBody } from '../../generated/types.js';
import { CatalogError, problemsMessage } from '../../catalog/problem.js';
import { MockDomainError } from '../engine/domain-error.js';
import type { DomainErrorCode } from '../engine/domain-error.js';

/**
 * The one error mapping of the mock's HTTP layer: every error answer (Probo's routes, the admin
 * API, hapi's own payload errors, unknown routes, a crash) is built here, in Probo's shape
 * `{"status": "error", "message": …}` (documented: the 400 bodies of /order/cancel and
 * /order/release), plus our `reason` code and pointer-level `errors` list (invented).
 */

/** The HTTP-layer codes, besides the engine's. */
export type HttpErrorCode =
  | 'invalid_json'
  | 'invalid_encoding'
  | 'invalid_body'
  | 'too_deep'
  | 'too_many_items'
  | 'forbidden_key'
  | 'payload_too_large'
  | 'payload_timeout'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'admin_token_required'
  /** A state-changing admin request another web page could have sent (cross-site.ts). */
  | 'cross_site_request'
  /** A `Host` that is not the mock's (host-check.ts). */
  | 'misdirected_request'
  /** A request path that cannot be decoded. */
  | 'invalid_url'
  /** A `Cookie` header hapi cannot parse (checked on every route before the handler). */
  | 'invalid_cookie'
  | 'invalid_order'
  | 'invalid_status_request'
  | 'invalid_cancel_request'
  | 'invalid_release_request'
  | 'callback_host_not_allowed'
  /** `--strict-catalog`: an order product the catalog does not know. */
  | 'unknown_product'
  | 'internal_error';

export type ErrorCode = DomainErrorCode | HttpErrorCode;

/** Every code's HTTP status: the one table. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  // the engine's
  unknown_scenario: 400,
  unknown_order: 404,
  unknown_delivery: 404,
  order_does_not_exist: 400, // documented: 400 "Order does not exist"
  cannot_cancel: 400, // documented
  cannot_release: 400, // documented
  not_manual: 409,
  no_step_left: 409,
  held_for_uploads: 409,
  invalid_push: 400,
  invalid_query: 400,
  store_unavailable: 503,
  too_many_pending: 503,
  // the HTTP layer's
  invalid_json: 400,
  invalid_encoding: 400,
  invalid_body: 400,
  too_deep: 400,
  too_many_items: 400,
  forbidden_key: 400,
  payload_too_large: 413,
  payload_timeout: 408,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  unauthorized: 401,
  admin_token_required: 401,
  cross_site_request: 403,
  misdirected_request: 421,
  invalid_url: 400,
  invalid_cookie: 400,
  invalid_order: 400,
  invalid_status_request: 400,
  invalid_cancel_request: 400,
  invalid_release_request: 400,
  callback_host_not_allowed: 400,
  unknown_product: 400,
  internal_error: 500,
};

/** A code for a bare HTTP status (hapi errors, other plugins' statuses). */
const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'invalid_body',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'payload_timeout',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  503: 'store_unavailable',
};

export interface ProboError {
  status: number;
  body: ErrorBody;
}

/**
 * An error answer: its HTTP status and body. `what` is a code (its status from ERROR_STATUS) or a
 * bare HTTP status; `errors`, every problem by JSON pointer; `fields`, Probo's own extra fields
 * (cancel and release echo `id`). For other route modules too (catalog routes reuse it).
 */
export function proboError(
  what: ErrorCode | number,
  message: string,
  errors?: readonly Pick<Diagnostic, 'pointer' | 'message'>[],
  fields?: Readonly<Record<string, unknown>>,
): ProboError {
  const status = typeof what === 'number' ? what : ERROR_STATUS[what];
  const reason =
    typeof what === 'number'
      ? (CODE_OF_STATUS[what] ?? (what >= 500 ? 'internal_error' : 'error'))
      : what;
  const body: ErrorBody = { status: 'error', message, ...fields, reason };
  if (errors) body.errors = errors.map((d) => ({ pointer: d.pointer, message: d.message }));
  return { status, body };
}

/** The same, as a hapi answer. */
export function errorAnswer(
  h: ResponseToolkit,
  what: ErrorCode | number,
  message: string,
  errors?: readonly Pick<Diagnostic, 'pointer' | 'message'>[],
  fields?: Readonly<Record<string, unknown>>,
): ResponseObject {
  const { status, body } = proboError(what, message, errors, fields);
  return h.response(body).code(status);
}

/** The 401 of every Probo API route: the accepted schemes in `www-authenticate`, ending the request. */
export function unauthorizedAnswer(h: ResponseToolkit, message: string): Lifecycle.ReturnValue {
  return errorAnswer(h, 'unauthorized', message)
    .header('www-authenticate', 'Bearer, Basic realm="probo-mock"')
    .takeover();
}

/** A 400 that names every problem of a body, by JSON pointer, in one message and the list. */
export function invalidAnswer(
  h: ResponseToolkit,
  code: ErrorCode,
  what: string,
  diagnostics: readonly Diagnostic[],
): ResponseObject {
  return errorAnswer(h, code, problemsMessage(what, diagnostics), diagnostics);
}

/** A failure of the mock itself: says nothing of internals. */
export function internalError(status = 500): ProboError {
  return proboError(status, 'The mock failed to handle this request');
}

/**
 * What an error thrown by a handler answers: a domain error by its code, a catalog refusal by its
 * status and reason, anything else a 500.
 */
export function thrownError(error: unknown): ProboError {
  if (error instanceof MockDomainError)
    return proboError(error.code, error.message, undefined, error.fields);
  if (error instanceof CatalogError) {
    const problems = error.problems.length > 0 ? error.problems : undefined;
    const { status, body } = proboError(error.status, error.message, problems);
    return { status, body: { ...body, reason: error.reason } };
  }
  return internalError();
}

/**
 * hapi's own errors (payload parsing, size, media type, a missing route, a crash) in Probo's
 * shape, with words a shop developer can act on. A 5xx never carries internals.
 */
export function boomError(error: Boom, maxBodyBytes: number): ProboError {
  const status = error.output.statusCode;
  const raw = error.message;
  // hapi parses the Cookie header of every request, before any handler; its refusal ("Invalid
  // cookie header") is not about the body, whatever the route.
  if (status === 400 && /cookie/i.test(raw))
    return proboError(
      'invalid_cookie',
      'The Cookie header could not be read: send cookies as name=value pairs separated by "; ", or no Cookie header',
    );
  if (status === 400 && /JSON/i.test(raw))
    return proboError('invalid_json', 'The request body is not valid JSON');
  if (status === 400 && /payload/i.test(raw))
    return proboError('invalid_body', `The request body could not be read: ${raw}`);
  if (status === 413)
    return proboError('payload_too_large', `The request body is larger than ${maxBodyBytes} bytes`);
  if (status === 408)
    return proboError('payload_timeout', 'The request body did not arrive in time');
  if (status === 415) {
    return proboError(
      'unsupported_media_type',
      'Send the request body as JSON with "Content-Type: application/json"',
    );
  }
  if (status === 404)
    return proboError('not_found', raw && raw !== 'Not Found' ? raw : 'No such route');
  if (status >= 500) return internalError(status);
  return proboError(status, raw);
}

export function boomAnswer(h: ResponseToolkit, error: Boom, maxBodyBytes: number): ResponseObject {
  const { status, body } = boomError(error, maxBodyBytes);
  return h.response(body).code(status);
}

/**
 * Wraps a handler: a thrown (or rejected) MockDomainError or CatalogError becomes its answer
 * (`thrownError`), anything else a 500
 * in Probo's shape saying nothing of internals. A handler that answers at once stays synchronous
 * (no promise per request on the order path).
 */
export function safe(handler: Lifecycle.Method): Lifecycle.Method {
  return (request, h, err) => {
    let result: Lifecycle.ReturnValue;
    try {
      result = handler.call(null, request, h, err);
    } catch (error) {
      return thrown(error, h);
    }
    if (result instanceof Promise) return result.catch((error: unknown) => thrown(error, h));
    return result;
  };
}

function thrown(error: unknown, h: ResponseToolkit): ResponseObject {
  const { status, body } = thrownError(error);
  const answer = h.response(body).code(status);
  const wait = error instanceof MockDomainError ? error.retryAfterSeconds : undefined;
  return wait === undefined ? answer : answer.header('retry-after', String(wait));
}

/**
 * Gives `routes` a route-level `onPreResponse` that answers every hapi error in Probo's shape.
 * Per route, not a server extension: the order routes answer in this shape themselves (payload
 * `failAction`, `safe()`), so each order request runs one lifecycle step less (profiled).
 */
export function answeringErrorsInOurShape(
  routes: ServerRoute[],
  maxBodyBytes: number,
): ServerRoute[] {
  const method: Lifecycle.Method = (request: Request, h) => {
    const response = request.response as ResponseObject | Boom;
    return 'isBoom' in response && response.isBoom
      ? boomAnswer(h, response, maxBodyBytes)
      : h.continue;
  };
  return routes.map((route) => {
    if (typeof route.options === 'function') throw new TypeError('route options must be an object');
    const options = route.options ?? {};
    return {
      ...route,
      options: { ...options, ext: { ...options.ext, onPreResponse: { method } } },
    };
  });
}

/**
 * The methods each path of `routes` takes, for the 405 of another method: derived from the routes
 * themselves, so a new route gets its 405 without a list to keep. Answered by the one catch-all
 * route (`notFoundRoute`) rather than a `*` route per path: each route costs hapi about a
 * millisecond of option validation at start-up.
 */
export function allowedMethods(routes: readonly ServerRoute[]): (request: Request) => string {
  type Method = Parameters<Server['match']>[0];
  const methods = new Map<string, Method[]>();
  for (const route of routes) {
    const list = methods.get(route.path) ?? [];
    for (const m of [route.method].flat()) {
      const method = m.toUpperCase() as Method;
      if (!list.includes(method)) list.push(method);
    }
    methods.set(route.path, list);
  }
  return (request) => {
    for (const [path, list] of methods) {
      const allow = list.filter((m) => request.server.match(m, request.path)?.path === path);
      if (allow.length > 0) return allow.join(', ');
    }
    return '';
  };
}

const CATCH_ALL_PATH = '/{unknown*}';

/** Whether `notFoundRoute` answered this request 405: another method on one of Probo's paths. */
export function answeredMethodNotAllowed(request: Request): boolean {
  const response = request.response as ResponseObject | Boom | null;
  return (
    request.route.path === CATCH_ALL_PATH &&
    response !== null &&
    !('isBoom' in response && response.isBoom) &&
    (response as ResponseObject).statusCode === 405
  );
}

/**
 * Any path no route takes: a 404 in Probo's shape (hapi's own 404 is `{"statusCode": 404, …}`),
 * or a 405 naming the methods when one of `allow`'s paths takes another method (the path as
 * asked: `/uploader/abc`, not the route's `/uploader/{id}`).
 */
export function notFoundRoute(allow?: (request: Request) => string): ServerRoute {
  return {
    method: '*',
    path: CATCH_ALL_PATH,
    handler: (request, h) => {
      const methods = allow?.(request);
      if (methods) {
        return errorAnswer(h, 'method_not_allowed', `Use ${methods} ${request.path}`).header(
          'allow',
          methods,
        );
      }
      return errorAnswer(
        h,
        'not_found',
        `No such route: ${request.method.toUpperCase()} ${request.path}`,
      );
    },
  };
}
