import { formatStory } from '../story-log.js';
import type { CheckFailure, CheckResult, Report } from '../types.js';
import { formatCallbacks, formatCalls } from './client-lines.js';
import {
  answerText,
  checkHint,
  checkResultText,
  failureHint,
  commandOf,
  failedChecks,
  headline,
  kib,
  oneLine,
  repeatFlags,
  sharedCauseHeadline,
  stateMeaning,
  visible,
  type DocumentOptions,
} from './report-parts.js';

/**
 * GitHub reads at most 1 MiB of a step summary and drops the whole summary past it: the report
 * stops adding failure details well before, and says where the rest is.
 */
export const MARKDOWN_MAX_CHARS = 900 * 1024;
/** A replay longer than this is left to the JSON report (a summary is for reading). */
const REPLAY_IN_SUMMARY_MAX = 16 * 1024;

/** A table cell's text is cut here: the failure below has it whole. */
const CELL_MAX = 300;

const EMOJI = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

/**
 * `--reporter markdown`: the report as GitHub-flavoured Markdown, for a job summary or a pull
 * request comment: a table of every check, then each failure with its story, state read, hint and
 * curl replay (folded). Receiver text is escaped, so an answer cannot inject markup or links.
 */
export function formatMarkdown(report: Report, options: DocumentOptions = {}): string {
  const failed = failedChecks(report);
  const status = failed.length > 0 ? '❌' : '✅';
  const head = [
    `## ${status} ${text(commandOf(options, report))}: ${headline(report)}`,
    '',
    report.mock === undefined
      ? `Target ${code(report.target)} · seed ${report.seed} · run id ${code(report.runId)} · ${report.durationMs} ms · repeat with ${code(repeatFlags(report))}`
      : `Place hook ${code(report.target)} · mock ${code(report.mock)} · seed ${report.seed} · ${report.durationMs} ms · repeat with ${code(repeatFlags(report))}`,
  ];
  if (report.partial)
    head.push(
      '',
      '> **Interrupted:** a partial report; the checks not finished are counted as skipped.',
    );
  for (const warning of report.warnings ?? []) head.push('', `> **Warning:** ${text(warning)}`);
  head.push('', '| | Check | Result |', '|---|---|---|');
  for (const check of report.checks) head.push(tableRow(check));
  let out = `${head.join('\n')}\n`;
  if (failed.length === 0) return out;

  out += '\n### Failures\n';
  const cause = report.sharedCause;
  if (cause) {
    out += `\n> **${text(sharedCauseHeadline(cause))}** (${cause.checks.map(code).join(', ')})`;
    out += cause.hint ? `\n>\n> **Likely cause:** ${text(cause.hint)}\n` : '\n';
  }
  for (const [i, check] of failed.entries()) {
    const blocks = failureBlocks(check, report);
    for (const [j, block] of blocks.entries()) {
      if (out.length + block.length > MARKDOWN_MAX_CHARS - LEFT_OUT_NOTE_MAX) {
        const left = blocks.length - j;
        const rest = failed.slice(i + 1).map((c) => code(c.id));
        out += `\n${left} ${left === 1 ? 'failure' : 'failures'} of ${code(check.id)}${rest.length > 0 ? ` and the details of ${rest.join(', ')}` : ''} are left out, to keep this summary under GitHub's size limit: see the JSON or HTML report.\n`;
        return out;
      }
      out += block;
    }
  }
  return out;
}

/** Room kept for the note that says what was left out (every check id, at most). */
const LEFT_OUT_NOTE_MAX = 4096;

function tableRow(check: CheckResult): string {
  const id = code(check.id);
  const result = oneLine(checkResultText(check), CELL_MAX);
  return `| ${EMOJI[check.outcome]} | ${id} ${cell(check.title)} | ${cell(result)} |`;
}

/** The check's heading (with its first failure), then one block per further failure. */
function failureBlocks(check: CheckResult, report: Report): string[] {
  const head = ['', `#### ❌ ${code(check.id)}: ${text(check.title)}`, ''];
  const hint = checkHint(check);
  if (hint) head.push(`**How to fix:** ${text(hint)}`, '');
  const blocks = check.failures.map((f) => `${failureLines(f, report).join('\n')}\n\n`);
  return [`${head.join('\n')}\n${blocks[0] ?? ''}`, ...blocks.slice(1)];
}

function failureLines(failure: CheckFailure, report: Report): string[] {
  const lines = [`- ${text(failure.message)}`];
  const body: string[] = [];
  if (failure.story && failure.story.length > 0) {
    body.push('', 'Story (every request sent for this order, in order):', '');
    body.push(...fence(formatStory(failure.story).join('\n'), 'text'));
  }
  if (failure.calls && failure.calls.length > 0) {
    body.push('', 'Calls the mock saw for this check (ms after the place hook):', '');
    body.push(...fence(formatCalls(failure.calls).join('\n'), 'text'));
  }
  if (failure.callbacks && failure.callbacks.length > 0) {
    body.push('', 'Callbacks the mock sent for its orders (last attempt):', '');
    body.push(...fence(formatCallbacks(failure.callbacks).join('\n'), 'text'));
  }
  if (failure.state) {
    const s = failure.state;
    body.push(
      '',
      `State read: ${code(`${s.request.method} ${s.request.url}`)} → ${code(answerText(s.response))}`,
    );
    const meaning = stateMeaning(s);
    if (meaning) body.push(`(${text(meaning)})`);
    if (s.problem) body.push(text(s.problem));
  } else if (failure.request && !failure.story) {
    const r = failure.request;
    body.push(
      '',
      `Request: ${code(`${r.method} ${r.url}`)}${failure.response ? ` → ${code(answerText(failure.response))}` : ''}`,
    );
  }
  const hint = failureHint(failure, report);
  if (hint) body.push('', `**Hint:** ${text(hint)}`);
  if (failure.curl) {
    body.push('');
    if (failure.curl.length > REPLAY_IN_SUMMARY_MAX) {
      body.push(`Replay: ${kib(failure.curl.length)} of curl commands, in the JSON report.`);
    } else {
      body.push(
        '<details><summary>Replay with curl</summary>',
        '',
        ...fence(failure.curl, 'sh'),
        '',
        '</details>',
      );
    }
  }
  // Indented under the list item, so each failure reads as one block.
  return [...lines, ...body.map((l) => (l === '' ? '' : `  ${l}`))];
}

/** A fenced code block whose fence is longer than any backtick run inside. */
function fence(content: string, lang: string): string[] {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  return [`${bar}${lang}`, ...visible(content).split('\n'), bar];
}

/**
 * An inline code span that survives any backticks inside (CommonMark's rule: a longer run). Not
 * for table cells when the text may hold a pipe (the cells only put check ids in code).
 */
function code(value: string): string {
  const flat = visible(value).replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${bar}${pad}${flat}${pad}${bar}`;
}

/**
 * Plain text on one line, with what Markdown or HTML would act on escaped: emphasis, links,
 * code, tags, entities, table pipes, and a list or heading marker at the start. An underscore
 * inside a word (`in_production`) stays as it is: it cannot start emphasis there.
 */
function text(value: string): string {
  return visible(value)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*[\]<>|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#+=-])/, '\\$1');
}

const cell = text;
