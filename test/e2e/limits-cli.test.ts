import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

const deepText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

let rx: TestReceiver;
let dir: string;
beforeAll(async () => {
  rx = await startTestReceiver();
  dir = mkdtempSync(join(tmpdir(), 'pm-limits-cli-'));
});
afterAll(async () => {
  await rx?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('patches past the limits, from the command line', () => {
  it('trigger --patch with a 20,000-level patch: one line, exit 2, nothing sent, no stack trace', async () => {
    const result = await runCli([
      'trigger',
      'happy-path',
      '--target',
      rx.url,
      '--patch',
      deepText(20_000),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^probo-mock: --patch is nested more than 64 levels deep \(at \/a\/a\//,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(rx.calls).toEqual([]);
  });

  it('trigger and serve with a scenario file holding such a patch: one line naming the file and step, exit 2', async () => {
    const file = join(dir, 'deep.json');
    writeFileSync(
      file,
      `{"name":"deep","description":"deep","steps":[{"status":"queued","patch":${deepText(20_000)}}]}`,
    );
    const trigger = await runCli(['trigger', file, '--target', rx.url]);
    expect(trigger.code).toBe(2);
    expect(trigger.stderr).toContain(
      'deep.json: invalid scenario: /steps/0/patch is nested more than 64 levels deep',
    );
    expect(trigger.stderr).not.toMatch(/\n\s+at /);
    const serve = await runCli(['serve', '--port', '0', '--scenarios', dir]);
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('/steps/0/patch is nested more than 64 levels deep');
    expect(serve.stderr).not.toMatch(/\n\s+at /);
    expect(rx.calls).toEqual([]);
  });
});
