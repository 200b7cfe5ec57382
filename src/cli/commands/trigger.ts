import type { CommandModule } from 'yargs';
import type { TriggerOptions } from '../../scenarios/trigger.js';

interface TriggerArgs {
  scenario: string;
  target: string;
  'order-id': string | undefined;
  seed: number;
  'step-delay': number;
  header: string[];
  retries: number;
  timeout: number;
  scenarios: string | undefined;
}

export const triggerCommand: CommandModule<object, TriggerArgs> = {
  command: 'trigger <scenario>',
  describe:
    'Deliver one scenario straight to a receiver (no order post); exit 1 if a delivery failed',
  builder: (yargs) =>
    yargs
      .positional('scenario', {
        type: 'string',
        demandOption: true,
        describe: 'Scenario name (see "probo-mock scenarios") or the path of a scenario file',
      })
      .option('target', {
        type: 'string',
        demandOption: true,
        describe: "The receiver's callback URL",
      })
      .option('order-id', {
        type: 'string',
        describe: 'Order id in the bodies (default trigger-<seed>)',
      })
      .option('seed', { type: 'number', default: 1, describe: 'Seed of the fake data' })
      .option('step-delay', {
        type: 'number',
        default: 200,
        describe: 'Milliseconds between steps',
      })
      .option('header', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Extra header "Name: value" (repeatable)',
      })
      .option('retries', {
        type: 'number',
        default: 3,
        describe: 'Retries of a failed delivery (invented default)',
      })
      .option('timeout', {
        type: 'number',
        default: 10_000,
        describe: 'Milliseconds per attempt (invented default)',
      })
      .option('scenarios', { type: 'string', describe: 'Folder of your own scenario files' }),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without undici and faker.
    const { triggerScenario } = await import('../../scenarios/trigger.js');
    const { attemptLine } = await import('../format/attempt-line.js');
    const { parseHeaderLines } = await import('../../shared/header-lines.js');
    for (const name of ['seed', 'step-delay', 'retries', 'timeout'] as const) {
      const value = args[name];
      if (!Number.isInteger(value) || value < 0)
        throw new TypeError(`--${name} must be a whole number of 0 or more`);
    }
    const options: TriggerOptions = {
      scenario: args.scenario,
      target: args.target,
      seed: args.seed,
      stepDelayMs: args['step-delay'],
      retries: args.retries,
      timeoutMs: Math.max(1, args.timeout),
      headers: parseHeaderLines(args.header),
      onAttempt: (entry) => process.stdout.write(`${attemptLine(entry)}\n`),
    };
    if (args['order-id'] !== undefined) options.orderId = args['order-id'];
    if (args.scenarios !== undefined) options.scenariosDir = args.scenarios;
    const result = await triggerScenario(options);
    const n = result.deliveries.length;
    process.stdout.write(
      `${result.scenario} for order ${result.orderId}: ${n - result.failed} of ${n} deliveries answered 2xx${result.failed ? `, ${result.failed} failed` : ''}\n`,
    );
    if (result.failed > 0) process.exitCode = 1;
  },
};
