import { describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';

describe('probo-mock scenarios', () => {
  it('lists the built-in scenarios with their step counts and descriptions', async () => {
    const result = await runCli(['scenarios']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^happy-path\s+8 steps\s+The documented happy path/m);
    expect(result.stdout).toMatch(/^legacy-prefix\s+8 steps/m);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(12);
  });

  it('shows one scenario step by step', async () => {
    const result = await runCli(['scenarios', 'file-rejected']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  1. queued\n  2. not_accepted (file-rejected, file 1)\n');
  });

  it('prints JSON with --json', async () => {
    const result = await runCli(['scenarios', 'happy-path', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ name: 'happy-path' });
  });

  it('exits 2 naming the known scenarios for an unknown one', async () => {
    const result = await runCli(['scenarios', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown scenario "nope"; known: canceled, /);
  });
});
