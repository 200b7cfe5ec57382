import type { Boom } from '@hapi/boom';
import type { Request, ResponseObject, Server, ServerRoute } from '@hapi/hapi';
import type { ProductCatalog } from '../../catalog/index.js';
import type { CallFacts, CallLog } from './call-log.js';
import { playedFault } from './faults.js';
import { answeredMethodNotAllowed } from './probo-error.js';
import { bodyTextOf } from './reading-json.js';

/** The paths of Probo's API among `routes`: not the mock's own uploader pages. */
export function apiPaths(routes: readonly ServerRoute[]): Set<string> {
  return new Set(routes.map((r) => r.path).filter((path) => !path.startsWith('/uploader/')));
}

/**
 * Logs every call of Probo's API (the order, catalog and uploader routes and their 405s:
 * `paths`), refused ones included, with its body, the problems its answer named and the product
 * codes the catalog invented for it (`catalog`: the catalog if loaded; a call that did not load
 * it cannot have invented anything, and logging does not load it). A listener of the server's
 * `response` event, not a lifecycle step: the order routes keep their short lifecycle. Calls
 * that get no answer (a `reset` or `timeout` fault) are logged by `playFault`.
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
      noteCall(calls, request, catalog());
  });
}

function noteCall(calls: CallLog, request: Request, catalog: ProductCatalog | undefined): void {
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
  const facts: CallFacts = {
    received: request.info.received,
    answered: Date.now(),
    method: request.method,
    path: request.path,
    status,
  };
  const played = playedFault(request);
  if (played.fault !== undefined) facts.played = played;
  const body = bodyTextOf(request);
  if (body !== undefined) facts.body = body;
  if (status >= 400) facts.answer = source;
  if (catalog && status >= 200 && status < 300) {
    const invented = catalog.inventedCodes(productCodesOf(request));
    if (invented.length > 0) facts.invented = invented;
  }
  calls.note(facts);
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
