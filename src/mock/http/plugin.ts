import type { Plugin, Server } from '@hapi/hapi';
import { loadScenarios } from '../../scenarios/registry.js';
import { adminGuard } from './admin-guard.js';
import { adminRoutes } from './admin-routes.js';
import { resendRoute } from './resend-route.js';
import { MockEngine } from '../engine/engine.js';
import { answeringErrorsInOurShape, notFoundRoute } from './probo-error.js';
import { resolveMockOptions } from '../engine/options.js';
import type { MockPluginOptions } from '../engine/options.js';
import { orderRoutes } from './order-routes.js';
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

    // Every error answers in our JSON shape (hapi's own payload errors too): the order routes
    // see to it themselves, the others get an extension that does.
    const { posts, others } = orderRoutes(engine, limiter);
    const rest = [
      ...others,
      ...adminRoutes(engine, Date.now()),
      resendRoute(engine),
      notFoundRoute(),
    ];
    server.route([...posts, ...answeringErrorsInOurShape(rest, options.maxBodyBytes)]);
    server.expose('engine', engine);
    if (options.adminToken !== undefined) server.ext('onRequest', adminGuard(options.adminToken));
    // A durable store may hold work from before a restart: it goes on now.
    engine.resume();

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
