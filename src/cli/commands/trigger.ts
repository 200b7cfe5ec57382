import type { Argv, CommandModule } from 'yargs';
import { patchProblem } from '../../scenarios/merge-patch.js';
import { TRIGGER_OPTIONS } from '../../scenarios/trigger-options.js';
import type { TriggerOptions } from '../../scenarios/trigger.js';
import { declareFlags, libraryOptions } from '../flags.js';

type TriggerArgs = Record<string, unknown> & {
  scenario: string;
  patch?: string;
};

export const triggerCommand: CommandModule<object, TriggerArgs> = {
  command: 'trigger <scenario>',
  describe:
    'Deliver one scenario straight to a receiver (no order post); exit 1 if a delivery failed, 2 if the receiver cannot be reached',
  builder: (yargs) =>
    declareFlags(
      yargs.positional('scenario', {
        type: 'string',
        demandOption: true,
        describe: 'Scenario name (see "probo-mock scenarios") or the path of a scenario file',
      }),
      TRIGGER_OPTIONS,
    )
      .example(
        `$0 trigger canceled --target http://localhost:3000/probo/callback`,
        'order id trigger-canceled-1',
      )
      .example(
        `$0 trigger happy-path --target URL --patch '{"order":{"reference":"R-1"}}'`,
        'every body with this reference',
      )
      .example(
        '$0 trigger ./my-scenario.json --target URL',
        'a scenario file of your own',
      ) as unknown as Argv<TriggerArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without undici and faker.
    const { triggerScenario } = await import('../../scenarios/trigger.js');
    const { attemptLine } = await import('../format/attempt-line.js');
    const options: TriggerOptions = {
      ...(libraryOptions(args, TRIGGER_OPTIONS) as Omit<TriggerOptions, 'scenario'>),
      scenario: args.scenario,
      onAttempt: (entry) => process.stdout.write(`${attemptLine(entry)}\n`),
    };
    if (args.patch !== undefined) options.patch = parsePatch(args.patch);
    const result = await triggerScenario(options);
    const n = result.deliveries.length;
    process.stdout.write(
      `${result.scenario} for order ${result.orderId}: ${n - result.failed} of ${n} deliveries answered 2xx${result.failed ? `, ${result.failed} failed` : ''}\n`,
    );
    if (result.failed > 0) process.exitCode = 1;
  },
};

/** `--patch` is a JSON object (a merge patch); anything else is refused before any delivery. */
function parsePatch(text: string): Record<string, unknown> {
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`--patch must be a JSON object (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new TypeError(`--patch must be a JSON object (got ${JSON.stringify(text)})`);
  }
  const problem = patchProblem(patch, '--patch');
  if (problem !== undefined) throw new TypeError(problem);
  return patch as Record<string, unknown>;
}
