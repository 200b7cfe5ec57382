import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';

// `npm run bench -- --quick` is `npm run build` and then this, on the dist/ that npm test built.
// It keeps every benchmark working in CI; it judges no speed (no thresholds in npm test).
const dir = mkdtempSync(join(tmpdir(), 'probo-bench-'));
const out = join(dir, 'results.json');

function runBench(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bench/run.mjs', ...args], { cwd: packageRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Row {
  id: string;
  value: number;
  baseline?: number;
  ratio?: number;
  peakRssMb?: number;
  met?: boolean;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  test('runs every benchmark, prints the table and writes every figure to the results file', async () => {
    const run = await runBench(['--quick', '--out', out]);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as { mode: string; results: Row[] };
    expect(results.mode).toBe('quick');
    const byId = new Map(results.results.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([
      'cold-serve',
      'cold-serve-ratio',
      'cold-validate',
      'configure',
      'dispatch',
      'end-to-end',
      'end-to-end-cold',
      'explore',
      'explore-shrink',
      'intake',
      'intake-default',
      'intake-held',
      'memory',
      'price',
      'verify',
      'verify-catalog',
    ]);
    for (const row of results.results) {
      expect(row.value, row.id).toBeGreaterThan(0);
      // A quick run is too short to judge a target: none is marked met or missed.
      expect(row.met, row.id).toBeUndefined();
    }
    for (const id of [
      'intake',
      'intake-held',
      'intake-default',
      'dispatch',
      'configure',
      'price',
      'end-to-end',
      'end-to-end-cold',
      'cold-serve-ratio',
    ])
      expect(byId.get(id)!.ratio, id).toBeGreaterThan(0);
    expect(byId.get('end-to-end')!.peakRssMb).toBeGreaterThan(0);
    for (const heading of ['figure', 'measured', 'baseline', 'ratio', 'target'])
      expect(run.stdout).toContain(heading);
  }, 300_000);

  test('refuses an unknown benchmark name with a one-line message and exit code 2', async () => {
    const run = await runBench(['--only', 'nope', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^bench: unknown benchmark "nope"; known: .*intake/);
  });
});
