import type { Diagnostic } from '../../contract/index.js';

/**
 * `--allow-callback-host`: the hosts order posts may name in `callback_urls`, so a mock reachable
 * by others cannot be made to POST anywhere (invented: Probo itself calls any URL). A pattern is
 * a host name (`shop.example`), optionally with a port (`127.0.0.1:8080`), or `*.shop.example`
 * for its subdomains.
 */
export function callbackHostProblems(
  urls: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
): Diagnostic[] {
  if (!allowed || !urls) return [];
  const problems: Diagnostic[] = [];
  urls.forEach((url, i) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed && allowed.some((pattern) => hostMatches(parsed, pattern))) return;
    problems.push({
      pointer: `/callback_urls/${i}`,
      message: `is not on an allowed callback host (${allowed.join(', ')})`,
      keyword: 'allowCallbackHost',
    });
  });
  return problems;
}

function hostMatches(url: URL, pattern: string): boolean {
  const host = url.hostname.toLowerCase();
  if (pattern.includes(':') && !pattern.startsWith('[')) return url.host.toLowerCase() === pattern;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}
