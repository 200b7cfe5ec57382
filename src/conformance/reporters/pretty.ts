import { CATALOG } from '../catalog.js';
import { CLIENT_CATALOG } from '../client/catalog.js';
import { formatStory } from '../story-log.js';
import { formatCallbacks, formatCalls } from './client-lines.js';
import type { CheckFailure, CheckResult, Report, RunStart, SharedCause } from '../types.js';
import { failureHint, oneLine, sharedCauseHeadline, visible } from './report-parts.js';

export interface PrettyOptions {
  /** ANSI colours (the CLI turns them on for a terminal without NO_COLOR). */
  color?: boolean;
}

type Paint = (code: number, text: string) => string;

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;
const COLOR = { passed: 32, failed: 31, skipped: 90 } as const;
/** Curl replays longer than this are left to the --json report (a 200-package body is 40 KiB). */
const CURL_SHOWN_MAX = 4096;

const painter =
  (options: PrettyOptions): Paint =>
  (code, text) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;

const WIDTH = Math.max(...[...CATALOG, ...CLIENT_CATALOG].map((c) => c.id.length));

/**
 * verify-client's warnings come from its checks (an `order_type: "test"` post), after the head
 * was written: the tail says them. verify's are known before its first check: the head does.
 */
const warnsInTail = (report: Pick<Report, 'mock'>): boolean => report.mock !== undefined;

/**
 * The pretty report in three parts, so that the CLI can stream it: the head (target, seed and run
 * id: what repeats the run), a line per check as it finishes, and the tail (failures, summary).
 */
export function formatPrettyHead(
  start: Pick<RunStart, 'target' | 'seed' | 'runId'> & Partial<RunStart>,
  options: PrettyOptions = {},
): string {
  const paint = painter(options);
  const extra = [
    start.orderIdFormat ? `ids ${start.orderIdFormat}` : '',
    start.parallel ? `parallel ${start.parallel}` : '',
  ].filter(Boolean);
  const lines = [
    start.mock === undefined
      ? `probo-mock verify ${start.target}`
      : `probo-mock verify-client ${start.target}\n  mock ${start.mock} (the shop's Probo base URL)`,
    `  seed ${start.seed}  run id ${start.runId}${extra.length ? `  ${extra.join('  ')}` : ''}`,
    // verify-client's ids are the shop's own: the seed alone repeats its fake data.
    paint(
      90,
      `  repeat: --seed ${start.seed}${start.mock === undefined ? ` --run-id ${start.runId}` : ''}`,
    ),
  ];
  for (const warning of start.warnings ?? []) lines.push(paint(33, `  ! ${visible(warning)}`));
  return `${lines.join('\n')}\n\n`;
}

/** One line of a finished (or skipped) check. */
export function formatPrettyLine(check: CheckResult, options: PrettyOptions = {}): string {
  const paint = painter(options);
  const mark = paint(COLOR[check.outcome], MARK[check.outcome]);
  const time = check.outcome === 'skipped' ? 'skipped' : `${check.durationMs} ms`;
  const note = check.note ? `  ${paint(90, visible(check.note))}` : '';
  return `  ${mark} ${check.id.padEnd(WIDTH)}  ${time}${note}\n`;
}

/** Every failure with its story, state read, curl replay and hint; then the summary line. */
export function formatPrettyTail(report: Report, options: PrettyOptions = {}): string {
  const paint = painter(options);
  const lines: string[] = [];
  const failed = report.checks.filter((c) => c.outcome === 'failed');
  if (failed.length > 0) {
    lines.push('', 'Failures');
    if (report.sharedCause) lines.push('', ...sharedCauseBlock(report.sharedCause, paint));
    for (const check of failed) lines.push('', ...failureBlock(check, report, paint));
  }
  if (warnsInTail(report) && report.warnings?.length)
    lines.push('', ...report.warnings.map((w) => paint(33, `! ${visible(w)}`)));
  const { passed, failed: f, skipped } = report.summary;
  const partial = report.partial
    ? `${paint(33, 'interrupted: partial report, the checks not finished are counted as skipped')}\n`
    : '';
  lines.push(
    '',
    `${partial}${paint(COLOR.passed, `${passed} passed`)}, ${paint(f ? COLOR.failed : 90, `${f} failed`)}, ${skipped} skipped in ${report.durationMs} ms (seed ${report.seed}, run id ${report.runId})`,
  );
  return `${lines.join('\n')}\n`;
}

