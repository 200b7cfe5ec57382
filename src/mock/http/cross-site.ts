import type { Request, ResponseObject, ResponseToolkit } from '@hapi/hapi';
import { errorAnswer } from './probo-error.js';

/** The content types an HTML form or a `no-cors` fetch may send without asking (CORS-safelisted). */
const FORM_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

const READS = new Set(['get', 'head', 'options']);

/**
 * A request that changes the mock's state from a browser's reach: any method but GET, HEAD and
 * OPTIONS on the admin API (`/__mock/…`: push, advance, resend, reset, faults, and any added
 * later), and an uploader session's confirm.
 */
export function changesState(request: Request): boolean {
  if (READS.has(request.method)) return false;
  const path = request.path;
  return path.startsWith('/__mock/') || /^\/uploader\/[^/]+\/confirm$/.test(path);
}

/**
 * The 403 of a state-changing request that another web page could have sent, or undefined: one
 * with an `Origin` (or `Sec-Fetch-Site`) that is not the mock's own, or with a form or plain-text
 * content type (what an HTML form or a `fetch(…, {mode: "no-cors"})` sends without asking).
 * With the admin cookie alone, the mock's own `Origin` is required, as the inspector's requests
 * carry it. Not called when the admin token came in a header: a page cannot set one on another
 * origin without a CORS preflight, which the mock never grants.
 */
export function crossSiteRefusal(
  request: Request,
  h: ResponseToolkit,
  cookieOnly: boolean,
): ResponseObject | undefined {
  const problem = crossSiteProblem(request, cookieOnly);
  return problem === undefined ? undefined : errorAnswer(h, 'cross_site_request', problem);
}

function crossSiteProblem(request: Request, cookieOnly: boolean): string | undefined {
  const own = `${request.server.info.protocol}://${request.info.host}`.toLowerCase();
  const origin = header(request, 'origin');
  const why = `${request.method.toUpperCase()} ${request.path} changes the mock's state`;
  if (origin !== undefined && origin.toLowerCase() !== own)
    return `${why}: it is refused from another origin (${origin}; the mock's own is ${own}). Use the inspector, or send it without an Origin (curl), or with the admin token in the x-probo-mock-admin-token header`;
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `${why}: it is refused from another site (Sec-Fetch-Site: ${site})`;
  const type = (header(request, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (FORM_TYPES.has(type))
    return `${why}: a body of type ${type} is refused (an HTML form on any page can send one); send JSON with "content-type: application/json", or no body`;
  if (cookieOnly && origin === undefined)
    return `${why}: with the admin cookie alone it needs the mock's own Origin; send the token in the x-probo-mock-admin-token header`;
  return undefined;
}

function header(request: Request, name: string): string | undefined {
  const value: unknown = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
