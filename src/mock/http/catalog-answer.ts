import type { Lifecycle, ResponseToolkit } from '@hapi/hapi';
import { CatalogError } from '../../catalog/index.js';
import type { Diagnostic } from '../../contract/index.js';
import { validateWith } from '../../contract/index.js';
import { thrownError } from './probo-error.js';
import { proboError } from './shop-error.js';

/**
 * A catalog handler's answer: a CatalogError or MockDomainError is its 4xx in Probo's shape;
 * anything else is a bug, a 500 that says nothing of internals.
 */
export function catalogAnswer(handler: Lifecycle.Method): Lifecycle.Method {
  return (request, h, err) => {
    try {
      const result = handler.call(null, request, h, err);
      return result instanceof Promise
        ? result.catch((error: unknown) => failed(h, error))
        : result;
    } catch (error) {
      return failed(h, error);
    }
  };
}

function failed(h: ResponseToolkit, error: unknown): Lifecycle.ReturnValue {
  if (error instanceof CatalogError)
    return proboError(h, error.status, error.reason, error.message, error.problems);
  // A domain error by its code; anything else a 500 saying nothing of internals.
  const { status, body } = thrownError(error);
  return h.response(body).code(status);
}

/** The body, valid against the schema `$id`, or a CatalogError naming every problem. */
export function validBody<T>(id: string, what: string, body: unknown, reason: string): T {
  const result = validateWith(id, body);
  if (!result.valid) throw invalid(what, result.diagnostics, reason);
  return body as T;
}

function invalid(what: string, diagnostics: Diagnostic[], reason: string): CatalogError {
  const n = diagnostics.length;
  return new CatalogError(
    `${what} has ${n} problem${n === 1 ? '' : 's'}: ${diagnostics.map((d) => `${d.pointer || '/'} ${d.message}`).join('; ')}`,
    diagnostics.map((d) => ({ pointer: d.pointer, message: d.message })),
    400,
    reason,
  );
}
