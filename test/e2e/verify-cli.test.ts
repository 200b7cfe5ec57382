import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, type Report } from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { SUBSTRING_STATE_MAP, FLAWED_RECEIVERS } from '../support/receivers/flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { runCli, startCli } from '../support/mock-cli.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';

// The built CLI (npm test builds first) against receivers started here on 127.0.0.1.

/** The checks that run without a state hook or an option of their own. */
const withoutHooks = CATALOG.filter((c) => !c.needsStateHook && !c.needsOption).length;
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

  it('exits 0 and prints the seed and run id, then a line per check, against the reference receiver with both hooks and pointers', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--state-url',
      good.stateUrl,
      '--setup-url',
      good.setupUrl,
      '--state-supplier-pointer',
      good.supplierPointer,
      '--state-tracking-pointer',
      good.trackingPointer,
      '--effects-url',
      good.effectsUrl,
      '--seed',
      '5',
      '--run-id',
      'e2e',
      '--explore',
      '50',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`probo-mock verify ${good.callbackUrl}`);
    expect(lines[1]).toMatch(/^ {2}seed 5 {2}run id e2e {2}ids prefixed {2}parallel 4$/);
    expect(run.stdout).toMatch(/✓ state-records-rejection/);
    expect(run.stdout).toMatch(/✓ state-records-tracking/);
    expect(run.stdout).toMatch(/✓ applies-effects-once/);
    // This receiver checks no secret, and no --header was given.
    expect(run.stdout).toMatch(/– rejects-forged-callback\s+skipped {2}needs --header/);
    expect(run.stdout).toContain(`${CATALOG.length - 1} passed, 0 failed, 1 skipped`);
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
    expect(run.stdout).toMatch(
      /hint: The order is at accepted, which was never sent for it: .*matching by substring/,
    );
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
    // Substring mapping also turns shipment_returned and an unknown shipment_* into "shipped".
    expect(run.stdout).toContain(`${CATALOG.length - 9} passed, 3 failed, 6 skipped`);
    const xml = await readFile(file, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
      .testsuites.testsuite;
    expect([suite.tests, suite.failures, suite.skipped]).toEqual([
      String(CATALOG.length),
      '3',
      '6',
    ]);
    const cases = suite.testcase as { name: string; failure?: unknown; skipped?: unknown }[];
    expect(cases.filter((c) => c.failure).map((c) => c.name)).toEqual([
      'state-records-rejection',
      'state-records-failed-delivery',
      'state-ignores-unknown-status',
    ]);
    expect(cases.filter((c) => c.skipped).map((c) => c.name)).toEqual([
      'state-records-supplier-order-number',
      'state-records-tracking',
      'rejects-forged-callback',
      'applies-effects-once',
      'explores-histories',
      'handles-concurrent-burst',
    ]);
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
      summary: { passed: withoutHooks, failed: 0, skipped: CATALOG.length - withoutHooks },
    });
    expect(report.checks).toHaveLength(CATALOG.length);
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

  it('exits 2 for an --effects-url without {id}, before sending anything', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--effects-url',
      `${good.url}/effects`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--effects-url must be an http:\/\/ or https:\/\/ URL with \{id\} in it/,
    );
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

  it('writes --junit and --json together into folders it creates first, and still prints the pretty report', async () => {
    const junit = join(dir, 'new', 'deep', 'verify.xml');
    const json = join(dir, 'new', 'other', 'verify.json');
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--only',
      'handles-unicode,tolerates-redelivery',
      '--junit',
      junit,
      '--json',
      json,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ handles-unicode/);
    expect(run.stdout).toContain('2 passed, 0 failed, 0 skipped');
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.checks.map((c) => c.id)).toEqual(['tolerates-redelivery', 'handles-unicode']);
    expect(XMLValidator.validate(await readFile(junit, 'utf8'))).toBe(true);
  });

  it('exits 2 before sending anything when a report file cannot be written', async () => {
    const receiver = await startToyReceiver();
    try {
      const run = await runCli([
        'verify',
        '--target',
        receiver.callbackUrl,
        '--json',
        join(dir, 'state-map.json', 'inside-a-file', 'r.json'),
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^probo-mock: --json: cannot write .*r\.json/);
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it('exits 2 saying why when no check would run', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--only',
      'state-follows-lifecycle',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'no check would run:\n  state-follows-lifecycle: needs the state hook (--state-url)',
    );
  });

  it('prints a hint about the path first when the target answers the probe with 404, then grades the checks', async () => {
    const run = await runCli([
      'verify',
      '--target',
      `${good.url}/webhook`,
      '--only',
      'handles-unicode',
    ]);
    expect(run.code).toBe(1);
    const warning = run.stdout.indexOf('! the target answered 404 to a POST');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(run.stdout.indexOf('✗ handles-unicode'));
  });

  it('grades a receiver that answers in 1.5 s with --timeout 1000 (exit 1), not "unreachable"', async () => {
    const slow = await startToyReceiver({ workMs: 1500 });
    try {
      const run = await runCli([
        'verify',
        '--target',
        slow.callbackUrl,
        '--only',
        'tolerates-unknown-order',
        '--timeout',
        '1000',
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/✗ tolerates-unknown-order/);
      expect(run.stdout).toMatch(/no complete answer within 1000 ms/);
    } finally {
      await slow.close();
    }
  });

  it('passes a receiver that refuses ids that are not UUIDs with --order-id-format uuid', async () => {
    const strict = await startToyReceiver({ uuidOnly: 500 });
    try {
      const run = await runCli([
        'verify',
        '--target',
        strict.callbackUrl,
        '--state-url',
        strict.stateUrl,
        '--setup-url',
        strict.setupUrl,
        '--order-id-format',
        'uuid',
        '--skip',
        'handles-concurrent-burst',
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/ids uuid/);
    } finally {
      await strict.close();
    }
  });

  it('streams a line per finished check in report order, and on Ctrl-C reports what is done, writes the files marked partial and exits 130', async () => {
    // shipment_scanned_by_carrier hangs: responds-in-time is still running when Ctrl-C comes.
    const hanging = await startToyReceiver({
      delayMs: (m) => (m.status === 'shipment_scanned_by_carrier' ? 60_000 : 0),
    });
    const json = join(dir, 'partial', 'verify.json');
    const junit = join(dir, 'partial', 'verify.xml');
    try {
      const cli = startCli([
        'verify',
        '--target',
        hanging.callbackUrl,
        '--only',
        'accepts-documented-examples,responds-in-time',
        '--timeout',
        '120000',
        '--seed',
        '3',
        '--json',
        json,
        '--junit',
        junit,
      ]);
      await cli.waitFor(/✓ accepts-documented-examples/);
      // The line came while the run goes on: responds-in-time (after it in the report) has not finished.
      expect(cli.output()).not.toMatch(/responds-in-time/);
      const code = await cli.stop('SIGINT');
      expect(code).toBe(130);
      const out = cli.output();
      expect(out.indexOf('seed 3')).toBeLessThan(out.indexOf('✓ accepts-documented-examples'));
      expect(out).toMatch(/– responds-in-time\s+skipped {2}not finished: the run was interrupted/);
      expect(out).toMatch(/interrupted: partial report/);
      const report = JSON.parse(await readFile(json, 'utf8')) as Report;
      expect(report.partial).toBe(true);
      expect(report.summary).toEqual({ passed: 1, failed: 0, skipped: 1 });
      expect(await readFile(junit, 'utf8')).toContain('<property name="partial" value="true"/>');
    } finally {
      await hanging.close();
    }
  });
});
