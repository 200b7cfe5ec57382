import type { Lifecycle } from '@hapi/hapi';
import { adminTokenCheck, guarded } from './admin-guard.js';
import type { TokenSource } from './admin-guard.js';
import { changesState, crossSiteRefusal } from './cross-site.js';
import { hostRefusal } from './host-check.js';
import { errorAnswer } from './probo-error.js';

/**
 * The mock's one `onRequest` extension, on every route: a path that cannot be decoded is a 400
 * in Probo's shape; a foreign `Host` is a 421 (host-check.ts);
 * with an admin token, the admin API and the inspector need it (401, admin-guard.ts); a
 * state-changing admin request another web page could have sent is a 403 (cross-site.ts), unless
 * the token came in a header.
 */
export function requestGuard(options: {
  adminToken: string | undefined;
  allowHosts: readonly string[] | undefined;
}): Lifecycle.Method {
  const allowed = options.allowHosts ?? [];
  const token = options.adminToken === undefined ? undefined : adminTokenCheck(options.adminToken);
  return (request, h) => {
    // A path hapi cannot decode (`/%`, `/%E0%A4%A`): hapi would answer in its own shape.
    if (!decodable(request.path))
      return errorAnswer(
        h,
        'invalid_url',
        'The request path is not a valid URL path (a % not followed by two hex digits, or bytes that are not UTF-8)',
      ).takeover();
    const misdirected = hostRefusal(request, h, allowed);
    if (misdirected) return misdirected.takeover();
    let via: TokenSource | undefined;
    if (token && guarded(request.path)) {
      const checked = token(request, h);
      if ('answer' in checked) return checked.answer.takeover();
      via = checked.via;
    }
    if (via !== 'header' && changesState(request)) {
      const refused = crossSiteRefusal(request, h, via === 'cookie');
      if (refused) return refused.takeover();
    }
    return h.continue;
  };
}

/** hapi's router refuses such a path with a 400 of its own shape: ours is said first. */
function decodable(path: string): boolean {
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