/** The whole pretty report at once: head, a line per check in catalog order, tail. */
export function formatPretty(report: Report, options: PrettyOptions = {}): string {
  const { target, seed, runId, warnings, mock } = report;
  const head = formatPrettyHead(
    {
      target,
      seed,
      runId,
      ...(warnings && !warnsInTail(report) ? { warnings } : {}),
      ...(mock ? { mock } : {}),
    },
    options,
  );
  return (
    head +
    report.checks.map((c) => formatPrettyLine(c, options)).join('') +
    formatPrettyTail(report, options)
  );
}

function failureBlock(check: CheckResult, report: Report, paint: Paint): string[] {
  const hint = [...CATALOG, ...CLIENT_CATALOG].find((c) => c.id === check.id)?.hint;
  const lines = [paint(COLOR.failed, `✗ ${check.id}: ${check.title}`)];
  for (const failure of check.failures)
    lines.push(...describeFailure(failure, failureHint(failure, report), paint));
  if (hint && check.failures.some((f) => f.hint === undefined && f.request))
    lines.push(`  hint: ${hint}`);
  return lines;
}

/** The one answer most failed checks got, and its cause, said once before the failures. */
function sharedCauseBlock(cause: SharedCause, paint: Paint): string[] {
  const lines = [
    paint(33, `! ${visible(sharedCauseHeadline(cause))}`),
    `  (${cause.checks.join(', ')})`,
  ];
  if (cause.hint) lines.push(`  ${paint(33, 'likely cause:')} ${visible(cause.hint)}`);
  return lines;
}

function describeFailure(failure: CheckFailure, hint: string | undefined, paint: Paint): string[] {
  // Everything but the paint comes from the report, so from the receiver's bytes in part:
  // control characters are shown as escapes, never sent to the terminal.
  const lines = describeParts(failure).map(visible);
  if (hint) lines.push(`      ${paint(33, 'hint:')} ${visible(hint)}`);
  if (failure.curl) {
    if (failure.curl.length > CURL_SHOWN_MAX) {
      lines.push(
        `      replay: ${Math.round(failure.curl.length / 1024)} KiB of curl commands, in the --json report`,
      );
    } else {
      lines.push('      replay:');
      for (const line of failure.curl.split('\n'))
        lines.push(`        ${paint(90, visible(line))}`);
    }
  }
  return lines;
}

/** The message, story, state read or request and answer of a failure, unpainted. */
function describeParts(failure: CheckFailure): string[] {
  const lines = [`  • ${failure.message}`];
  const { request, response } = failure;
  if (failure.story) {
    lines.push('      story (every request sent for this order, in order):');
    for (const line of formatStory(failure.story)) lines.push(`        ${line}`);
  }
  if (failure.calls && failure.calls.length > 0) {
    lines.push('      calls the mock saw for this check (ms after the place hook):');
    for (const line of formatCalls(failure.calls)) lines.push(`        ${line}`);
  }
  if (failure.callbacks) {
    lines.push('      callbacks the mock sent for its orders (last attempt):');
    for (const line of formatCallbacks(failure.callbacks)) lines.push(`        ${line}`);
  }
  if (failure.state) {
    const s = failure.state;
    const answer = s.response.error
      ? `${s.response.error.code}: ${s.response.error.message}`
      : `${s.response.status} ${oneLine(s.response.body ?? '', 200)}`;
    lines.push(`      state read: ${s.request.method} ${s.request.url} → ${answer}`);
    if (s.word !== undefined && s.means)
      lines.push(
        `        the word "${s.word}" stands for ${s.means.length > 0 ? s.means.join(' | ') : 'no Probo status yet'}`,
      );
  } else if (request) {
    lines.push(`      ${request.method} ${request.url}`);
    if (request.body !== undefined) lines.push(`      body: ${oneLine(request.body, 300)}`);
    if (response) {
      if (response.error) lines.push(`      → ${response.error.code}: ${response.error.message}`);
      else lines.push(`      → ${response.status} ${oneLine(response.body ?? '', 200)}`.trimEnd());
    }
  }
  return lines;
}
