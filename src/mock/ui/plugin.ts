import { readFileSync } from 'node:fs';
import Boom from '@hapi/boom';
import type { Plugin, Server } from '@hapi/hapi';
import { mockEngineOf, PLUGIN_NAME } from '../http/plugin.js';
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
      srv.route([
        {
          method: 'GET',
          path: '/',
          handler: (_request, h) => h.response(page).type('text/html; charset=utf-8'),
        },
        {
          method: 'GET',
          path: '/inspector/{file}',
          handler: (request, h) => {
            const asset = ASSETS[request.params.file as string];
            if (!asset) throw Boom.notFound('No such inspector file');
            return h.response(asset.body).type(asset.type);
          },
        },
        { method: 'GET', path: '/__mock/events', handler: streams.handler },
        ...docsRoutes(),
      ]);
      // Open event streams would hold `server.stop()` until its timeout: end them first.
      srv.ext('onPreStop', () => streams.closeAll());
    });
  },
};
