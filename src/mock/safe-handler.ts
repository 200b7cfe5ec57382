import type { Lifecycle } from '@hapi/hapi';
import { errorBody } from './error-body.js';
import { MockRequestError } from './mock-request-error.js';

/** Turns a MockRequestError into its JSON answer; anything else is a bug and stays a 500. */
export function safe(handler: Lifecycle.Method): Lifecycle.Method {
  return async (request, h, err) => {
    try {
      return await handler.call(null, request, h, err);
    } catch (error) {
      if (!(error instanceof MockRequestError)) throw error;
      return h.response(errorBody(error.status, error.code, error.message)).code(error.status);
    }
  };
}
