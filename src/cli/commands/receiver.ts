import type { CommandModule } from 'yargs';

interface ReceiverArgs {
  port: number;
  host: string;
  quiet: boolean;
}

export const receiverCommand: CommandModule<object, ReceiverArgs> = {
  command: 'receiver',
  describe: 'Run the reference callback receiver with its test hooks (state and setup)',
  builder: (y) =>
    y
      .option('port', {
        type: 'number',
        default: 3000,
        describe: 'port to listen on (0 = a free one)',
      })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'interface to listen on' })
      .option('quiet', { type: 'boolean', default: false, describe: 'do not print each callback' }),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without hapi.
    const { startReceiver } = await import('../../receiver/index.js');
    const receiver = await startReceiver({
      port: args.port,
      host: args.host,
      ...(args.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
    });
    process.stdout.write(
      [
        `reference receiver listening on ${receiver.url}`,
        `  callback URL  POST ${receiver.callbackUrl}`,
        `  state hook    GET  ${receiver.stateUrl}`,
        `  setup hook    POST ${receiver.setupUrl}`,
        '',
        `try: npx probo-mock verify --target ${receiver.callbackUrl} --state-url ${receiver.stateUrl} --setup-url ${receiver.setupUrl} --state-supplier-pointer ${receiver.supplierPointer} --state-tracking-pointer ${receiver.trackingPointer}`,
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
