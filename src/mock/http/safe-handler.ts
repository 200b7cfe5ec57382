import type { Lifecycle, ResponseToolkit } from '@hapi/hapi';
import { errorBody, internalErrorBody } from './error-body.js';
import { MockRequestError } from '../engine/mock-request-error.js';

/**
 * Turns a MockRequestError into its JSON answer; anything else is a bug: a 500 in our JSON shape,
 * saying nothing of internals (here, not in a server extension: the order routes have none). A
 * handler that answers at once stays synchronous (no promise per request on the order path).
 */
export function safe(handler: Lifecycle.Method): Lifecycle.Method {
  return (request, h, err) => {
    let result: Lifecycle.ReturnValue;
    try {
      result = handler.call(null, request, h, err);
    } catch (error) {
      return answer(error, h);
    }
    if (result instanceof Promise) return result.catch((error: unknown) => answer(error, h));
    return result;
  };
}

function answer(error: unknown, h: ResponseToolkit): Lifecycle.ReturnValue {
  if (!(error instanceof MockRequestError)) return h.response(internalErrorBody()).code(500);
  return h.response(errorBody(error.status, error.code, error.message)).code(error.status);
}
