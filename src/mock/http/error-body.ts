import type { Boom } from '@hapi/boom';
import type { Diagnostic } from '../../contract/index.js';
import type { ErrorBody } from '../../generated/types.js';

/** An error answer shaped like Probo's (`status`, `code`, `message`, `errors`). */
export function errorBody(
  status: number,
  code: string,
  message: string,
  diagnostics?: readonly Diagnostic[],
): ErrorBody {
  const body: ErrorBody = { status, code, message };
  if (diagnostics)
    body.errors = diagnostics.map((d) => ({ pointer: d.pointer, message: d.message }));
  return body;
}

/** A failure of the mock itself: says nothing of internals. */
export function internalErrorBody(status = 500): ErrorBody {
  return errorBody(status, 'internal_error', 'The mock failed to handle this request');
}

/**
 * hapi's own errors (payload parsing, size, media type, a crash) in our JSON shape, with words a
 * shop developer can act on. A 5xx never carries internals.
 */
export function errorBodyFromBoom(error: Boom, maxBodyBytes: number): ErrorBody {
  const status = error.output.statusCode;
  const raw = error.message;
  if (status === 400 && /JSON/i.test(raw))
    return errorBody(400, 'invalid_json', 'The request body is not valid JSON');
  if (status === 400 && /payload/i.test(raw))
    return errorBody(400, 'invalid_body', `The request body could not be read: ${raw}`);
  if (status === 413) {
    return errorBody(
      413,
      'payload_too_large',
      `The request body is larger than ${maxBodyBytes} bytes`,
    );
  }
  if (status === 408) {
    return errorBody(408, 'payload_timeout', 'The request body did not arrive in time');
  }
  if (status === 415) {
    return errorBody(
      415,
      'unsupported_media_type',
      'Send the request body as JSON with "Content-Type: application/json"',
    );
  }
  if (status === 404) return errorBody(404, 'not_found', 'No such route');
  if (status >= 500) return internalErrorBody(status);
  return errorBody(
    status,
    String(error.output.payload.error ?? 'error')
      .toLowerCase()
      .replace(/\s+/g, '_'),
    raw,
  );
}
