import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { SAMPLE_FLAWS } from '../support/report-samples.js';
import { freePort, startToyShop } from '../support/shops/toy-shop.js';

// `--reporter markdown` and `--html FILE` of verify and verify-client through the built CLI
// (npm test builds first).

describe('probo-mock verify --reporter markdown and --html', () => {
  let flawed: ToyReceiver;
  let dir: string;

  beforeAll(async () => {
    flawed = await startToyReceiver(SAMPLE_FLAWS);
    dir = await mkdtemp(join(tmpdir(), 'pm-verify-reports-'));
  });
  afterAll(async () => {
    await flawed?.close();
  });

  it('prints the Markdown report on stdout and writes the HTML page, exit 1 when a check failed', async () => {
    const html = join(dir, 'nested', 'report.html');
    const run = await runCli([
      'verify',
      '--target',
      flawed.callbackUrl,
      '--only',
      'rejects-malformed-body,handles-unicode',
      '--reporter',
      'markdown',
      '--html',
      html,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(
      '## ❌ probo-mock verify: 1 failed, 1 passed, 0 skipped',
    );
    expect(run.stdout).toContain('| ❌ | `rejects-malformed-body`');
    expect(run.stdout).toContain('| ✅ | `handles-unicode`');
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<article class="failure-check" id="check-rejects-malformed-body"');
  });

  it('writes the Markdown to --output while stdout streams the pretty report', async () => {
    const summary = join(dir, 'summary.md');
    const run = await runCli([
      'verify',
      '--target',
      flawed.callbackUrl,
      '--only',
      'handles-unicode',
      '--reporter',
      'markdown',
      '--output',
      summary,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ handles-unicode/);
    expect((await readFile(summary, 'utf8')).split('\n')[0]).toBe(
      '## ✅ probo-mock verify: 0 failed, 1 passed, 0 skipped',
    );
  });

  for (const [flag, extra] of [
    ['--html', []],
    ['--output', ['--reporter', 'markdown']],
  ] as const) {
    it(`exits 2 before sending anything when the ${flag} file cannot be written`, async () => {
      const receiver = await startToyReceiver();
      try {
        const file = join(dir, 'a-file');
        await writeFile(file, '');
        const run = await runCli([
          'verify',
          '--target',
          receiver.callbackUrl,
          ...extra,
          flag,
          join(file, 'report.out'),
        ]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(new RegExp(`^probo-mock: ${flag}: cannot write .*report\\.out`));
        expect(receiver.requests).toHaveLength(0);
      } finally {
        await receiver.close();
      }
    });
  }

  it('refuses --html naming the same file as --json', async () => {
    const same = join(dir, 'same.out');
    const run = await runCli([
      'verify',
      '--target',
      flawed.callbackUrl,
      '--json',
      same,
      '--html',
      same,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--html and --json name the same file');
  });

  it('verify-client writes the same Markdown and HTML, with the calls the mock saw, against a shop that does not retry a 503', async () => {
    const port = await freePort();
    const shop = await startToyShop({
      proboUrl: `http://127.0.0.1:${port}`,
      flaws: { noRetry: true },
    });
    try {
      const html = join(dir, 'client.html');
      const run = await runCli([
        'verify-client',
        '--place-url',
        shop.hooks.placeUrl,
        '--state-url',
        shop.hooks.stateUrl,
        '--port',
        String(port),
        '--only',
        'client-retries-server-error',
        '--settle',
        '1000',
        '--seed',
        '4',
        '--reporter',
        'markdown',
        '--html',
        html,
      ]);
      expect(run.code).toBe(1);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe('## ❌ probo-mock verify-client: 1 failed, 0 passed, 0 skipped');
      expect(lines[2]).toMatch(
        new RegExp(
          `^Place hook \`${shop.hooks.placeUrl}\` · mock \`http://127.0.0.1:${port}\` · seed 4 · \\d+ ms · repeat with \`--seed 4\`$`,
        ),
      );
      expect(run.stdout).toContain('Calls the mock saw for this check (ms after the place hook):');
      expect(run.stdout).toMatch(
        /POST \/order \{"id":"toy-1".* → 503 .*\[x-probo-mock-answer: 503\]/,
      );
      const page = await readFile(html, 'utf8');
      expect(page).toContain('<p class="tool">probo-mock verify-client</p>');
      expect(page).toContain(`Mock <code>http://127.0.0.1:${port}</code>`);
      expect(page).toContain(
        '<h4>Calls the mock saw for this check (ms after the place hook)</h4>',
      );
    } finally {
      await shop.close();
    }
  });
});
