import { formatStory } from '../story-log.js';
import { formatCallbacks, formatCalls } from './client-lines.js';
import type { CheckFailure, Report } from '../types.js';

/** JUnit XML: one testcase per check, skipped ones as <skipped/>, failures as <failure>. */
export function formatJunit(report: Report): string {
  const { passed, failed, skipped } = report.summary;
  const tests = passed + failed + skipped;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const command = report.mock === undefined ? 'probo-mock verify' : 'probo-mock verify-client';
  const suite = `${command} ${report.target}${report.partial ? ' (partial: interrupted)' : ''}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${command}" tests="${tests}" failures="${failed}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    `  <testsuite name="${attr(suite)}" tests="${tests}" failures="${failed}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    '    <properties>',
    `      <property name="target" value="${attr(report.target)}"/>`,
    `      <property name="seed" value="${report.seed}"/>`,
    `      <property name="run-id" value="${attr(report.runId)}"/>`,
    ...(report.partial ? ['      <property name="partial" value="true"/>'] : []),
    '    </properties>',
  ];
  for (const check of report.checks) {
    const open = `    <testcase classname="probo-mock.conformance" name="${attr(check.id)}" time="${seconds(check.durationMs)}"`;
    if (check.outcome === 'passed') {
      out.push(`${open}/>`);
    } else if (check.outcome === 'skipped') {
      out.push(
        `${open}>`,
        `      <skipped message="${attr(check.note ?? 'skipped')}"/>`,
        '    </testcase>',
      );
    } else {
      const first = check.failures[0]?.message ?? 'failed';
      out.push(
        `${open}>`,
        `      <failure message="${attr(first)}" type="conformance">${text(check.failures.map(failureText).join('\n\n'))}</failure>`,
        '    </testcase>',
      );
    }
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}

function failureText(failure: CheckFailure): string {
  const lines = [failure.message];
  if (failure.request) {
    lines.push(`${failure.request.method} ${failure.request.url}`);
    if (failure.request.body !== undefined) lines.push(`body: ${failure.request.body}`);
  }
  const r = failure.response;
  if (r)
    lines.push(r.error ? `→ ${r.error.code}: ${r.error.message}` : `→ ${r.status} ${r.body ?? ''}`);
  if (failure.story) lines.push('story:', ...formatStory(failure.story));
  if (failure.calls) lines.push('calls the mock saw:', ...formatCalls(failure.calls));
  if (failure.callbacks) lines.push('callbacks:', ...formatCallbacks(failure.callbacks));
  if (failure.state?.word !== undefined)
    lines.push(
      `state word "${failure.state.word}" stands for ${(failure.state.means ?? ['nothing']).join(' | ')}`,
    );
  if (failure.hint) lines.push(`hint: ${failure.hint}`);
  if (failure.curl) lines.push('replay:', failure.curl);
  return lines.join('\n');
}

// Characters XML 1.0 does not allow at all (control characters, lone surrogates) are dropped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
