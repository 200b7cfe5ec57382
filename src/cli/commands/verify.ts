import { writeFile } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import type { VerifyOptions } from '../../conformance/index.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS } from '../../conformance/defaults.js';
import { REPORTERS, type ReporterName } from '../../conformance/reporters/names.js';
import { CHECK_IDS } from '../../conformance/types.js';

interface VerifyArgs {
  target: string;
  'state-url'?: string | undefined;
  'setup-url'?: string | undefined;
  'state-pointer'?: string | undefined;
  'state-map'?: string | undefined;
  only?: string | undefined;
  skip?: string | undefined;
  timeout: number;
  concurrency: number;
  seed?: number | undefined;
  header?: string[] | undefined;
  reporter: ReporterName;
  output?: string | undefined;
}

const list = (text: string | undefined): string[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify',
  describe:
    'Run the conformance checks against a callback receiver (exit 0 passed, 1 failed, 2 usage or unreachable)',
  builder: (y) =>
    y
      .option('target', {
        type: 'string',
        demandOption: true,
        describe: 'the receiver URL, as in callback_urls',
      })
      .option('state-url', {
        type: 'string',
        describe: 'state hook, {id} = URL-encoded order id; enables the state-* checks',
      })
      .option('setup-url', {
        type: 'string',
        describe: 'POSTed {"id","reference"} for every fresh order first',
      })
      .option('state-pointer', {
        type: 'string',
        describe: 'JSON pointer to the status in the state answer (default /status)',
      })
      .option('state-map', {
        type: 'string',
        describe: "JSON file mapping the receiver's status words to Probo statuses",
      })
      .option('only', { type: 'string', describe: 'comma-separated check ids to run' })
      .option('skip', { type: 'string', describe: 'comma-separated check ids to skip' })
      .option('timeout', {
        type: 'number',
        default: DEFAULT_TIMEOUT_MS,
        describe: 'ms per request',
      })
      .option('concurrency', {
        type: 'number',
        default: DEFAULT_CONCURRENCY,
        describe: 'messages at once in handles-concurrent-burst',
      })
      .option('seed', {
        type: 'number',
        describe: 'seed for reproducible bodies (default random, printed)',
      })
      .option('header', {
        type: 'string',
        array: true,
        describe: 'extra request header "Name: value" (repeatable); values are redacted in reports',
      })
      .option('reporter', {
        choices: REPORTERS,
        default: 'pretty' as ReporterName,
        describe: 'report format',
      })
      .option('output', {
        type: 'string',
        describe: 'write the report to this file (stdout then shows the pretty report)',
      })
      .epilog(
        `Checks: ${CHECK_IDS.join(', ')}.\nThe expectations are probo-mock's own (invented): Probo publishes no delivery guarantees, so a receiver must survive redelivery, reordering and delay.`,
      ),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the check catalog.
    const { formatReport, loadStateMap, parseHeaderOption, verifyReceiver } =
      await import('../../conformance/index.js');
    const options: VerifyOptions = {
      target: args.target,
      timeoutMs: args.timeout,
      concurrency: args.concurrency,
      headers: Object.fromEntries((args.header ?? []).map(parseHeaderOption)),
    };
    if (args['state-url'] !== undefined) options.stateUrl = args['state-url'];
    if (args['setup-url'] !== undefined) options.setupUrl = args['setup-url'];
    if (args['state-pointer'] !== undefined) options.statePointer = args['state-pointer'];
    if (args['state-map'] !== undefined) options.stateMap = await loadStateMap(args['state-map']);
    const only = list(args.only);
    const skip = list(args.skip);
    if (only) options.only = only;
    if (skip) options.skip = skip;
    if (args.seed !== undefined) options.seed = args.seed;

    const report = await verifyReceiver(options);
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    if (args.output !== undefined) {
      await writeFile(args.output, formatReport(report, args.reporter));
      process.stdout.write(formatReport(report, 'pretty', { color }));
    } else {
      process.stdout.write(formatReport(report, args.reporter, { color }));
    }
    process.exitCode = report.summary.failed > 0 ? 1 : 0;
  },
};
