import { CATALOG } from '../catalog.js';
import { CLIENT_CATALOG } from '../client/catalog.js';
import type {
  CheckFailure,
  CheckResult,
  RecordedResponse,
  Report,
  SharedCause,
  StateRead,
} from '../types.js';

/**
 * What the document reporters (Markdown, HTML) say alike about a report: the headline, the
 * words for an answer and a state read, which hint belongs to a check, and receiver bytes made
 * safe to show. Each reporter only lays these out in its own markup.
 */

/** Options of the document reporters. */
export interface DocumentOptions {
  /**
   * The command named in the title; default: `probo-mock verify-client` for a report of the mock
   * it ran (`report.mock`), else `probo-mock verify`.
   */
  command?: string;
}

export const commandOf = (options: DocumentOptions, report: Report): string =>
  options.command ?? (report.mock === undefined ? 'probo-mock verify' : 'probo-mock verify-client');

/** `7 failed, 15 passed, 3 skipped`: failures first, as a reader looks for them first. */
export function headline(report: Report): string {
  const { passed, failed, skipped } = report.summary;
  return `${failed} failed, ${passed} passed, ${skipped} skipped`;
}

/** The flags that repeat the run: verify's bytes, or verify-client's fake data (its seed alone). */
export const repeatFlags = (report: Report): string =>
  report.mock === undefined
    ? `--seed ${report.seed} --run-id ${report.runId}`
    : `--seed ${report.seed}`;

export const failedChecks = (report: Report): CheckResult[] =>
  report.checks.filter((c) => c.outcome === 'failed');

/**
 * The check's own fix, shown once for the check when a failure has no more precise hint of its
 * own (as the pretty report does).
 */
export function checkHint(check: CheckResult): string | undefined {
  if (!check.failures.some((f) => f.hint === undefined)) return undefined;
  return [...CATALOG, ...CLIENT_CATALOG].find((c) => c.id === check.id)?.hint;
}

/** What a check says in one line: its note, its time, or its first failure. */
export function checkResultText(check: CheckResult): string {
  if (check.outcome === 'skipped') return `skipped: ${check.note ?? 'not run'}`;
  if (check.outcome === 'passed')
    return `passed in ${check.durationMs} ms${check.note ? ` (${check.note})` : ''}`;
  const more = check.failures.length > 1 ? ` (+${check.failures.length - 1} more)` : '';
  return `${check.failures[0]?.message ?? 'failed'}${more}`;
}

/** `200 {"ok":true}` or `ECONNREFUSED: connect …`: an answer in one line, cut at `max`. */
export function answerText(response: RecordedResponse, max = 200): string {
  if (response.error) return `${response.error.code}: ${response.error.message}`;
  return `${response.status ?? ''} ${oneLine(response.body ?? '', max)}`.trim();
}

/** The meaning of the word a state read found, or undefined when there is none to tell. */
export function stateMeaning(state: StateRead): string | undefined {
  if (state.word === undefined || state.means === undefined) return undefined;
  const means = state.means.length > 0 ? state.means.join(' | ') : 'no Probo status yet';
  return `the word "${state.word}" stands for ${means}`;
}

/** `21 of the 21 failed checks got the same answer: 401 {…}`: a shared cause's headline. */
export function sharedCauseHeadline(cause: SharedCause): string {
  return `${cause.checks.length} of the ${cause.failed} failed checks got the same answer: ${oneLine(cause.answer, 200)}`;
}

/**
 * A failure's hint as a report shows it: the shared cause's hint, said once above the failures,
 * is referred to instead of repeated on each of them.
 */
export function failureHint(failure: CheckFailure, report: Report): string | undefined {
  if (failure.hint !== undefined && failure.hint === report.sharedCause?.hint)
    return 'the likely cause above (the answer most failed checks got).';
  return failure.hint;
}

export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

// Bytes a receiver sent that would act instead of show: C0 controls but tab and newline, DEL,
// C1, and the bidi overrides and isolates that reorder the text around them. Matching them is
// the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters written as escapes (`\x1b`, `\u202e`), so that they show instead of act. */
export function visible(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A replay longer than this is left to the --json report (a 200-package body is 40 KiB). */
export const REPLAY_SHOWN_MAX = 64 * 1024;

/** `41 KiB`: a size in words. */
export const kib = (chars: number): string => `${Math.max(1, Math.round(chars / 1024))} KiB`;
