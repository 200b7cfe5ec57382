import { createHash } from 'node:crypto';
import type { CheckFailure, CheckResult, Report, StoryEntry } from '../types.js';
import { formatCallbacks, formatCalls } from './client-lines.js';
import { HTML_REPORT_CSS } from './html-style.js';
import {
  answerText,
  checkHint,
  checkResultText,
  commandOf,
  failedChecks,
  failureHint,
  headline,
  kib,
  REPLAY_SHOWN_MAX,
  repeatFlags,
  sharedCauseHeadline,
  stateMeaning,
  visible,
  type DocumentOptions,
} from './report-parts.js';

/**
 * `--html FILE`: the report as one self-contained page for a person: the summary, every check,
 * and each failure with its story, state read, hint and a copyable curl replay. Styles and the
 * copy script are inline and pinned by hash in the page's Content-Security-Policy, which also
 * forbids any request: the page works from file:// and cannot call out, whatever a receiver put
 * in its answers (all of it is escaped).
 */
export function formatHtml(report: Report, options: DocumentOptions = {}): string {
  const command = commandOf(options, report);
  const failed = failedChecks(report);
  const ran = report.summary.passed + report.summary.failed;
  const title =
    failed.length > 0
      ? `${failed.length} ${failed.length === 1 ? 'check' : 'checks'} failed`
      : ran > 0
        ? `All ${ran} checks passed`
        : 'No check ran';
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(HTML_REPORT_CSS)}'`,
    `script-src '${sha256(COPY_SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let replays = 0;
  const nextReplayId = (): string => `replay-${++replays}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<title>${esc(`${title} · ${command} ${report.target}`)}</title>
<style>${HTML_REPORT_CSS}</style>
</head>
<body>
${failed.length > 0 ? '<a class="skip" href="#failures">Skip to the failures</a>\n' : ''}<header class="top">
<div class="wrap">
<p class="tool">${esc(command)}</p>
<h1 class="${failed.length > 0 ? 'failed' : 'passed'}">${esc(title)}</h1>
${
  report.mock === undefined
    ? `<p class="target">Target <code>${esc(report.target)}</code></p>`
    : `<p class="target">Place hook <code>${esc(report.target)}</code></p>
<p class="target">Mock <code>${esc(report.mock)}</code> (the shop's Probo base URL)</p>`
}
<ul class="counts" aria-label="Summary">
<li class="failed">${report.summary.failed} failed</li>
<li class="passed">${report.summary.passed} passed</li>
<li class="skipped">${report.summary.skipped} skipped</li>
</ul>
<dl class="meta">
<div><dt>Seed</dt><dd>${report.seed}</dd></div>
<div><dt>Run id</dt><dd>${esc(report.runId)}</dd></div>
<div><dt>Time</dt><dd>${report.durationMs} ms</dd></div>
<div><dt>Repeat with</dt><dd><code>${esc(repeatFlags(report))}</code></dd></div>
</dl>
${report.partial ? '<p class="note">Interrupted: a partial report; the checks not finished are counted as skipped.</p>\n' : ''}${(
    report.warnings ?? []
  )
    .map((w) => `<p class="note">${esc(w)}</p>\n`)
    .join('')}</div>
</header>
<main class="wrap">
<section aria-labelledby="checks-title">
<h2 id="checks-title">Checks</h2>
<ol class="checks">
${report.checks.map(checkRow).join('\n')}
</ol>
</section>
${
  failed.length > 0
    ? `<section id="failures" aria-labelledby="failures-title">
<h2 id="failures-title">Failures</h2>
${sharedCauseNote(report)}${failed.map((c) => failureArticle(c, report, nextReplayId)).join('\n')}
</section>
`
    : ''
}</main>
<footer>
<div class="wrap">${esc(`${headline(report)} in ${report.durationMs} ms.`)} Written by ${esc(command)}; the JSON report (<code>--json FILE</code>) holds every request in full.</div>
</footer>
<p class="toast" role="status" aria-live="polite"></p>
<script>${COPY_SCRIPT}</script>
</body>
</html>
`;
}

// Drawn, not typed: a phone or CI image without a font holding ✓ and ✗ still shows them.
const svg = (path: string): string =>
  `<svg class="mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="${path}"/></svg>`;
const MARK = {
  passed: svg('M3 8.5l3.2 3.2L13 4.8'),
  failed: svg('M4 4l8 8M12 4l-8 8'),
  skipped: svg('M4 8h8'),
} as const;

function checkRow(check: CheckResult): string {
  const id =
    check.outcome === 'failed'
      ? `<a class="check-id" href="#check-${check.id}">${check.id}</a>`
      : `<span class="check-id">${check.id}</span>`;
  return `<li class="${check.outcome}" id="row-${check.id}">${MARK[check.outcome]}<div class="check-main"><span class="sr">${check.outcome}: </span>${id} <span class="check-title">${esc(check.title)}</span></div><div class="check-result">${esc(checkResultText(check))}</div></li>`;
}

/** The answer most failed checks got, and its likely cause, once before the failures. */
function sharedCauseNote(report: Report): string {
  const cause = report.sharedCause;
  if (!cause) return '';
  const hint = cause.hint ? `<br><strong>Likely cause:</strong> ${esc(cause.hint)}` : '';
  return `<p class="note shared-cause"><strong>${esc(sharedCauseHeadline(cause))}</strong> (${esc(cause.checks.join(', '))})${hint}</p>\n`;
}

