import Boom from '@hapi/boom';
import type { ServerRoute } from '@hapi/hapi';
import type { Site } from '../../docs/index.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
};

/** `GET /docs/…`: the same site `probo-mock docs` writes, built once on first request. */
export function docsRoutes(): ServerRoute[] {
  let site: Promise<Site> | undefined;
  return [
    {
      method: 'GET',
      path: '/docs',
      // Relative links in the site need the trailing slash.
      handler: (_request, h) => h.redirect('/docs/').permanent(),
    },
    {
      method: 'GET',
      path: '/docs/{path*}',
      handler: async (request, h) => {
        // Built once; a failed build is retried on the next request rather than kept. The
        // builder (with its graph layout) is loaded here, not at start: `serve` listens sooner.
        site ??= import('../../docs/index.js')
          .then(({ buildSite }) => buildSite())
          .catch((error: unknown) => {
            site = undefined;
            throw error;
          });
        const pages = await site;
        const path = (request.params.path as string | undefined) || 'index.html';
        const content = pages.get(path);
        if (content === undefined) throw Boom.notFound(`No docs page ${path}`);
        const type = TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'text/plain; charset=utf-8';
        return h.response(content).type(type);
      },
    },
  ];
}
