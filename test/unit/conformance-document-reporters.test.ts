import { createHash } from 'node:crypto';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  formatHtml,
  formatMarkdown,
  formatReport,
  type CheckResult,
  type Report,
} from '../../src/conformance/index.js';
import { MARKDOWN_MAX_CHARS } from '../../src/conformance/reporters/markdown.js';
import { HOSTILE_BODY, hostileReport } from '../support/report-samples.js';

// GitHub renders job summaries as GitHub-flavoured Markdown; markdown-it with its tables is the
// closest renderer at hand, so these tests read the summary as a renderer would.
const md = new MarkdownIt({ html: true, linkify: false });

const storyFailure = {
  message:
    'after queued → accepted → in_production → accepted, expected state in_production, got accepted',
  hint: 'A stale status was applied: apply a status only when it ranks above the current one.',
  story: [
    {
      step: 'queued',
      request: { method: 'POST' as const, url: 'http://shop.test/hook', headers: {} },
      response: { status: 200, body: '{"ok":true}', durationMs: 3 },
    },
    {
      step: 'accepted',
      request: { method: 'POST' as const, url: 'http://shop.test/hook', headers: {} },
      response: { status: 200, body: '{"ok":true}', durationMs: 2 },
    },
  ],
  state: {
    request: { method: 'GET' as const, url: 'http://shop.test/orders/o-1', headers: {} },
    response: { status: 200, body: '{"status":"paid"}', durationMs: 1 },
    word: 'paid',
    means: [],
  },
  curl: "curl -sS -i -X POST 'http://shop.test/hook' --data-binary '{\"status\":\"queued\"}'\ncurl -sS -i 'http://shop.test/orders/o-1'",
};

const report: Report = {
  target: 'http://shop.test/hook',
  seed: 9,
  runId: 'r1',
  durationMs: 321,
  summary: { passed: 1, failed: 1, skipped: 1 },
  checks: [
    {
      id: 'accepts-documented-examples',
      title: 'Accepts the guide',
      outcome: 'passed',
      durationMs: 5,
      failures: [],
    },
    {
      id: 'state-ignores-stale-updates',
      title: 'Ignores a stale status',
      outcome: 'failed',
      durationMs: 40,
      failures: [storyFailure],
    },
    {
      id: 'state-records-tracking',
      title: 'Keeps the tracking',
      outcome: 'skipped',
      durationMs: 0,
      failures: [],
      note: 'needs --state-tracking-pointer PTR',
    },
  ],
};

/** The rows of the first table: the text of each cell. */
function tableRows(markdown: string): string[][] {
  const tokens = md.parse(markdown, {});
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (const t of tokens) {
    if (t.type === 'tr_open') row = [];
    if (t.type === 'inline' && row) row.push(t.children!.map((c) => c.content).join(''));
    if (t.type === 'tr_close') {
      rows.push(row!);
      row = undefined;
    }
    if (t.type === 'table_close') break;
  }
  return rows.slice(1); // the header row
}

