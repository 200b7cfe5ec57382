import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { SAMPLE_FLAWS } from '../support/report-samples.js';

// `verify --reporter markdown` and `--html FILE` through the built CLI (npm test builds first).

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
});
