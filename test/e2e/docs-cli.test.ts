import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/contract/statuses.js';
import { runCli } from '../support/mock-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-docs-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probo-mock docs', () => {
  it('writes a site whose index lists every status and links pages that exist', async () => {
    const out = join(dir, 'site');
    const result = await runCli(['docs', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote \d+ files to /);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const status of STATUSES) expect(index).toContain(`id="status-${status}"`);
    const links = [...index.matchAll(/href="([^"#:]+)(#[^"]*)?"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(40);
    for (const link of new Set(links)) expect(existsSync(join(out, link)), link).toBe(true);
  });

  it('exits 2 with one line naming --out when it is missing', async () => {
    const result = await runCli(['docs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('probo-mock: --out is required\nRun "probo-mock docs --help"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a one-line reason when the folder cannot be written', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await runCli(['docs', '--out', join(file, 'site')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^probo-mock: cannot write the docs site to .*a-file/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
