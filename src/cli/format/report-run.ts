import { access, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckResult, ExploreProgress, Report, RunStart } from '../../conformance/types.js';
import type { ReporterName, ReportFormat } from '../../conformance/reporters/names.js';
import type { OptionTable } from '../../shared/option-spec.js';
import { prepareOutFile } from '../../shared/out-path.js';
import { exploreProgressText, ProgressLine } from './progress-line.js';

/** What verify and verify-client share: the runs, their report files and their streaming. */

interface ReportFile {
  file: string;
  format: ReportFormat;
  flag: string;
}

/**
 * The report files a run writes: each `writes` flag of the table, named after its format
 * (--junit, --json, --html), but --output, which is in --reporter's.
 */
export function reportFiles(
  args: Readonly<Record<string, unknown>> & { reporter: ReporterName },
  table: OptionTable,
): ReportFile[] {
  return Object.values(table)
    .filter((spec) => spec.writes && typeof args[spec.flag!] === 'string')
    .map((spec) => ({
      file: args[spec.flag!] as string,
      format: spec.flag === 'output' ? args.reporter : (spec.flag as ReportFormat),
      flag: `--${spec.flag!}`,
    }));
}

/** Creates each file's folder and checks it can be written, before anything is sent. */
export async function prepareFiles(files: { file: string; flag: string }[]): Promise<void> {
  const { ConformanceUsageError } = await import('../../conformance/errors.js');
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

/** What a run takes from the CLI: where to stream, and the signal Ctrl-C aborts. */
export interface RunHooks {
  onStart: (start: RunStart) => void;
  onCheck?: (result: CheckResult) => void;
  /** On a terminal only: how far a long check has got (verify's --explore). */
  onProgress?: (progress: ExploreProgress) => void;
  signal: AbortSignal;
}

/**
 * Runs a conformance run as the CLI does: the pretty report streamed (head, a line per check in
 * report order) unless stdout carries --reporter json/junit/markdown itself, Ctrl-C writes a
 * partial report (a second one exits at once), the report files written, and the exit code:
 * 0 passed, 1 failed, 130 interrupted.
 */
export async function runWithReport(
  reporter: ReporterName,
  files: ReportFile[],
  run: (hooks: RunHooks) => Promise<Report>,
): Promise<void> {
  const { formatReport, formatPrettyHead, formatPrettyLine, formatPrettyTail } =
    await import('../../conformance/reporters/index.js');
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  // stdout streams the pretty report unless it is to carry --reporter json/junit/markdown itself.
  const streaming = files.some((f) => f.flag === '--output') || reporter === 'pretty';
  const streamed = new Set<string>();
  const abort = new AbortController();
  // On a terminal, a progress line on stderr (at most once a second), erased before any other
  // line; in a pipe or a CI log, none.
  const progress = process.stderr.isTTY ? new ProgressLine(process.stderr) : undefined;
  const hooks: RunHooks = streaming
    ? {
        signal: abort.signal,
        onStart: (start) => process.stdout.write(formatPrettyHead(start, { color })),
        onCheck: (result) => {
          streamed.add(result.id);
          progress?.clear();
          process.stdout.write(formatPrettyLine(result, { color }));
        },
      }
    : {
        signal: abort.signal,
        onStart: (start) => {
          for (const warning of start.warnings) process.stderr.write(`probo-mock: ${warning}\n`);
        },
      };
  if (progress) hooks.onProgress = (p) => progress.show(exploreProgressText(p));
  // Ctrl-C: the checks that finished are reported and written, marked partial; exit 130.
  const onSigint = (): void => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  let report: Report;
  try {
    report = await run(hooks);
  } finally {
    process.off('SIGINT', onSigint);
    progress?.clear();
  }
  for (const { file, format } of files) await writeFile(file, formatReport(report, format));
  if (streaming) {
    const rest = report.checks.filter((c) => !streamed.has(c.id));
    process.stdout.write(rest.map((c) => formatPrettyLine(c, { color })).join(''));
    process.stdout.write(formatPrettyTail(report, { color }));
  } else {
    process.stdout.write(formatReport(report, reporter, { color }));
  }
  process.exitCode = report.partial ? 130 : report.summary.failed > 0 ? 1 : 0;
}
