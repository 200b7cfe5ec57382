import type { Lifecycle, RouteOptions } from '@hapi/hapi';
import { safe } from './probo-error.js';
import { ignoringBody, readingJsonBody } from './reading-json.js';

/** The body of an admin route that needs none is read up to this much, then dropped. */
const IGNORED_MAX_BYTES = 64 * 1024;

/**
 * Options of an admin route that takes a JSON body (push, a fault rule): the body is read as the
 * order routes read theirs (readBody: 413 past `maxBodyBytes`, 408 when it stops coming, hapi's
 * payload timeout), then parsed strictly with the intake's limits (64 levels, 1,000 items, no
 * `__proto__`); errors in Probo's shape. The handler runs inside `safe`.
 */
export function jsonBodyRoute(
  handler: Lifecycle.Method,
  maxBodyBytes: number,
): Pick<RouteOptions, 'payload' | 'handler'> {
  return {
    payload: { parse: false, output: 'stream', allow: 'application/json', maxBytes: maxBodyBytes },
    handler: readingJsonBody(safe(handler), maxBodyBytes),
  };
}

/**
 * Options of an admin route that needs no body (reset, advance, resend, clearing the faults):
 * whatever is sent is read within the same limits (64 KiB, the same timeout) and dropped.
 */
export function noBodyRoute(handler: Lifecycle.Method): Pick<RouteOptions, 'payload' | 'handler'> {
  return {
    payload: { parse: false, output: 'stream', maxBytes: IGNORED_MAX_BYTES },
    handler: ignoringBody(safe(handler), IGNORED_MAX_BYTES),
  };
}
