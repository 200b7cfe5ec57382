import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { SUBSTRING_STATE_MAP, FLAWED_RECEIVERS } from '../support/receivers/flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { runCli } from '../support/mock-cli.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';

// The built CLI (npm test builds first) against receivers started here on 127.0.0.1.
describe('probo-mock verify', () => {
  let good: RunningReceiver;
  let substring: ToyReceiver;
  let dir: string;

  beforeAll(async () => {
    good = await startReceiver({ port: 0 });
    const flawed = FLAWED_RECEIVERS.find((r) => r.fails.includes('state-records-rejection'))!;
    substring = await startToyReceiver(flawed.flaws);
    dir = await mkdtemp(join(tmpdir(), 'pm-verify-'));
  });
  afterAll(async () => {
    await good.close();
    await substring.close();
  });

  it('exits 0 and prints a line per check against the reference receiver with both hooks', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--state-url',
      good.stateUrl,
      '--setup-url',
      good.setupUrl,
      '--seed',
      '5',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ state-records-rejection/);
    expect(run.stdout).toContain('19 passed, 0 failed, 0 skipped');
  });

  it('exits 1 and names the check, the answer and a hint when the receiver maps statuses by substring', async () => {
    const map = join(dir, 'state-map.json');
    await writeFile(map, JSON.stringify(SUBSTRING_STATE_MAP));
    const run = await runCli([
      'verify',
      '--target',
      substring.callbackUrl,
      '--state-url',
      substring.stateUrl,
      '--state-map',
      map,
      '--only',
      'state-records-rejection,state-records-cancellation',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ state-records-rejection/);
    expect(run.stdout).toMatch(/✓ state-records-cancellation/);
    expect(run.stdout).toContain('got "processing" (accepted through --state-map)');
    expect(run.stdout).toMatch(/hint: Match statuses exactly, never by substring/);
  });

  it('writes a junit file with --output that an XML parser reads with the right counts', async () => {
    const file = join(dir, 'junit.xml');
    const run = await runCli([
      'verify',
      '--target',
      substring.callbackUrl,
      '--state-url',
      substring.stateUrl,
      '--state-map',
      join(dir, 'state-map.json'),
      '--skip',
      'handles-concurrent-burst',
      '--reporter',
      'junit',
      '--output',
      file,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('17 passed, 1 failed, 1 skipped');
    const xml = await readFile(file, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
      .testsuites.testsuite;
    expect([suite.tests, suite.failures, suite.skipped]).toEqual(['19', '1', '1']);
    const cases = suite.testcase as { name: string; failure?: unknown; skipped?: unknown }[];
    expect(cases.filter((c) => c.failure).map((c) => c.name)).toEqual(['state-records-rejection']);
    expect(cases.filter((c) => c.skipped).map((c) => c.name)).toEqual(['handles-concurrent-burst']);
  });

  it('prints the report object with --reporter json', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--reporter',
      'json',
      '--seed',
      '9',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({
      target: good.callbackUrl,
      seed: 9,
      summary: { passed: 13, failed: 0, skipped: 6 },
    });
    expect(report.checks).toHaveLength(19);
    expect(Object.keys(report.checks[0]!).sort()).toEqual([
      'durationMs',
      'failures',
      'id',
      'outcome',
      'title',
    ]);
  });

  it('exits 2 with one line naming the target when nothing listens there', async () => {
    const target = await refusedUrl();
    const run = await runCli(['verify', '--target', target]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `probo-mock: cannot reach the target ${target}: ECONNREFUSED: connect ECONNREFUSED ${new URL(target).host}`,
    );
  });

  it('exits 2 for an unknown check id, before sending anything', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--skip',
      'tolerates-everything',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown check id tolerates-everything/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a state map file that is not JSON', async () => {
    const bad = join(dir, 'bad-map.json');
    await writeFile(bad, 'pending=queued');
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--state-url',
      good.stateUrl,
      '--state-map',
      bad,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--state-map: .*bad-map\.json is not JSON/);
  });
});
