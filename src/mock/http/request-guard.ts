import type { Lifecycle } from '@hapi/hapi';
import { adminTokenCheck, guarded } from './admin-guard.js';
import type { TokenSource } from './admin-guard.js';
import { changesState, crossSiteRefusal } from './cross-site.js';
import { hostRefusal } from './host-check.js';

/**
 * The mock's one `onRequest` extension, on every route: a foreign `Host` is a 421 (host-check.ts);
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
