import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-openapi-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probo-mock openapi', () => {
  it('prints a document that the OpenAPI validator accepts', async () => {
    const result = await runCli(['openapi']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const verdict = await new Validator().validate(doc as never);
    expect(verdict.errors ?? []).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  it('writes the same document to --out, printing nothing on stdout', async () => {
    const file = join(dir, 'nested/probo.openapi.json');
    const [written, printed] = await Promise.all([
      runCli(['openapi', '--out', file]),
      runCli(['openapi']),
    ]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });
});
