import { CATALOG } from '../catalog.js';
import type { CheckFailure, CheckResult, Report } from '../types.js';

export interface PrettyOptions {
  /** ANSI colours (the CLI turns them on for a terminal without NO_COLOR). */
  color?: boolean;
}

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;
const COLOR = { passed: 32, failed: 31, skipped: 90 } as const;

/** A line per check, then every failure with its request, answer, and a hint on the fix. */
export function formatPretty(report: Report, options: PrettyOptions = {}): string {
  const paint = (code: number, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const width = Math.max(...report.checks.map((c) => c.id.length));
  const lines = [`probo-mock verify ${report.target} (seed ${report.seed})`, ''];
  for (const check of report.checks) {
    const mark = paint(COLOR[check.outcome], MARK[check.outcome]);
    const time = check.outcome === 'skipped' ? 'skipped' : `${check.durationMs} ms`;
    const note = check.note ? `  ${paint(90, check.note)}` : '';
    lines.push(`  ${mark} ${check.id.padEnd(width)}  ${time}${note}`);
  }
  const failed = report.checks.filter((c) => c.outcome === 'failed');
  if (failed.length > 0) {
    lines.push('', 'Failures');
    for (const check of failed) lines.push('', ...failureBlock(check, paint));
  }
  const { passed, failed: f, skipped } = report.summary;
  lines.push(
    '',
    `${paint(COLOR.passed, `${passed} passed`)}, ${paint(f ? COLOR.failed : 90, `${f} failed`)}, ${skipped} skipped in ${report.durationMs} ms`,
  );
  return `${lines.join('\n')}\n`;
}

function failureBlock(check: CheckResult, paint: (code: number, text: string) => string): string[] {
  const hint = CATALOG.find((c) => c.id === check.id)?.hint;
  const lines = [paint(COLOR.failed, `✗ ${check.id}: ${check.title}`)];
  for (const failure of check.failures) lines.push(...describeFailure(failure));
  if (hint) lines.push(`  hint: ${hint}`);
  return lines;
}

function describeFailure(failure: CheckFailure): string[] {
  const lines = [`  • ${failure.message}`];
  const { request, response } = failure;
  if (request) {
    lines.push(`      ${request.method} ${request.url}`);
    if (request.body !== undefined) lines.push(`      body: ${oneLine(request.body, 300)}`);
  }
  if (response) {
    if (response.error) lines.push(`      → ${response.error.code}: ${response.error.message}`);
    else lines.push(`      → ${response.status} ${oneLine(response.body ?? '', 200)}`.trimEnd());
  }
  return lines;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
