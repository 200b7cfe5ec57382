import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/conformance/types.js';
import { CLIENT_CHECK_IDS } from '../../src/conformance/types.js';
import { startReferenceShop, type RunningShop } from '../../src/receiver/reference-shop.js';
import { runCli, startCli } from '../support/mock-cli.js';
import { freePort, startToyShop } from '../support/shops/toy-shop.js';

// The built CLI (npm test builds first) against shops started here, each pointed at the port the
// CLI's mock is to listen on.

const hookFlags = (hooks: RunningShop['verifyClientOptions']) => [
  '--place-url',
  hooks.placeUrl,
  '--state-url',
  hooks.stateUrl,
  '--poll-url',
  hooks.pollUrl,
  '--cancel-url',
  hooks.cancelUrl,
];

describe('probo-mock verify-client', () => {
  let dir: string;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pm-verify-client-'));
  });
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it('exits 0 against the reference shop, streaming a line per check, and writes the JSON and JUnit reports', async () => {
    const port = await freePort();
    const shop = await startReferenceShop({ proboUrl: `http://127.0.0.1:${port}` });
    closers.push(shop.close);
    const json = join(dir, 'ref.json');
    const junit = join(dir, 'ref.xml');
    const run = await runCli([
      'verify-client',
      ...hookFlags(shop.verifyClientOptions),
      '--port',
      String(port),
      '--seed',
      '9',
      '--json',
      json,
      '--junit',
      junit,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`probo-mock verify-client ${shop.verifyClientOptions.placeUrl}`);
    expect(lines[1]).toBe(`  mock http://127.0.0.1:${port} (the shop's Probo base URL)`);
    for (const id of CLIENT_CHECK_IDS) expect(run.stdout).toMatch(new RegExp(`✓ ${id} `));
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.summary).toEqual({ passed: CLIENT_CHECK_IDS.length, failed: 0, skipped: 0 });
    const xml = await readFile(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuites name="probo-mock verify-client"');
  });

  it('exits 1 with the calls the mock saw and a hint, against a shop that does not retry a 503', async () => {
    const port = await freePort();
    const shop = await startToyShop({
      proboUrl: `http://127.0.0.1:${port}`,
      flaws: { noRetry: true },
    });
    closers.push(shop.close);
    const run = await runCli([
      'verify-client',
      ...hookFlags(shop.hooks),
      '--port',
      String(port),
      '--only',
      'client-retries-server-error',
      '--settle',
      '1000',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ client-retries-server-error');
    expect(run.stdout).toContain('no retry: the shop posted once, got 503');
    expect(run.stdout).toMatch(
      /POST \/order \{"id":"toy-1".* → 503 .*\[x-probo-mock-answer: 503\]/,
    );
    expect(run.stdout).toContain('hint: Retry a post that got a 5xx');
    expect(run.stdout).toContain('0 passed, 1 failed');
  });

  it('says in one line that the port is in use, and exits 2', async () => {
    const shop = await startReferenceShop({ proboUrl: 'http://127.0.0.1:1' });
    closers.push(shop.close);
    const busy = new URL(shop.url).port;
    const run = await runCli([
      'verify-client',
      ...hookFlags(shop.verifyClientOptions),
      '--port',
      busy,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `probo-mock: --port ${busy} is in use on 127.0.0.1: stop what listens there, or give another --port (and point the shop's Probo base URL at it)`,
    ]);
  });

  it('exits 2 when the place hook cannot be reached: no check could run', async () => {
    const run = await runCli([
      'verify-client',
      '--place-url',
      'http://127.0.0.1:1/test/place',
      '--state-url',
      'http://127.0.0.1:1/test/orders/{id}',
      '--port',
      '0',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot reach the place hook http://127.0.0.1:1/test/place');
  });

  it('refuses an unknown check id and a --state-url without {id}, naming the flag', async () => {
    const only = await runCli([
      'verify-client',
      '--place-url',
      'http://127.0.0.1:1/p',
      '--state-url',
      'http://127.0.0.1:1/s/{id}',
      '--only',
      'client-flies',
    ]);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('--only: unknown check id client-flies');
    const state = await runCli([
      'verify-client',
      '--place-url',
      'http://127.0.0.1:1/p',
      '--state-url',
      'http://127.0.0.1:1/s',
    ]);
    expect(state.code).toBe(2);
    expect(state.stderr).toContain(
      '--state-url must be an http:// or https:// URL with {id} in it',
    );
  });

  it('on Ctrl-C reports the checks that finished, writes the file marked partial and exits 130', async () => {
    const port = await freePort();
    const shop = await startReferenceShop({ proboUrl: `http://127.0.0.1:${port}` });
    closers.push(shop.close);
    const json = join(dir, 'partial.json');
    const cli = startCli([
      'verify-client',
      ...hookFlags(shop.verifyClientOptions),
      '--port',
      String(port),
      '--json',
      json,
    ]);
    await cli.waitFor(/✓ client-posts-valid-order/, 20_000);
    const code = await cli.stop('SIGINT');
    expect(code).toBe(130);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.partial).toBe(true);
    expect(report.checks[0]).toMatchObject({ id: 'client-posts-valid-order', outcome: 'passed' });
    expect(cli.output()).toContain('interrupted: partial report');
  });
});
