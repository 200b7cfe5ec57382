import type { Argv, CommandModule } from 'yargs';
import { MOCK_OPTIONS } from '../../mock/engine/option-table.js';
import type { MockOptions } from '../../mock/index.js';
import type { OptionSpec, OptionTable } from '../../shared/option-spec.js';
import { declareFlags, libraryOptions } from '../flags.js';
import { SECRET_ENV, secretsFromEnv } from '../serve-env.js';

/** The flags of `serve` that are the CLI's own (how it prints), beside the mock's option table. */
export const SERVE_FLAGS = {
  quiet: {
    flag: 'quiet',
    kind: 'boolean',
    default: false,
    help: 'Do not print a line per delivery attempt',
  },
  logFormat: {
    flag: 'log-format',
    kind: 'string',
    choices: ['text', 'json'],
    default: 'text',
    help: 'text: one timestamped line per event; json: one JSON object per line',
  },
} as const satisfies Record<string, OptionSpec>;

type ServeArgs = Record<string, unknown> & {
  store?: string;
  'api-key'?: string[];
  catalog?: string;
  quiet?: boolean;
  'log-format'?: 'text' | 'json';
};

/** Every flag of `serve`: the mock's options, then the CLI's own. */
const SERVE_TABLES: readonly OptionTable[] = [MOCK_OPTIONS, SERVE_FLAGS];

export const serveCommand: CommandModule<object, ServeArgs> & {
  flagTables: readonly OptionTable[];
} = {
  command: 'serve',
  describe:
    'Run the mock Probo API: POST /order, /order/status, /order/cancel, admin API under /__mock/',
  flagTables: SERVE_TABLES,
  builder: (yargs) =>
    SERVE_TABLES.reduce((y, table) => declareFlags(y, table), yargs) as unknown as Argv<ServeArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without hapi, undici and faker.
    const { mockEngineOf, openOrderStore, startMock, ADMIN_TOKEN_QUERY } =
      await import('../../mock/index.js');
    const { inspectorUrl, serveLog } = await import('../format/serve-log.js');
    const log = serveLog(args['log-format'] ?? 'text', process.stdout);
    const options = libraryOptions(args, MOCK_OPTIONS) as MockOptions;
    // Secrets may come from the environment instead, out of `ps`; a flag wins over its variable.
    const env = secretsFromEnv(process.env);
    const keys = args['api-key'] ?? env.apiKey;
    if (keys !== undefined) options.apiKey = keys;
    // Where the token came from is named in the printed inspector URL in place of the secret.
    let tokenFrom = '--admin-token';
    if (options.adminToken === undefined && env.adminToken !== undefined) {
      options.adminToken = env.adminToken;
      tokenFrom = `$${SECRET_ENV.adminToken}`;
    }
    if (options.callbackHeaders === undefined && env.callbackHeaders !== undefined)
      options.callbackHeaders = env.callbackHeaders;
    const store = args.store ?? MOCK_OPTIONS.store.default;
    if (store !== 'memory') options.store = await openOrderStore(store);
    if (typeof args.catalog === 'string') options.catalog = args.catalog;
    const mock = await startMock(options);
    const engine = mockEngineOf(mock.server);
    if (!args.quiet) mock.journal.subscribe((entry) => log.attempt(entry));
    // The store failing and recovering, posts refused for a bound: said even with --quiet.
    engine.notices.subscribe((notice) => log.notice(notice));
    // Near-misses of an accepted post (callback_url, singular, …): said even with --quiet.
    mock.orders.subscribe((change) => {
      if (change.type !== 'created') return;
      for (const w of change.order.warnings ?? []) log.warning(change.order.key, w);
    });
    const inspector = inspectorUrl(mock.url, engine.options.adminToken, {
      terminal: Boolean(process.stdout.isTTY) && args['log-format'] !== 'json',
      query: ADMIN_TOKEN_QUERY,
      tokenFrom,
    });
    log.listening({
      url: mock.url,
      inspector,
      docs: `${mock.url}/docs/`,
      admin: `${mock.url}/__mock/`,
      scenario: engine.options.scenario,
      stepDelayMs: engine.options.stepDelayMs,
      manual: engine.options.manual,
      callbackHeaders: Object.keys(engine.options.callbackHeaders ?? {}),
      ...(store !== 'memory' ? { store, orders: mock.orders.list().length } : {}),
    });
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        // A second Ctrl-C (or SIGTERM) does not wait for the deliveries in flight.
        const now = (again: NodeJS.Signals): void => {
          log.exitingNow(again);
          process.exit(130);
        };
        process.once('SIGINT', now);
        process.once('SIGTERM', now);
        log.stopping({
          signal,
          graceMs: engine.options.shutdownGraceMs,
          inFlight: engine.dispatcher.inFlight,
        });
        void mock.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    log.stopped();
  },
};
