import { access, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { Report, VerifyOptions } from '../../conformance/index.js';
import { VERIFY_OPTIONS } from '../../conformance/option-table.js';
import type { ReporterName, ReportFormat } from '../../conformance/reporters/names.js';
import { CHECK_IDS } from '../../conformance/types.js';
import type { OptionTable } from '../../shared/option-spec.js';
import { prepareOutDir, prepareOutFile } from '../../shared/out-path.js';
import { declareFlags, libraryOptions } from '../flags.js';

/** The parsed flags: every entry of VERIFY_OPTIONS, by flag name. */
type VerifyArgs = Record<string, unknown> & { reporter: ReporterName };

interface ReportFile {
  file: string;
  format: ReportFormat;
  flag: string;
}

/**
 * The report files a run writes: each `writes` flag of the table, named after its format
 * (--junit, --json, --html), but --output, which is in --reporter's.
 */
function reportFiles(args: VerifyArgs): ReportFile[] {
  return Object.values(VERIFY_OPTIONS as OptionTable)
    .filter((spec) => spec.writes && typeof args[spec.flag!] === 'string')
    .map((spec) => ({
      file: args[spec.flag!] as string,
      format: spec.flag === 'output' ? args.reporter : (spec.flag as ReportFormat),
      flag: `--${spec.flag!}`,
    }));
}

/** Creates each file's folder and checks it can be written, before anything is sent. */
async function prepareFiles(files: { file: string; flag: string }[]): Promise<void> {
  const { ConformanceUsageError } = await import('../../conformance/index.js');
  const seen = new Map<string, string>();
  for (const { file, flag } of files) {
    const full = resolve(file);
    const other = seen.get(full);
    if (other) throw new ConformanceUsageError(`${flag} and ${other} name the same file ${file}`);
    seen.set(full, flag);
    try {
      // The folder as every --out is made (out-path.ts: never a recursive mkdir, which loops
      // forever under /proc on Node 20); then an existing file must be writable too.
      await prepareOutFile(full);
      if (await stat(full).catch(() => undefined)) await access(full, constants.W_OK);
    } catch (err) {
      throw new ConformanceUsageError(`${flag}: cannot write ${file}: ${(err as Error).message}`);
    }
  }
}

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify',
  describe:
    'Run the conformance checks against a callback receiver (exit 0 passed, 1 failed, 2 usage, unreachable or no check ran, 130 interrupted)',
  builder: (y) =>
    (declareFlags(y, VERIFY_OPTIONS) as Argv<VerifyArgs>).epilog(
      `Checks: ${CHECK_IDS.join(', ')}.\nThe expectations are probo-mock's own (invented): Probo publishes no delivery guarantees, so a receiver must survive redelivery, reordering and delay.`,
    ),
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the check catalog.
    const conformance = await import('../../conformance/index.js');
    const { formatReport, formatPrettyHead, formatPrettyLine, formatPrettyTail } = conformance;
    const options = libraryOptions(args, VERIFY_OPTIONS) as unknown as VerifyOptions;
    if (typeof args['state-map'] === 'string')
      options.stateMap = await conformance.loadStateMap(args['state-map']);

    const files = reportFiles(args);
    await prepareFiles(files);
    // The failures folder too, before anything is sent: not a note after the whole exploration.
    const saveDir = args['save-failures'];
    if (typeof saveDir === 'string')
      await prepareOutDir(saveDir).catch((err: unknown) => {
        throw new conformance.ConformanceUsageError(
          `--save-failures: cannot use ${saveDir}: ${(err as Error).message}`,
        );
      });

    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    // stdout streams the pretty report unless it is to carry --reporter json/junit/markdown itself.
    const streaming = files.some((f) => f.flag === '--output') || args.reporter === 'pretty';
    const streamed = new Set<string>();
    if (streaming) {
      options.onStart = (start) => process.stdout.write(formatPrettyHead(start, { color }));
      options.onCheck = (result) => {
        streamed.add(result.id);
        process.stdout.write(formatPrettyLine(result, { color }));
      };
    } else {
      options.onStart = (start) => {
        for (const warning of start.warnings) process.stderr.write(`probo-mock: ${warning}\n`);
      };
    }

    // Ctrl-C: the checks that finished are reported and written, marked partial; exit 130.
    const abort = new AbortController();
    options.signal = abort.signal;
    const onSigint = (): void => {
      if (abort.signal.aborted) process.exit(130);
      abort.abort();
    };
    process.on('SIGINT', onSigint);
    let report: Report;
    try {
      report = await conformance.verifyReceiver(options);
    } finally {
      process.off('SIGINT', onSigint);
    }

    for (const { file, format } of files) await writeFile(file, formatReport(report, format));
    if (streaming) {
      const rest = report.checks.filter((c) => !streamed.has(c.id));
      process.stdout.write(rest.map((c) => formatPrettyLine(c, { color })).join(''));
      process.stdout.write(formatPrettyTail(report, { color }));
    } else {
      process.stdout.write(formatReport(report, args.reporter, { color }));
    }
    process.exitCode = report.partial ? 130 : report.summary.failed > 0 ? 1 : 0;
  },
};
