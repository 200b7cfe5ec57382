import { readFileSync } from 'node:fs';
import Boom from '@hapi/boom';
import type { Plugin, Server } from '@hapi/hapi';
import { mockEngineOf, PLUGIN_NAME } from '../http/plugin.js';
import { answeringErrorsInOurShape } from '../http/probo-error.js';
import { docsRoutes } from './docs-route.js';
import { EventStreams } from './event-stream.js';
import { inspectorPage } from './inspector-page.js';

export const INSPECTOR_PLUGIN_NAME = 'probo-mock-inspector';

// The browser files, read once: they ship next to this module (copied into dist/ by the build).
const ASSETS: Record<string, { type: string; body: string }> = Object.fromEntries(
  [
    ['inspector.js', 'text/javascript; charset=utf-8'],
    ['inspector.css', 'text/css; charset=utf-8'],
  ].map(([name, type]) => [
    name!,
    { type: type!, body: readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8') },
  ]),
);

/**
 * The inspector UI at `/` (orders and their deliveries, live), its event stream at
 * `GET /__mock/events`, and the docs site at `/docs/`. Needs the probo-mock plugin on the
 * same server: it reads that plugin's engine (orders, journal) and drives its admin API.
 */
export const inspectorPlugin: Plugin<Record<string, never>> = {
  name: INSPECTOR_PLUGIN_NAME,
  version: '0.1.0',
  dependencies: [PLUGIN_NAME],
  register: (server: Server) => {
    server.dependency(PLUGIN_NAME, async (srv) => {
      const streams = new EventStreams(mockEngineOf(srv));
      const page = inspectorPage();
      // Their errors (a 404, a failed docs build) in Probo's shape, as every other route's.
      const maxBodyBytes = mockEngineOf(srv).options.maxBodyBytes;
      srv.route(
        answeringErrorsInOurShape(
          [
            {
              method: 'GET',
              path: '/',
              // Never in a frame: a page of another origin (another port of this host too, where
              // the admin cookie is sent) cannot overlay it and steer clicks to its buttons.
              handler: (_request, h) =>
                h
                  .response(page)
                  .type('text/html; charset=utf-8')
                  .header('content-security-policy', "frame-ancestors 'none'")
                  .header('x-frame-options', 'DENY'),
            },
            {
              method: 'GET',
              path: '/inspector/{file}',
              handler: (request, h) => {
                const name = request.params.file as string;
                // Own names only: `__proto__` or `constructor` is no file.
                const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
                if (!asset) throw Boom.notFound(`No inspector file ${name}`);
                return h.response(asset.body).type(asset.type);
              },
            },
            { method: 'GET', path: '/__mock/events', handler: streams.handler },
            ...docsRoutes(),
          ],
          maxBodyBytes,
        ),
      );
      // Open event streams would hold `server.stop()` until its timeout: end them first.
      srv.ext('onPreStop', () => streams.closeAll());
    });
  },
};
