/** One problem of a catalog request, by JSON pointer into the request body (as schema diagnostics). */
export interface CatalogProblem {
  pointer: string;
  message: string;
}

/**
 * A request the catalog refuses: every problem named. The HTTP layer answers it with a 4xx in
 * Probo's error shape (`status` 404 for an unknown product or calculation, 400 otherwise).
 */
export class CatalogError extends Error {
  constructor(
    message: string,
    readonly problems: CatalogProblem[] = [],
    readonly status: 400 | 403 | 404 = 400,
    /** A short machine-readable code, e.g. "unknown_option" (the `reason` of the answer). */
    readonly reason: string = status === 404 ? 'not_found' : 'invalid_request',
  ) {
    super(message);
  }
}
