import type { ResponseObject, ResponseToolkit } from '@hapi/hapi';
import type { ErrorBody } from '../../generated/types.js';
import { proboError as mapped } from './probo-error.js';

/** One problem of a request, by JSON pointer (`?name` for a query parameter; invented list). */
export interface ProblemItem {
  pointer: string;
  message: string;
}

/**
 * The error body of the catalog and uploader routes: the mock's one error mapping
 * (probo-error.ts: Probo's `{"status": "error", "message"}` shape, our `errors` list), with the
 * catalog's own `reason` codes (`unknown_option`, `invalid_price_request`, …).
 */
export function proboErrorBody(
  reason: string,
  message: string,
  problems?: readonly ProblemItem[],
  httpStatus = 400,
): ErrorBody {
  const { body } = mapped(
    httpStatus,
    message,
    problems && problems.length > 0 ? problems : undefined,
  );
  return { ...body, reason };
}

export function proboError(
  h: ResponseToolkit,
  httpStatus: number,
  reason: string,
  message: string,
  problems?: readonly ProblemItem[],
): ResponseObject {
  return h.response(proboErrorBody(reason, message, problems, httpStatus)).code(httpStatus);
}
