/** One problem of a catalog request, by JSON pointer into the request body (as schema diagnostics). */
export interface CatalogProblem {
  pointer: string;
  message: string;
}

/**
 * A request the catalog refuses: every problem named. The HTTP layer answers it with a 4xx in
 * Probo's error shape (`status` 404 for an unknown product or calculation, 409 for a conflict,
 * 400 otherwise).
 */
export class CatalogError extends Error {
  constructor(
    message: string,
    readonly problems: CatalogProblem[] = [],
    readonly status: 400 | 403 | 404 | 409 = 400,
    /** A short machine-readable code, e.g. "unknown_option" (the `reason` of the answer). */
    readonly reason: string = status === 404 ? 'not_found' : 'invalid_request',
  ) {
    super(message);
  }
}

/** "The order has 2 problems: /a is required; /b must be a number": every problem in one line. */
export function problemsMessage(
  what: string,
  problems: readonly { pointer: string; message: string }[],
): string {
  const n = problems.length;
  const list = problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ');
  return `${what} has ${n} problem${n === 1 ? '' : 's'}: ${list}`;
}

/** A 400 naming every problem of `what` (a body, the options of a product). */
export function refusal(what: string, problems: CatalogProblem[], reason: string): CatalogError {
  return new CatalogError(problemsMessage(what, problems), problems, 400, reason);
}

/** A 400 for query parameters (`?name`), reason `invalid_query`. */
export function queryError(problems: CatalogProblem[]): CatalogError {
  return new CatalogError('The query has problems', problems, 400, 'invalid_query');
}
