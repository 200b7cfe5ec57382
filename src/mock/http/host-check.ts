import type { Request, ResponseToolkit, ResponseObject, Server } from '@hapi/hapi';
import { errorAnswer } from './probo-error.js';

/** The names every mock answers to, besides its bound address and `--allow-host`. */
const ALWAYS = ['localhost', '127.0.0.1'];

/** The host name of a `Host` header (`[::1]:4010` → `::1`, `Shop.Example:80` → `shop.example`). */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.indexOf(':');
  // One colon: a port; more: a bare IPv6 address (not valid in a Host header, but not a port).
  return colon !== -1 && colon === h.lastIndexOf(':') ? h.slice(0, colon) : h;
}

/**
 * The 421 of a request whose `Host` names another site, or undefined. A page on a name that
 * resolves to this machine (DNS rebinding) carries that name, not ours, so it cannot drive the
 * mock or read its answers. A request with no Host (HTTP/1.0) is not a browser's: let through.
 */
export function hostRefusal(
  request: Request,
  h: ResponseToolkit,
  allowed: readonly string[],
): ResponseObject | undefined {
  const host = request.info.host;
  if (!host) return undefined;
  const name = hostNameOf(host);
  const names = hostNames(request, allowed);
  if (names.includes(name)) return undefined;
  return errorAnswer(
    h,
    'misdirected_request',
    `This mock does not answer to the host "${name}": only to ${names.join(', ')}; start it with --allow-host ${name} to add that name (a guard against DNS rebinding)`,
  );
}

/** `localhost`, `127.0.0.1`, the address and name the server was bound to, and `allowed`. */
function hostNames(request: Request, allowed: readonly string[]): string[] {
  const { settings, info } = request.server;
  // Made once per server (this runs for every request), again if its address changes (it is
  // known only once the server listens).
  const cached = namesOf.get(request.server);
  if (cached && cached.address === info.address && cached.host === info.host) return cached.names;
  const bound = [settings.host, info.host, info.address].filter(
    (n): n is string => typeof n === 'string' && n !== '',
  );
  const names = [...new Set([...ALWAYS, ...bound.map((n) => n.toLowerCase()), ...allowed])];
  namesOf.set(request.server, { address: info.address, host: info.host, names });
  return names;
}

/** Each server's names (its one guard gives the same `allowed` every time). */
const namesOf = new WeakMap<
  Server,
  { address: string | null | undefined; host: string; names: string[] }
>();
