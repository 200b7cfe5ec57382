import type { Argv, CommandModule } from 'yargs';
import type { OptionTable } from '../../shared/option-spec.js';
import type { VerifyClientOptions } from '../../conformance/types.js';
import { VERIFY_CLIENT_OPTIONS } from '../../conformance/client/option-table.js';
import type { ReporterName } from '../../conformance/reporters/names.js';
import { CLIENT_CHECK_IDS } from '../../conformance/types.js';
import { declareFlags, libraryOptions } from '../flags.js';
import { prepareFiles, reportFiles, runWithReport } from '../format/report-run.js';

/** The parsed flags: every entry of VERIFY_CLIENT_OPTIONS, by flag name. */
type VerifyClientArgs = Record<string, unknown> & { reporter: ReporterName };

export const verifyClientCommand: CommandModule<object, VerifyClientArgs> & {
  flagTables: readonly OptionTable[];
} = {
  command: 'verify-client',
  // Its only flags: a plain line runs without yargs (src/cli/plain-flags.ts).
  flagTables: [VERIFY_CLIENT_OPTIONS],
  describe:
    "Grade the shop's client half (posting, retrying, reconciling, cancelling) against the mock it starts (exit 0 passed, 1 failed, 2 usage, port in use or hook unreachable, 130 interrupted)",
  builder: (y) =>
    (declareFlags(y, VERIFY_CLIENT_OPTIONS) as Argv<VerifyClientArgs>).epilog(
      `Start the shop first with its Probo base URL at http://HOST:PORT, where this command starts the mock.\nChecks, one at a time: ${CLIENT_CHECK_IDS.join(', ')}.`,
    ),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the check catalog or the mock.
    const { loadStateMap } = await import('../../conformance/options.js');
    const { verifyClient } = await import('../../conformance/client/runner.js');
    const options = libraryOptions(args, VERIFY_CLIENT_OPTIONS) as unknown as VerifyClientOptions;
    if (typeof args['state-map'] === 'string')
      options.stateMap = await loadStateMap(args['state-map']);
    const files = reportFiles(args, VERIFY_CLIENT_OPTIONS);
    await prepareFiles(files);
    await runWithReport(args.reporter, files, (hooks) => verifyClient({ ...options, ...hooks }));
  },
};
