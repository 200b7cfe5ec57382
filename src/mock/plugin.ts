import type { Plugin, Request, ResponseObject, Server } from '@hapi/hapi';
import type { Boom } from '@hapi/boom';
import { loadScenarios } from '../scenarios/registry.js';
import { adminGuard } from './admin-guard.js';
import { adminRoutes } from './admin-routes.js';
import { MockEngine } from './engine.js';
import { errorBodyFromBoom } from './error-body.js';
import { resolveMockOptions } from './options.js';
import type { MockPluginOptions } from './options.js';
import { RATE_HEADERS, orderRoutes } from './order-routes.js';
import { RateLimiter } from './rate-limiter.js';

export const PLUGIN_NAME = 'probo-mock';

/** What the plugin exposes: `server.plugins['probo-mock'].engine` (for the inspector UI, docs). */
export interface ProboMockExposed {
  engine: MockEngine;
}

declare module '@hapi/hapi' {
  interface PluginProperties {
    'probo-mock': ProboMockExposed;
  }
}

/**
 * The mock Probo API as a hapi plugin: Probo's order routes, the `/__mock/` admin API, and the
 * engine behind them. Options are checked once, here; bad ones make registration fail.
 */
export const proboMockPlugin: Plugin<MockPluginOptions> = {
  name: PLUGIN_NAME,
  version: '0.1.0',
  register: async (server: Server, raw: MockPluginOptions) => {
    const options = resolveMockOptions(raw);
    const scenarios = await loadScenarios(options.scenariosDir);
    scenarios.get(options.scenario); // an unknown default scenario fails now, not per order
    const engine = new MockEngine(options, scenarios);
    const limiter = options.rateLimit > 0 ? new RateLimiter(options.rateLimit) : undefined;

    server.route([...orderRoutes(engine, limiter), ...adminRoutes(engine, Date.now())]);
    server.expose('engine', engine);
    if (options.adminToken !== undefined) server.ext('onRequest', adminGuard(options.adminToken));
    // A durable store may hold work from before a restart: it goes on now.
    engine.resume();

    // Every error of these routes (hapi's own payload errors too) answers in our JSON shape.
    server.ext(
      'onPreResponse',
      (request: Request, h) => {
        const response = request.response as ResponseObject | Boom;
        const headers = (request.plugins as Record<symbol, Record<string, string> | undefined>)[
          RATE_HEADERS
        ];
        if (!('isBoom' in response && response.isBoom)) {
          const ok = response as ResponseObject;
          if (headers) for (const name in headers) ok.header(name, headers[name] as string);
          return h.continue;
        }
        const body = errorBodyFromBoom(response, options.maxBodyBytes);
        const answer = h.response(body).code(body.status);
        if (headers) for (const name in headers) answer.header(name, headers[name] as string);
        return answer;
      },
      { sandbox: 'plugin' },
    );
    server.ext('onPostStop', async () => {
      await engine.close();
    });
  },
};

/** The engine of a server the plugin is registered on. */
export function mockEngineOf(server: Server): MockEngine {
  const exposed = server.plugins[PLUGIN_NAME] as ProboMockExposed | undefined;
  if (!exposed) throw new Error('probo-mock plugin is not registered on this server');
  return exposed.engine;
}
