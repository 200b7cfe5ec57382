import Hapi from '@hapi/hapi';
import type { Server, ServerRegisterPluginObject } from '@hapi/hapi';
import type { Journal } from '../delivery/journal.js';
import { checkExposure } from './http/admin-guard.js';
import { resolveListenOptions } from './engine/options.js';
import type { MockOptions } from './engine/options.js';
import type { OrderStore } from './store/order-store.js';
import { mockEngineOf, proboMockPlugin } from './http/plugin.js';
import { inspectorPlugin } from './ui/plugin.js';

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010`: a shop's Probo base URL during tests. */
  url: string;
  server: Server;
  journal: Journal;
  orders: OrderStore;
  /** Stops the server and every delivery. */
  close(): Promise<void>;
  /** Resolves when no delivery is pending or in flight (held `--manual` steps aside). */
  idle(): Promise<void>;
}

/** A hapi server with the mock registered (and `options.plugins`), not started: for `server.inject`. */
export async function createMockServer(options: MockOptions = {}): Promise<Server> {
  const { port, host, plugins, ...pluginOptions } = options;
  const listen = resolveListenOptions({ port, host });
  checkExposure(listen.host, pluginOptions.adminToken);
  const server = Hapi.server({ port: listen.port, host: listen.host, routes: { cors: false } });
  await server.register({ plugin: proboMockPlugin, options: pluginOptions });
  await server.register(inspectorPlugin); // the inspector UI at /, its event stream, the docs at /docs
  if (plugins && plugins.length > 0) {
    await server.register(plugins as ServerRegisterPluginObject<unknown>[]);
  }
  return server;
}

/** Starts the mock; `port: 0` picks a free port (see `url`). */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const server = await createMockServer(options);
  await server.start();
  const engine = mockEngineOf(server);
  return {
    url: server.info.uri,
    server,
    journal: engine.journal,
    orders: engine.orders,
    close: async () => {
      await server.stop({ timeout: 2_000 });
    },
    idle: () => engine.idle(),
  };
}
