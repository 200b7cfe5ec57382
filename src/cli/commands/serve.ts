import type { CommandModule } from 'yargs';
import { MOCK_DEFAULTS } from '../../mock/engine/options.js';
import type { MockOptions } from '../../mock/index.js';

interface ServeArgs {
  port: number;
  host: string;
  scenario: string;
  'step-delay': number;
  manual: boolean;
  seed: number;
  'api-key': string | undefined;
  'rate-limit': number;
  retries: number;
  timeout: number;
  scenarios: string | undefined;
  'journal-limit': number;
  quiet: boolean;
  store: string;
  'admin-token': string | undefined;
  'allow-callback-host': string[] | undefined;
  'shutdown-grace': number;
  'callback-header': string[] | undefined;
  catalog: string | undefined;
  'strict-catalog': boolean;
}

export const serveCommand: CommandModule<object, ServeArgs> = {
  command: 'serve',
  describe:
    'Run the mock Probo API: POST /order, /order/status, /order/cancel, /order/release, admin API under /__mock/',
  builder: (yargs) =>
    yargs
      .option('port', {
        type: 'number',
        default: MOCK_DEFAULTS.port,
        describe: 'Port to listen on (0 = any free port)',
      })
      .option('host', { type: 'string', default: MOCK_DEFAULTS.host, describe: 'Address to bind' })
      .option('scenario', {
        type: 'string',
        default: MOCK_DEFAULTS.scenario,
        describe: 'Scenario of orders that ask for none',
      })
      .option('step-delay', {
        type: 'number',
        default: MOCK_DEFAULTS.stepDelayMs,
        describe: 'Milliseconds between callback steps (invented default)',
      })
      .option('manual', {
        type: 'boolean',
        default: false,
        describe: 'Hold every step until POST /__mock/orders/{id}/advance',
      })
      .option('seed', {
        type: 'number',
        default: MOCK_DEFAULTS.seed,
        describe: 'Seed of the fake data: same seed, same bodies',
      })
      .option('api-key', {
        type: 'string',
        describe:
          'Accept only this key (Bearer KEY, Basic KEY, or Basic as curl -u KEY: sends it); default: any',
      })
      .option('rate-limit', {
        type: 'number',
        default: MOCK_DEFAULTS.rateLimit,
        describe: 'Calls a minute per token (documented: 300); 0 = off',
      })
      .option('retries', {
        type: 'number',
        default: MOCK_DEFAULTS.retries,
        describe: 'Retries of a failed delivery (invented default)',
      })
      .option('timeout', {
        type: 'number',
        default: MOCK_DEFAULTS.timeoutMs,
        describe: 'Milliseconds per delivery attempt (invented default)',
      })
      .option('scenarios', {
        type: 'string',
        describe: 'Folder of your own scenario files (*.json)',
      })
      .option('journal-limit', {
        type: 'number',
        default: MOCK_DEFAULTS.journalLimit,
        describe: 'Delivery attempts kept in memory',
      })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: 'Do not print a line per delivery attempt',
      })
      .option('store', {
        type: 'string',
        default: 'memory',
        describe:
          'Where orders, pending deliveries and the journal live: memory, or sqlite:FILE (survives a crash or restart)',
      })
      .option('admin-token', {
        type: 'string',
        describe:
          'Require this token for the admin API and the inspector UI (required when --host is not a loopback address)',
      })
      .option('allow-callback-host', {
        type: 'string',
        array: true,
        describe: 'Only accept callback URLs on these hosts (repeatable; *.example.com allowed)',
      })
      .option('catalog', {
        type: 'string',
        describe:
          'Your own product catalog (JSON, schemas/catalog/catalog.schema.json); default: the seeded one',
      })
      .option('strict-catalog', {
        type: 'boolean',
        default: false,
        describe: 'Refuse orders whose product codes the catalog does not know (default: taken)',
      })
      .option('callback-header', {
        type: 'string',
        array: true,
        describe:
          'Send this header with every callback, e.g. "X-Security-Header: s3cret" (repeatable; values redacted in the journal, output and inspector)',
      })
      .option('shutdown-grace', {
        type: 'number',
        default: 5_000,
        describe: 'On SIGTERM/SIGINT, milliseconds delivery attempts in flight may take to finish',
      }),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without hapi, undici and faker.
    const { openOrderStore, startMock } = await import('../../mock/index.js');
    const { attemptLine } = await import('../format/attempt-line.js');
    const options: MockOptions = {
      port: args.port,
      host: args.host,
      scenario: args.scenario,
      stepDelayMs: args['step-delay'],
      manual: args.manual,
      seed: args.seed,
      rateLimit: args['rate-limit'],
      retries: args.retries,
      timeoutMs: args.timeout,
      journalLimit: args['journal-limit'],
      shutdownGraceMs: args['shutdown-grace'],
    };
    if (args['admin-token'] !== undefined) options.adminToken = args['admin-token'];
    if (args['allow-callback-host'] !== undefined)
      options.allowCallbackHosts = args['allow-callback-host'];
    if (args.store !== 'memory') options.store = await openOrderStore(args.store);
    if (args['api-key'] !== undefined) options.apiKey = args['api-key'];
    if (args.scenarios !== undefined) options.scenariosDir = args.scenarios;
    if (args.catalog !== undefined) options.catalog = args.catalog;
    if (args['strict-catalog']) options.strictCatalog = true;
    if (args['callback-header'] !== undefined) {
      const { parseHeaderLines } = await import('../../shared/header-lines.js');
      try {
        options.callbackHeaders = parseHeaderLines(args['callback-header']);
      } catch (error) {
        throw new Error((error as Error).message.replace('--header', '--callback-header'), {
          cause: error,
        });
      }
    }
    const mock = await startMock(options).catch((error: unknown) => {
      throw new Error(flagNames((error as Error).message), { cause: error });
    });
    if (!args.quiet)
      mock.journal.subscribe((entry) => process.stdout.write(`${attemptLine(entry)}\n`));
    // Near-misses of an accepted post (callback_url, singular, …): said even with --quiet.
    mock.orders.subscribe((change) => {
      if (change.type !== 'created') return;
      for (const w of change.order.warnings ?? [])
        process.stdout.write(`warning: order ${change.order.key} ${w.pointer}: ${w.message}\n`);
    });
    process.stdout.write(`probo-mock listening on ${mock.url}\n`);
    if (args.store !== 'memory')
      process.stdout.write(`  store ${args.store}: ${mock.orders.list().length} orders\n`);
    process.stdout.write(
      `  POST ${mock.url}/order  (scenario ${args.scenario}, step delay ${args['step-delay']} ms${args.manual ? ', manual' : ''})\n` +
        `  inspector ${mock.url}/\n` +
        `  docs ${mock.url}/docs/\n` +
        `  admin API ${mock.url}/__mock/  ·  Ctrl-C to stop\n`,
    );
    for (const name of Object.keys(options.callbackHeaders ?? {}))
      process.stdout.write(`  callback header ${name}: [redacted]\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void mock.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    process.stdout.write('probo-mock stopped\n');
  },
};

// Library option names in an error message, as the flags a CLI user typed.
const FLAGS: Record<string, string> = {
  stepDelayMs: '--step-delay',
  rateLimit: '--rate-limit',
  timeoutMs: '--timeout',
  journalLimit: '--journal-limit',
  apiKey: '--api-key',
  scenariosDir: '--scenarios',
  port: '--port',
  retries: '--retries',
  seed: '--seed',
  scenario: '--scenario',
  shutdownGraceMs: '--shutdown-grace',
  adminToken: '--admin-token',
  allowCallbackHosts: '--allow-callback-host',
  callbackHeaders: '--callback-header',
  catalog: '--catalog',
  strictCatalog: '--strict-catalog',
};

function flagNames(message: string): string {
  return message.replace(/\b(\w+) must be/g, (whole, name: string) =>
    FLAGS[name] ? `${FLAGS[name]} must be` : whole,
  );
}
