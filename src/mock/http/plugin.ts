import type { Plugin, Server } from '@hapi/hapi';
import { loadScenarios } from '../../scenarios/registry.js';
import { adminRoutes } from './admin-routes.js';
import { requestGuard } from './request-guard.js';
import { resendRoutes } from './resend-route.js';
import { MockEngine } from '../engine/engine.js';
import { allowedMethods, answeringErrorsInOurShape, notFoundRoute } from './probo-error.js';
import { resolveMockOptions } from '../engine/options.js';
import type { MockPluginOptions, ResolvedMockOptions } from '../engine/options.js';
import type { Catalog } from '../../generated/types.js';
import { orderRoutes } from './order-routes.js';
import type { OrderHooks } from './order-routes.js';
import { RateLimiter } from './rate-limiter.js';
import {
  catalogProblems,
  loadCatalogFile,
  ProductCatalog,
  UploaderSessions,
} from '../../catalog/index.js';
import { apiPaths, recordApiCalls } from './api-call-recorder.js';
import { CallLog } from './call-log.js';
import { catalogRoutes } from './catalog-routes.js';
import { FaultRules, playFault } from './faults.js';
import { shopAdminRoutes } from './shop-admin-routes.js';
import type { ShopContext } from './shop-context.js';
import { baseUrlOf, holdForUploads, sessionAnswer, uploaderRoutes } from './uploader-routes.js';

export const PLUGIN_NAME = 'probo-mock';

/** What the plugin exposes: `server.plugins['probo-mock'].engine` (for the inspector UI, docs). */
export interface ProboMockExposed {
  engine: MockEngine;
  /** The catalog, uploader sessions, fault rules and API call log. */
  shop: ShopContext;
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
    const shop = shopContext(engine, limiter, options);
    const api = [
      ...orderRoutes(engine, limiter, orderHooks(shop), (request, h, rate) =>
        playFault(request, h, shop.faults, shop.calls, rate, true),
      ),
      ...catalogRoutes(shop),
      ...uploaderRoutes(shop),
    ];
    engine.gate.decideWith((order, post) => holdForUploads(shop, order, post));
    const rest = [
      ...adminRoutes(engine, Date.now()),
      ...shopAdminRoutes(shop),
      ...resendRoutes(engine),
      // Another method on one of Probo's paths: a 405 naming the methods it takes; else a 404.
      notFoundRoute(allowedMethods(api)),
    ];
    server.route([...api, ...answeringErrorsInOurShape(rest, options.maxBodyBytes)]);
    // Every call of Probo's API, refused ones included, for GET /__mock/calls and the inspector.
    recordApiCalls(server, shop.calls, shop.catalogIfLoaded, apiPaths(api));
    server.expose('engine', engine);
    server.expose('shop', shop);
    server.ext(
      'onRequest',
      requestGuard({ adminToken: options.adminToken, allowHosts: options.allowHosts }),
    );
    // A durable store may hold work from before a restart: it goes on now.
    engine.resume();

    server.ext('onPostStop', async () => {
      await engine.close();
    });
  },
};

function shopContext(
  engine: MockEngine,
  limiter: RateLimiter | undefined,
  { catalog, strictCatalog, orderLimit }: ResolvedMockOptions,
): ShopContext {
  // A catalog given as an object or a file is checked now (a bad one fails the start); the seeded
  // one shipped with the mock is read at the first call that needs it, not at every start.
  const open = (data: Catalog): ProductCatalog =>
    new ProductCatalog(data, undefined, { strict: strictCatalog });
  let loaded: ProductCatalog | undefined;
  if (typeof catalog === 'object') {
    const problems = catalogProblems(catalog);
    if (problems.length > 0)
      throw new TypeError(`bad options: catalog: ${problems.slice(0, 10).join('; ')}`);
    loaded = open(catalog);
  } else if (catalog !== undefined) loaded = open(loadCatalogFile(catalog));
  const shop: ShopContext = {
    engine,
    get catalog() {
      return (loaded ??= open(loadCatalogFile()));
    },
    catalogIfLoaded: () => loaded,
    // Sessions no order has yet are bounded like the orders: as many as --order-limit.
    sessions: new UploaderSessions(orderLimit),
    faults: new FaultRules(),
    calls: new CallLog(),
    limiter,
    strictCatalog,
  };
  // An order forgotten (past --order-limit) or taken back takes its uploader sessions along;
  // `POST /__mock/reset` forgets the shop's state with the orders.
  engine.orders.subscribe((change) => {
    if (change.type === 'removed') shop.sessions.forgetOrder(change.order.key);
    if (change.type !== 'cleared') return;
    shop.sessions.clear();
    shop.calls.clear();
    shop.faults.clear();
    loaded?.reset(); // not loaded yet: nothing to forget
  });
  return shop;
}

/** `--strict-catalog` and the uploader sessions of `POST /order`. */
function orderHooks(shop: ShopContext): OrderHooks {
  return {
    check: (post, tenant) => {
      // Read (and, at the first order, loaded) whatever came before: the call log asks the loaded
      // catalog which of the order's product codes the mock invents.
      const catalog = shop.catalog;
      if (!shop.strictCatalog) return [];
      return post.products.flatMap((p, i) =>
        catalog
          .orderProductProblems(p, `/products/${i}`, tenant)
          .map((d) => ({ ...d, keyword: 'catalog' })),
      );
    },
    answer: (accepted, request) => {
      const sessions = shop.sessions.ofOrder(accepted.order.key);
      if (sessions.length === 0) return undefined;
      const base = baseUrlOf(request);
      return { uploaders: sessions.map((s) => sessionAnswer(s, base)) };
    },
  };
}

/** The shop context of a server the plugin is registered on. */
export function mockShopOf(server: Server): ShopContext {
  const exposed = server.plugins[PLUGIN_NAME] as ProboMockExposed | undefined;
  if (!exposed) throw new Error('probo-mock plugin is not registered on this server');
  return exposed.shop;
}

/** The engine of a server the plugin is registered on. */
export function mockEngineOf(server: Server): MockEngine {
  const exposed = server.plugins[PLUGIN_NAME] as ProboMockExposed | undefined;
  if (!exposed) throw new Error('probo-mock plugin is not registered on this server');
  return exposed.engine;
}
