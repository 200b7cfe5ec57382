import type { Boom } from '@hapi/boom';
import type { Request, ResponseObject, Server, ServerRoute } from '@hapi/hapi';
import type { ProductCatalog } from '../../catalog/index.js';
import type { ApiCall, CallLog } from './call-log.js';
import { playedFault } from './faults.js';
import { answeredMethodNotAllowed } from './probo-error.js';
import { bodyTextOf } from './reading-json.js';

/** Longest request body kept per call, in characters. */
const BODY_CHARS = 4000;
/** Most problems kept per refused call. */
const PROBLEMS_KEPT = 50;

/** The paths of Probo's API among `routes`: not the mock's own uploader pages. */
export function apiPaths(routes: readonly ServerRoute[]): Set<string> {
  return new Set(routes.map((r) => r.path).filter((path) => !path.startsWith('/uploader/')));
}

/**
 * Logs every call of Probo's API (the order, catalog and uploader routes and their 405s:
 * `paths`), refused ones included, with its body, the problems its answer named and the product
 * codes the catalog invented for it (`catalog`: the catalog if loaded; a call that did not load
 * it cannot have invented anything, and logging does not load it). A listener of the server's `response` event, not a
 * lifecycle step: the order routes keep their short lifecycle. Calls that get no answer (a
 * `reset` or `timeout` fault) are logged by `playFault`.
 */
export function recordApiCalls(
  server: Server,
  calls: CallLog,
  catalog: () => ProductCatalog | undefined,
  paths: ReadonlySet<string>,
): void {
  server.events.on('response', (request) => {
    // No answer object: the call was abandoned (a fault) or aborted.
    if (typeof request.response !== 'object' || request.response === null) return;
    // A 405 on one of these paths comes from the catch-all route (probo-error.ts).
    if (paths.has(request.route.path) || answeredMethodNotAllowed(request))
      calls.record(callOf(request, catalog()));
  });
}

function callOf(request: Request, catalog: ProductCatalog | undefined): Omit<ApiCall, 'seq'> {
  const response = request.response as ResponseObject | Boom | null;
  let status = 0;
  let source: unknown;
  if (response && 'isBoom' in response && response.isBoom) {
    status = response.output.statusCode;
    source = response.output.payload;
  } else if (response) {
    status = (response as ResponseObject).statusCode ?? 200;
    source = (response as ResponseObject).source;
  }
  const started = request.info.received;
  const call: Omit<ApiCall, 'seq'> = {
    at: new Date(started).toISOString(),
    method: request.method.toUpperCase(),
    path: request.path,
    status,
    ...playedFault(request),
    durationMs: Math.max(0, Date.now() - started),
  };
  const body = bodyTextOf(request);
  if (body !== undefined) call.body = body.length > BODY_CHARS ? body.slice(0, BODY_CHARS) : body;
  const problems = problemsOf(source);
  if (status >= 400 && problems) call.problems = problems;
  if (catalog && status >= 200 && status < 300) {
    const invented = catalog.inventedCodes(productCodesOf(request));
    if (invented.length > 0) call.invented = invented;
  }
  return call;
}

/** The `errors` list of a Probo error answer, if it has one. */
function problemsOf(source: unknown): ApiCall['problems'] {
  const errors = (source as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return undefined;
  return errors.slice(0, PROBLEMS_KEPT).map((e: { pointer?: unknown; message?: unknown }) => ({
    pointer: String(e?.pointer ?? ''),
    message: String(e?.message ?? ''),
  }));
}

/** Product codes a call names: in the path, `code`, or `products[].code` of its body. */
function productCodesOf(request: Request): unknown[] {
  const codes: unknown[] = [];
  if (request.route.path === '/products/product/{code}') codes.push(request.params.code);
  const payload = request.payload as { code?: unknown; products?: unknown } | null | undefined;
  if (payload && typeof payload === 'object') {
    if (request.route.path.startsWith('/apiproducts/')) codes.push(payload.code);
    if (Array.isArray(payload.products))
      for (const p of payload.products as Array<{ code?: unknown } | null>) codes.push(p?.code);
  }
  return codes;
}
