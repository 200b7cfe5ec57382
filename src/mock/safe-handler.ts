import type { Lifecycle, ResponseToolkit } from '@hapi/hapi';
import { errorBody } from './error-body.js';
import { MockRequestError } from './mock-request-error.js';

/**
 * Turns a MockRequestError into its JSON answer; anything else is a bug and stays a 500. A
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
  if (!(error instanceof MockRequestError)) throw error;
  return h.response(errorBody(error.status, error.code, error.message)).code(error.status);
}
