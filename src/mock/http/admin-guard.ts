import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Lifecycle, Request, ResponseToolkit } from '@hapi/hapi';
import { errorAnswer } from './probo-error.js';

/** Where the admin token may come from (all invented: Probo has no admin API). */
export const ADMIN_TOKEN_HEADER = 'x-probo-mock-admin-token';
export const ADMIN_TOKEN_QUERY = 'admin_token';
export const ADMIN_COOKIE = 'probo_mock_admin';

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h === '::ffff:127.0.0.1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * Refuses to expose the admin API and the inspector (which can reset the mock and push statuses)
 * beyond this machine without a token.
 */
export function checkExposure(host: string, adminToken: string | undefined): void {
  if (adminToken === undefined && !isLoopbackHost(host)) {
    throw new TypeError(
      `refusing to listen on ${host} without --admin-token: on a non-loopback address the admin API and the inspector UI need a token`,
    );
  }
}

/** The paths the token guards: the admin API and the inspector UI (not Probo's routes, not the docs). */
function guarded(path: string): boolean {
  return path === '/' || path.startsWith('/__mock/') || path.startsWith('/inspector/');
}

/**
 * An `onRequest` extension that answers 401 on the guarded paths unless the request carries the
 * token. A browser opens `/?admin_token=…` once: it is sent a cookie and redirected to `/`.
 */
export function adminGuard(token: string): Lifecycle.Method {
  const expected = digest(token);
  const matches = (value: string | undefined): boolean =>
    value !== undefined && timingSafeEqual(digest(value), expected);
  return (request: Request, h: ResponseToolkit) => {
    if (!guarded(request.path)) return h.continue;
    const fromQuery = request.query[ADMIN_TOKEN_QUERY] as unknown;
    if (typeof fromQuery === 'string' && matches(fromQuery)) {
      return h
        .response()
        .code(303)
        .header('location', request.path)
        .header(
          'set-cookie',
          `${ADMIN_COOKIE}=${encodeURIComponent(fromQuery)}; Path=/; HttpOnly; SameSite=Strict`,
        )
        .takeover();
    }
    const header = request.headers[ADMIN_TOKEN_HEADER] as unknown;
    const authorization = request.headers.authorization as unknown;
    const cookies = request.headers.cookie as unknown;
    const bearer =
      typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization)?.[1] : undefined;
    if (
      matches(typeof header === 'string' ? header : undefined) ||
      matches(bearer?.trim()) ||
      matches(typeof cookies === 'string' ? cookie(cookies, ADMIN_COOKIE) : undefined)
    ) {
      return h.continue;
    }
    return errorAnswer(
      h,
      'admin_token_required',
      `The admin API and the inspector need the admin token: send "${ADMIN_TOKEN_HEADER}: <token>", or open /?${ADMIN_TOKEN_QUERY}=<token> in a browser`,
    ).takeover();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
