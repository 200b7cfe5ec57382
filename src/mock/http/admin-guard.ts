import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request, ResponseObject, ResponseToolkit } from '@hapi/hapi';
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
export function guarded(path: string): boolean {
  return path === '/' || path.startsWith('/__mock/') || path.startsWith('/inspector/');
}

/**
 * The cookie a browser gets from `/?admin_token=`, bound to the mock's port: a cookie is sent to
 * every port of its host, so the name carries the port (two mocks keep theirs apart) and the
 * value is a keyed hash of the token and the port, not the token (a server on another port that
 * receives it learns nothing it can use elsewhere). It never lets a state-changing request
 * through on its own: that needs the mock's own `Origin` (cross-site.ts).
 */
export function adminCookieName(port: number | string): string {
  return `${ADMIN_COOKIE}_${port}`;
}

/** How the token came: in a header (`x-probo-mock-admin-token`, `Authorization: Bearer`) or the cookie. */
export type TokenSource = 'header' | 'cookie';

export type AdminCheck = { via: TokenSource } | { answer: ResponseObject };

/**
 * The token check of the guarded paths: how the token came, or the answer (a 401, or the 303 that
 * sets the cookie for a browser that opened `/?admin_token=…`). Constant time.
 */
export function adminTokenCheck(
  token: string,
): (request: Request, h: ResponseToolkit) => AdminCheck {
  const expected = digest(token);
  const matches = (value: string | undefined): boolean =>
    value !== undefined && timingSafeEqual(digest(value), expected);
  const cookieValues = new Map<string, Buffer>();
  const cookieValue = (port: string): Buffer => {
    let value = cookieValues.get(port);
    if (!value) {
      value = createHmac('sha256', token).update(`probo-mock admin cookie ${port}`).digest();
      cookieValues.set(port, value);
    }
    return value;
  };
  return (request, h) => {
    const port = String(request.server.info.port);
    const fromQuery = request.query[ADMIN_TOKEN_QUERY] as unknown;
    if (request.method === 'get' && typeof fromQuery === 'string' && matches(fromQuery)) {
      return {
        answer: h
          .response()
          .code(303)
          .header('location', request.path)
          .header(
            'set-cookie',
            `${adminCookieName(port)}=${cookieValue(port).toString('base64url')}; Path=/; HttpOnly; SameSite=Strict`,
          ),
      };
    }
    const header = request.headers[ADMIN_TOKEN_HEADER] as unknown;
    const authorization = request.headers.authorization as unknown;
    const bearer =
      typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization)?.[1] : undefined;
    if (matches(typeof header === 'string' ? header : undefined) || matches(bearer?.trim()))
      return { via: 'header' };
    const cookies = request.headers.cookie as unknown;
    const fromCookie =
      typeof cookies === 'string' ? cookie(cookies, adminCookieName(port)) : undefined;
    if (
      fromCookie !== undefined &&
      sameBytes(Buffer.from(fromCookie, 'base64url'), cookieValue(port))
    )
      return { via: 'cookie' };
    return {
      answer: errorAnswer(
        h,
        'admin_token_required',
        `The admin API and the inspector need the admin token: send "${ADMIN_TOKEN_HEADER}: <token>", or open /?${ADMIN_TOKEN_QUERY}=<token> in a browser`,
      ),
    };
  };
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function cookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
