import type { Argv, CommandModule } from 'yargs';
import type { OptionSpec, OptionTable } from '../../shared/option-spec.js';
import { declareFlags } from '../flags.js';

/** The flags of `receiver` (the CLI's defaults: the library's port is 0, any free one). */
export const RECEIVER_FLAGS = {
  port: {
    flag: 'port',
    kind: 'port',
    default: 3000,
    help: 'port to listen on (0 = a free one)',
  },
  host: { flag: 'host', kind: 'string', default: '127.0.0.1', help: 'interface to listen on' },
  quiet: { flag: 'quiet', kind: 'boolean', default: false, help: 'do not print each callback' },
  secret: {
    flag: 'secret',
    kind: 'string',
    help: 'shared secret: a callback without "X-Security-Header: VALUE" gets 401 and changes nothing',
  },
} as const satisfies Record<string, OptionSpec>;

interface ReceiverArgs {
  port?: number;
  host?: string;
  quiet?: boolean;
  secret?: string;
}

export const receiverCommand: CommandModule<object, ReceiverArgs> & {
  flagTables: readonly OptionTable[];
} = {
  command: 'receiver',
  // Its only flags: a plain line runs without yargs (src/cli/plain-flags.ts).
  flagTables: [RECEIVER_FLAGS],
  describe: 'Run the reference callback receiver with its test hooks (state and setup)',
  builder: (y) => declareFlags(y, RECEIVER_FLAGS) as unknown as Argv<ReceiverArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without hapi.
    const { startReceiver } = await import('../../receiver/index.js');
    const receiver = await startReceiver({
      port: args.port ?? RECEIVER_FLAGS.port.default,
      host: args.host ?? RECEIVER_FLAGS.host.default,
      ...(args.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
      ...(args.secret !== undefined ? { secret: args.secret } : {}),
    });
    // The secret is the user's own: the try line names it as a shell variable, never its value.
    const header = args.secret !== undefined ? ' --header "X-Security-Header: $SECRET"' : '';
    process.stdout.write(
      [
        `reference receiver listening on ${receiver.url}`,
        `  callback URL  POST ${receiver.callbackUrl}`,
        `  state hook    GET  ${receiver.stateUrl}`,
        `  setup hook    POST ${receiver.setupUrl}`,
        `  effects hook  GET  ${receiver.effectsUrl}`,
        ...(args.secret !== undefined
          ? ['  callbacks need X-Security-Header with the --secret value (401 otherwise)']
          : []),
        '',
        `try: npx probo-mock verify --target ${receiver.callbackUrl} --state-url ${receiver.stateUrl} --setup-url ${receiver.setupUrl} --effects-url ${receiver.effectsUrl} --state-supplier-pointer ${receiver.supplierPointer} --state-tracking-pointer ${receiver.trackingPointer}${header}`,
        '',
      ].join('\n'),
    );
    const stop = () => {
      void receiver.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
};