function failureArticle(check: CheckResult, report: Report, nextReplayId: () => string): string {
  const hint = checkHint(check);
  return `<article class="failure-check" id="check-${check.id}" aria-labelledby="title-${check.id}">
<h3 id="title-${check.id}"><code>${check.id}</code></h3>
<p class="subtitle">${esc(check.title)}</p>
${hint ? `<p class="fix"><strong>How to fix:</strong> ${esc(hint)}</p>\n` : ''}<ol class="failures">
${check.failures.map((f) => failureItem(check, f, failureHint(f, report), nextReplayId())).join('\n')}
</ol>
</article>`;
}

function failureItem(
  check: CheckResult,
  failure: CheckFailure,
  hint: string | undefined,
  replayId: string,
): string {
  const parts = [`<p class="message">${esc(failure.message)}</p>`];
  if (failure.story && failure.story.length > 0) {
    parts.push(
      '<h4>Story: every request sent for this order</h4>',
      `<ol class="story">${failure.story.map(storyItem).join('')}</ol>`,
    );
  }
  if (failure.calls && failure.calls.length > 0) {
    parts.push(
      '<h4>Calls the mock saw for this check (ms after the place hook)</h4>',
      `<ol class="story">${formatCalls(failure.calls)
        .map((line) => `<li class="wrap-any">${esc(line.replace(/^\d+\. /, ''))}</li>`)
        .join('')}</ol>`,
    );
  }
  if (failure.callbacks && failure.callbacks.length > 0) {
    parts.push(
      '<h4>Callbacks the mock sent for its orders (last attempt)</h4>',
      `<ul class="story">${formatCallbacks(failure.callbacks)
        .map((line) => `<li class="wrap-any">${esc(line)}</li>`)
        .join('')}</ul>`,
    );
  }
  if (failure.state) {
    const s = failure.state;
    const meaning = stateMeaning(s);
    parts.push(
      '<h4>State read</h4>',
      `<p class="request"><code>${esc(`${s.request.method} ${s.request.url}`)}</code> → ${answerSpan(s.response)}</p>`,
    );
    if (meaning) parts.push(`<p class="meaning">${esc(meaning)}</p>`);
    if (s.problem) parts.push(`<p class="meaning">${esc(s.problem)}</p>`);
  } else if (failure.request && !failure.story) {
    // The request line and its answer; the body is in the replay below, when there is one.
    const r = failure.request;
    const answer = failure.response ? ` → ${answerSpan(failure.response)}` : '';
    parts.push(
      '<h4>Request</h4>',
      `<p class="request"><code>${esc(`${r.method} ${r.url}`)}</code>${answer}</p>`,
    );
    if (r.body !== undefined && !failure.curl) {
      const cut =
        r.bodyBytes !== undefined && r.bodyBytes > r.body.length
          ? ` (${r.bodyBytes} bytes, cut)`
          : '';
      parts.push(
        `<pre class="body" tabindex="0" aria-label="Request body${cut}"><code>${esc(r.body)}</code></pre>`,
      );
    }
  }
  if (hint) parts.push(`<p class="hint"><strong>Hint:</strong> ${esc(hint)}</p>`);
  if (failure.curl) parts.push(replayBlock(check, failure.curl, replayId));
  return `<li class="failure">${parts.join('\n')}</li>`;
}

function storyItem(entry: StoryEntry): string {
  return `<li><span class="step">${esc(entry.step)}</span> → ${answerSpan(entry.response)} <span class="ms">${entry.response.durationMs} ms</span></li>`;
}

function answerSpan(response: StoryEntry['response']): string {
  const bad = response.error !== undefined || (response.status ?? 0) >= 300;
  return `<span class="answer${bad ? ' bad' : ''}">${esc(answerText(response))}</span>`;
}

function replayBlock(check: CheckResult, curl: string, id: string): string {
  const commands = curl.split('\n').length;
  const what = `${commands} curl ${commands === 1 ? 'command' : 'commands'}`;
  if (curl.length > REPLAY_SHOWN_MAX) {
    return `<p class="request">Replay: ${kib(curl.length)} of curl commands, in the JSON report.</p>`;
  }
  return `<div class="replay">
<div class="replay-head"><h4 id="${id}-label">Replay (${what})</h4><button type="button" class="copy" data-copy="${id}" data-label="${attr(check.id)}" hidden>Copy curl</button></div>
<pre id="${id}" tabindex="0" aria-labelledby="${id}-label"><code>${commandLines(curl)}</code></pre>
</div>`;
}

/**
 * One block per command, with a hanging indent, so that where a wrapped command ends shows; the
 * newline stays inside each block, so the text copied is the replay byte for byte.
 */
function commandLines(curl: string): string {
  const lines = curl.split('\n');
  return lines
    .map((line, i) => `<span class="cmd">${esc(line)}${i < lines.length - 1 ? '\n' : ''}</span>`)
    .join('');
}

/**
 * The copy buttons: hidden until this runs (the replay can be selected by hand without it). The
 * clipboard API works from file:// in Chromium and Firefox; where it is refused, the replay is
 * selected and the browser's copy command tried, and the status line says which happened.
 */
const COPY_SCRIPT = `(() => {
  const status = document.querySelector('.toast');
  let timer;
  const say = (text) => { status.textContent = text; clearTimeout(timer); timer = setTimeout(() => { status.textContent = ''; }, 4000); };
  for (const button of document.querySelectorAll('button[data-copy]')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-copy]');
    if (!button) return;
    const pre = document.getElementById(button.dataset.copy);
    const text = pre.textContent;
    try {
      await navigator.clipboard.writeText(text);
      say('Copied the replay of ' + button.dataset.label);
      return;
    } catch {}
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    let copied = false;
    try { copied = document.execCommand('copy'); } catch {}
    say(copied ? 'Copied the replay of ' + button.dataset.label : 'The replay is selected: press Ctrl+C (⌘C) to copy it');
  });
})();`;

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Text for HTML, with control characters shown as escapes. */
function esc(text: string): string {
  return visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const attr = esc;
