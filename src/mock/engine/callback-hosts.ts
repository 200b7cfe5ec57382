import type { Diagnostic } from '../../contract/index.js';

/**
 * `--allow-callback-host`: the hosts order posts and uploader sessions may name as callback URLs,
 * so a mock reachable by others cannot be made to POST anywhere (invented: Probo itself calls any
 * URL). A pattern is a host name (`shop.example`) or an IP address (`127.0.0.1`, `::1`,
 * `[::1]`), optionally with a port (`127.0.0.1:8080`, `[::1]:9999`), or `*.shop.example` for its
 * subdomains.
 */
export function callbackHostProblems(
  urls: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  pointer = (i: number) => `/callback_urls/${i}`,
): Diagnostic[] {
  if (!allowed || !urls) return [];
  const patterns = allowed.map(parsePattern);
  const problems: Diagnostic[] = [];
  urls.forEach((url, i) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed && patterns.some((pattern) => hostMatches(parsed, pattern))) return;
    problems.push({
      pointer: pointer(i),
      message: `is not on an allowed callback host (${allowed.join(', ')})`,
      keyword: 'allowCallbackHost',
    });
  });
  return problems;
}

interface HostPattern {
  /** Lower case, IPv6 without brackets and in URL's short form; `*.x` keeps its star. */
  host: string;
  port?: string;
}

/** `[::1]:9999` → `::1` and 9999; `::1` → `::1`; `shop.example:80` → shop.example and 80. */
function parsePattern(pattern: string): HostPattern {
  const p = pattern.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(p);
  if (bracketed) return withPort(ipv6(bracketed[1]!), bracketed[2]);
  if (p.indexOf(':') !== p.lastIndexOf(':')) return { host: ipv6(p) }; // a bare IPv6 address
  const [host, port] = p.split(':') as [string, string | undefined];
  return withPort(host, port);
}

function withPort(host: string, port: string | undefined): HostPattern {
  return port === undefined ? { host } : { host, port };
}

/** The form URL gives an IPv6 host (`0:0:0:0:0:0:0:1` → `::1`), without brackets. */
function ipv6(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

function hostMatches(url: URL, pattern: HostPattern): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (pattern.port !== undefined && (url.port || DEFAULT_PORT[url.protocol]) !== pattern.port)
    return false;
  if (pattern.host.startsWith('*.')) return host.endsWith(pattern.host.slice(1));
  return host === pattern.host;
}
