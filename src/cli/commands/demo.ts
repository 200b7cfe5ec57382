import type { Argv, CommandModule } from 'yargs';
import type { OptionTable } from '../../shared/option-spec.js';
import { DEMO_OPTIONS } from '../../demo/option-table.js';
import { declareFlags, libraryOptions } from '../flags.js';

type DemoArgs = Record<string, unknown>;

export const demoCommand: CommandModule<object, DemoArgs> & {
  flagTables: readonly OptionTable[];
} = {
  command: 'demo',
  // Its only flags: a plain line runs without yargs (src/cli/plain-flags.ts).
  flagTables: [DEMO_OPTIONS],
  describe:
    'Mock and reference receiver on free ports: one order per built-in scenario, then verify',
  builder: (y) => declareFlags(y, DEMO_OPTIONS) as Argv<DemoArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the mock and the runner.
    const [{ formatTimeline, runDemo }, { formatPretty }] = await Promise.all([
      import('../../demo/index.js'),
      import('../../conformance/index.js'),
    ]);
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const result = await runDemo({
      ...libraryOptions(args, DEMO_OPTIONS),
      onTimeline: (rows, urls) => {
        process.stdout.write(
          `probo-mock demo: the mock at ${urls.mock} posted one order per built-in scenario;\n` +
            `its callbacks went to the reference receiver at ${urls.receiver}\n\n` +
            `${formatTimeline(rows)}\n` +
            'Now the conformance run against the same receiver, with its state and setup hooks:\n\n',
        );
      },
    });
    process.stdout.write(formatPretty(result.report, { color }));
    process.stdout.write(
      "\nAnd the other half: verify-client against the reference shop's order client (place, retry, reconcile, cancel), through its test hooks:\n\n",
    );
    process.stdout.write(formatPretty(result.clientReport, { color }));
    process.exitCode = result.ok ? 0 : 1;
  },
};