describe('the markdown reporter', () => {
  const markdown = formatMarkdown(report);

  it('heads the summary with the verdict and counts, failures first', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ probo-mock verify: 1 failed, 1 passed, 1 skipped');
    expect(markdown).toContain('repeat with `--seed 9 --run-id r1`');
    expect(
      formatMarkdown({
        ...report,
        checks: [report.checks[0]!],
        summary: { passed: 1, failed: 0, skipped: 0 },
      }).split('\n')[0],
    ).toBe('## ✅ probo-mock verify: 0 failed, 1 passed, 0 skipped');
  });

  it('renders a table with one row per check: its mark, id, title and result', () => {
    expect(tableRows(markdown)).toEqual([
      ['✅', 'accepts-documented-examples Accepts the guide', 'passed in 5 ms'],
      ['❌', 'state-ignores-stale-updates Ignores a stale status', storyFailure.message],
      [
        '⏭️',
        'state-records-tracking Keeps the tracking',
        'skipped: needs --state-tracking-pointer PTR',
      ],
    ]);
  });

  it('gives each failure its story, its state read, its hint and its replay', () => {
    const html = md.render(markdown);
    expect(html).toContain(
      '<h4>❌ <code>state-ignores-stale-updates</code>: Ignores a stale status</h4>',
    );
    const fences = md.parse(markdown, {}).filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.info)).toEqual(['text', 'sh']);
    expect(fences[0]!.content).toBe(
      '1. queued → 200 {"ok":true} (3 ms)\n2. accepted → 200 {"ok":true} (2 ms)\n',
    );
    expect(fences[1]!.content).toBe(`${storyFailure.curl}\n`);
    expect(html).toContain('<code>GET http://shop.test/orders/o-1</code>');
    expect(html).toContain('the word &quot;paid&quot; stands for no Probo status yet');
    expect(html).toContain(`<strong>Hint:</strong> ${storyFailure.hint}`);
    expect(html).toContain('<details><summary>Replay with curl</summary>');
    // The story is a paragraph of its own, not the end of the failure's message.
    expect(html).toContain('<p>Story (every request sent for this order, in order):</p>');
  });

  it("shows a receiver's markup, links, pipes and terminal escapes as text", () => {
    const hostile = formatMarkdown(hostileReport());
    const html = md.render(hostile);
    expect(html).not.toMatch(/<img|<script|<a /);
    expect(html).toContain('&lt;img src=x onerror=');
    // The pipe in the message does not split the table's result cell.
    const rows = tableRows(hostile);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(3);
    expect(rows[0]![2]).toContain('[click](https://evil.example) | `code`');
    expect(hostile.includes('\u001b') || hostile.includes('\u202e')).toBe(false);
    expect(hostile).toContain('\\x1b[2J');
    expect(hostile).toContain('\\u202eevil');
  });

  it('keeps a huge report under the summary limit, naming the checks whose details are left out', () => {
    const big = 'x'.repeat(15_000);
    const checks: CheckResult[] = report.checks.slice(0, 2).map((c) => ({ ...c }));
    const many = Array.from({ length: 80 }, () => ({
      ...storyFailure,
      curl: `curl '${big}'`,
      message: big,
    }));
    checks[1] = { ...checks[1]!, failures: many };
    checks.push({ ...checks[1]!, id: 'state-ignores-unknown-status', failures: many });
    const out = formatMarkdown({
      ...report,
      checks,
      summary: { passed: 1, failed: 2, skipped: 0 },
    });
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    expect(out).toMatch(
      /\n\d+ failures of `state-ignores-stale-updates` and the details of `state-ignores-unknown-status` are left out/,
    );
    // What is kept is whole: every fence it opens is closed.
    expect(out.match(/^ {2}```/gm)!.length % 2).toBe(0);
  });

  it('leaves a replay over 16 KiB to the JSON report', () => {
    const long = { ...storyFailure, curl: `curl '${'y'.repeat(20_000)}'` };
    const out = formatMarkdown({ ...report, checks: [{ ...report.checks[1]!, failures: [long] }] });
    expect(out).toContain('Replay: 20 KiB of curl commands, in the JSON report.');
    expect(out).not.toContain('yyyy');
  });

  it('is what formatReport writes for "markdown"', () => {
    expect(formatReport(report, 'markdown')).toBe(markdown);
  });
});

describe('the html reporter', () => {
  const html = formatHtml(report);

  it('is one page that loads nothing: no src or href outside itself, a CSP that forbids requests', () => {
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    // The inline style and script are the ones the CSP's hashes allow.
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
  });

  it("escapes a receiver's markup and shows its control characters as escapes", () => {
    const hostile = formatHtml(hostileReport());
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<script>document');
    expect(hostile).toContain(
      '&lt;img src=x onerror=&quot;document.title=&#39;owned&#39;&quot;&gt;',
    );
    expect(hostile.includes('\u001b') || hostile.includes('\u202e')).toBe(false);
    expect(hostile).toContain('\\x1b[2J');
    expect(HOSTILE_BODY).toContain('\u202e');
  });

  it('says when every check passed, and when a run was interrupted', () => {
    const passed = formatHtml({
      ...report,
      checks: [report.checks[0]!],
      summary: { passed: 1, failed: 0, skipped: 0 },
    });
    expect(passed).toContain('<h1 class="passed">All 1 checks passed</h1>');
    expect(passed).not.toContain('id="failures"');
    expect(formatHtml({ ...report, partial: true })).toContain('Interrupted: a partial report');
  });

  it('names the command it was given (verify-client writes the same report shape)', () => {
    expect(formatHtml(report, { command: 'probo-mock verify-client' })).toContain(
      '<p class="tool">probo-mock verify-client</p>',
    );
    expect(formatReport(report, 'html')).toBe(html);
  });
});

describe('a verify-client report (the mock it ran, the calls it saw)', () => {
  const client: Report = {
    target: 'http://shop.test/test/place',
    mock: 'http://127.0.0.1:4010',
    seed: 4,
    runId: 'c1',
    durationMs: 900,
    summary: { passed: 0, failed: 1, skipped: 0 },
    checks: [
      {
        id: 'client-retries-server-error',
        title: 'Retries an order post that got a 5xx',
        outcome: 'failed',
        durationMs: 800,
        failures: [
          {
            message: 'no retry: the shop posted once, got 503',
            calls: [
              {
                method: 'POST',
                path: '/order',
                atMs: 12,
                body: '{"id":"toy-1"}',
                status: 503,
                answer: '{"status":"error"}',
                played: 'x-probo-mock-answer: 503',
              },
            ],
            callbacks: [
              {
                orderId: 'toy-1',
                status: 'queued',
                url: 'http://shop.test/cb',
                outcome: 'delivered',
                responseStatus: 200,
              },
            ],
          },
        ],
      },
    ],
  };

  it('names verify-client, its place hook and mock, and repeats with the seed alone', () => {
    const markdown = formatMarkdown(client);
    expect(markdown.split('\n')[0]).toBe(
      '## ❌ probo-mock verify-client: 1 failed, 0 passed, 0 skipped',
    );
    expect(markdown).toContain(
      'Place hook `http://shop.test/test/place` · mock `http://127.0.0.1:4010` · seed 4',
    );
    expect(markdown).toContain('repeat with `--seed 4`');
    const html = formatHtml(client);
    expect(html).toContain('<p class="tool">probo-mock verify-client</p>');
    expect(html).toContain('Mock <code>http://127.0.0.1:4010</code>');
  });

  it("shows the calls the mock saw and the callbacks it sent, and the check's own fix", () => {
    const fences = md.parse(formatMarkdown(client), {}).filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.content)).toEqual([
      '1. +12 ms POST /order {"id":"toy-1"} → 503 {"status":"error"} [x-probo-mock-answer: 503]\n',
      'queued → http://shop.test/cb: delivered (answered 200)\n',
    ]);
    const html = formatHtml(client);
    expect(html).toContain('+12 ms POST /order {&quot;id&quot;:&quot;toy-1&quot;} → 503');
    expect(html).toContain('queued → http://shop.test/cb: delivered (answered 200)');
    // The hint of the client catalog's check (no failure carries its own).
    expect(html).toContain('<strong>How to fix:</strong> Retry');
  });
});
