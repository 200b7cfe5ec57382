import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/conformance/index.js';
import { runCli } from '../support/mock-cli.js';

describe('probo-mock demo', () => {
  it('posts one order per built-in scenario, prints the timeline and a passing verify report, exit 0', async () => {
    const run = await runCli(['demo'], 60_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/order\s+scenario\s+statuses delivered\s+answers\s+receiver state/);
    for (const scenario of [
      'happy-path',
      'duplicate-order',
      'file-rejected',
      'out-of-order',
      'redelivery',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`demo-${scenario}\\s+${scenario}\\s`));
    }
    expect(run.stdout).toMatch(/demo-out-of-order .* 200 ×8\s+shipment_delivered/);
    expect(run.stdout).toContain(`${CATALOG.length} passed, 0 failed, 0 skipped`);
  });
});
