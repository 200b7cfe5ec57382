import type { Argv, CommandModule } from 'yargs';
import type { OptionTable } from '../../shared/option-spec.js';
import type { VerifyOptions } from '../../conformance/index.js';
import { VERIFY_OPTIONS } from '../../conformance/option-table.js';
import type { ReporterName } from '../../conformance/reporters/names.js';
import { CHECK_IDS } from '../../conformance/types.js';
import { prepareOutDir } from '../../shared/out-path.js';
import { declareFlags, libraryOptions } from '../flags.js';
import { prepareFiles, reportFiles, runWithReport } from '../format/report-run.js';

/** The parsed flags: every entry of VERIFY_OPTIONS, by flag name. */
type VerifyArgs = Record<string, unknown> & { reporter: ReporterName };

export const verifyCommand: CommandModule<object, VerifyArgs> & {
  flagTables: readonly OptionTable[];
} = {
  command: 'verify',
  // Its only flags: a plain line runs without yargs (src/cli/plain-flags.ts).
  flagTables: [VERIFY_OPTIONS],
  describe:
    'Run the conformance checks against a callback receiver (exit 0 passed, 1 failed, 2 usage, unreachable or no check ran, 130 interrupted)',
  builder: (y) =>
    (declareFlags(y, VERIFY_OPTIONS) as Argv<VerifyArgs>).epilog(
      `Checks: ${CHECK_IDS.join(', ')}.\nThe expectations are probo-mock's own (invented): Probo publishes no delivery guarantees, so a receiver must survive redelivery, reordering and delay.`,
    ),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the check catalog.
    const conformance = await import('../../conformance/index.js');
    const options = libraryOptions(args, VERIFY_OPTIONS) as unknown as VerifyOptions;
    if (typeof args['state-map'] === 'string')
      options.stateMap = await conformance.loadStateMap(args['state-map']);

    const files = reportFiles(args, VERIFY_OPTIONS);
    await prepareFiles(files);
    // The failures folder too, before anything is sent: not a note after the whole exploration.
    const saveDir = args['save-failures'];
    if (typeof saveDir === 'string')
      await prepareOutDir(saveDir).catch((err: unknown) => {
        throw new conformance.ConformanceUsageError(
          `--save-failures: cannot use ${saveDir}: ${(err as Error).message}`,
        );
      });
    await runWithReport(args.reporter, files, (hooks) =>
      conformance.verifyReceiver({ ...options, ...hooks }),
    );
  },
};
