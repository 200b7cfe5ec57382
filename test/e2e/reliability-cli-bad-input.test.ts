import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/conformance/index.js';
import { runCli } from '../support/mock-cli.js';
import { startHostileServer } from '../support/reliability-hostile-servers.js';
import type { HostileServer, Hostility } from '../support/reliability-hostile-servers.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-bad-input-'));
  mkdirSync(join(dir, 'bad-scenario'));
  writeFileSync(
    join(dir, 'bad-scenario', 'broken.json'),
    JSON.stringify({ name: 'broken', description: 'x', steps: [{ status: 'shipped' }] }),
  );
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'not-json'));
  writeFileSync(join(dir, 'not-json', 'x.json'), '{"name": ');
  writeFileSync(join(dir, 'bad.json'), '{"status": "accepted",');
  writeFileSync(join(dir, 'binary.json'), Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** No stack trace, no Node error dump: one clear message. */
function expectCleanFailure(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/node:internal|TypeError:|SyntaxError:|Uncaught/);
  expect(stderr.trim()).not.toBe('');
}

const CASES: Array<{ what: string; args: () => string[]; code: number; says: RegExp }> = [
  {
    what: 'serve with a port that is not a number',
    args: () => ['serve', '--port', 'abc'],
    code: 2,
    says: /--port must be a port number 0–65535 \(got "abc"\)/,
  },
  {
    what: 'serve with a port out of range',
    args: () => ['serve', '--port', '70000'],
    code: 2,
    says: /--port must be a port number 0–65535 \(got "70000"\)/,
  },
  {
    what: 'serve with a negative step delay',
    args: () => ['serve', '--port', '0', '--step-delay', '-5'],
    code: 2,
    says: /--step-delay must be an integer of 0 or more/,
  },
  {
    what: 'serve with an unknown store',
    args: () => ['serve', '--port', '0', '--store', 'redis://x'],
    code: 2,
    says: /--store must be memory \(default\) or sqlite:FILE/,
  },
  {
    what: 'serve with a SQLite file in a folder that does not exist',
    args: () => ['serve', '--port', '0', '--store', `sqlite:${join(dir, 'no', 'such', 'x.db')}`],
    code: 2,
    says: /--store sqlite:.*cannot open the file/,
  },
  {
    what: 'serve on a non-loopback address without an admin token',
    args: () => ['serve', '--port', '0', '--host', '0.0.0.0'],
    code: 2,
    says: /refusing to listen on 0\.0\.0\.0 without --admin-token/,
  },
  {
    what: 'serve with a bad callback host pattern',
    args: () => ['serve', '--port', '0', '--allow-callback-host', 'not a host'],
    code: 2,
    says: /--allow-callback-host must be a list of host names/,
  },
  {
    what: 'serve with a scenario folder that does not exist',
    args: () => ['serve', '--port', '0', '--scenarios', join(dir, 'missing')],
    code: 2,
    says: /cannot read scenario folder/,
  },
  {
    what: 'serve with a scenario file naming an unknown status',
    args: () => ['serve', '--port', '0', '--scenarios', join(dir, 'bad-scenario')],
    code: 2,
    says: /broken\.json: invalid scenario: .*\/steps\/0\/status/,
  },
  {
    what: 'serve with a scenario file that is not JSON',
    args: () => ['serve', '--port', '0', '--scenarios', join(dir, 'not-json')],
    code: 2,
    says: /x\.json: not JSON/,
  },
  {
    what: 'serve with an unknown default scenario',
    args: () => ['serve', '--port', '0', '--scenario', 'nope'],
    code: 2,
    says: /nope/,
  },
  {
    what: 'validate a file that does not exist',
    args: () => ['validate', join(dir, 'missing.json')],
    code: 2,
    says: /cannot read/,
  },
  {
    what: 'validate a folder holding no JSON files',
    args: () => ['validate', join(dir, 'empty')],
    code: 2,
    says: /no \.json, \.ndjson or \.jsonl files in this folder/,
  },
  {
    what: 'validate broken JSON',
    args: () => ['validate', join(dir, 'bad.json')],
    code: 2,
    says: /bad\.json: not JSON/,
  },
  {
    what: 'validate binary bytes',
    args: () => ['validate', join(dir, 'binary.json')],
    code: 2,
    says: /binary\.json: not JSON/,
  },
  {
    what: 'validate with an unknown kind',
    args: () => ['validate', join(dir, 'bad.json'), '--kind', 'invoice'],
    code: 2,
    says: /kind/,
  },
  {
    what: 'trigger an unknown scenario',
    args: () => ['trigger', 'nope', '--target', 'http://127.0.0.1:9/'],
    code: 2,
    says: /unknown scenario "nope"/,
  },
  {
    what: 'trigger with a target that is not a URL',
    args: () => ['trigger', 'happy-path', '--target', 'not-a-url'],
    code: 2,
    says: /--target must be an http:\/\/ or https:\/\/ URL \(got "not-a-url"\)/,
  },
  {
    what: 'trigger with a header without a colon',
    args: () => ['trigger', 'happy-path', '--target', 'http://127.0.0.1:9/', '--header', 'oops'],
    code: 2,
    says: /--header must look like "Name: value"/,
  },
  {
    what: 'verify with an ftp target',
    args: () => ['verify', '--target', 'ftp://example.com/'],
    code: 2,
    says: /--target must be an http:\/\/ or https:\/\/ URL/,
  },
  {
    what: 'verify with an unknown check id',
    args: () => ['verify', '--target', 'http://127.0.0.1:9/', '--only', 'nope'],
    code: 2,
    says: /--only: unknown check id nope/,
  },
  {
    what: 'verify with a state map that does not exist',
    args: () => ['verify', '--target', 'http://127.0.0.1:9/', '--state-map', join(dir, 'no.json')],
    code: 2,
    says: /--state-map: cannot read/,
  },
  {
    what: 'an unknown command',
    args: () => ['serv'],
    code: 2,
    says: /Did you mean serve|Unknown|usage/i,
  },
];

describe('bad CLI input gets one clear line and the right exit code', () => {
  for (const c of CASES) {
    it(`exits ${c.code} with a clear message for ${c.what}`, async () => {
      const result = await runCli(c.args(), 15_000);
      expect(result.code, result.stderr).toBe(c.code);
      expect(result.stderr).toMatch(c.says);
      expectCleanFailure(result.stderr);
    });
  }
});

describe('verify exit codes against misbehaving targets', () => {
  let servers: HostileServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  async function target(h: Hostility | ((hit: number) => Hostility)): Promise<string> {
    const server = await startHostileServer(h);
    servers.push(server);
    return server.url;
  }
  const afterProbe =
    (h: Hostility) =>
    (hit: number): Hostility =>
      hit === 0 ? { status: 200 } : h;

  it('exits 2 saying it cannot reach a target that answers garbage', async () => {
    const result = await runCli([
      'verify',
      '--target',
      await target('garbage'),
      '--timeout',
      '500',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot reach the target/);
    expectCleanFailure(result.stderr);
  });

  it('exits 1, grading the checks, when the target never answers (a timeout is no connection error)', async () => {
    const result = await runCli([
      'verify',
      '--target',
      await target('hang'),
      '--timeout',
      '300',
      '--only',
      'tolerates-unknown-order',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/! the target did not answer the probe within 300 ms/);
    expect(result.stdout).toMatch(/✗ tolerates-unknown-order/);
    expect(result.stderr).toBe('');
  });

  it('exits 1 with a report when the target hangs after answering the probe', async () => {
    const result = await runCli(
      [
        'verify',
        '--target',
        await target(afterProbe('hang')),
        '--timeout',
        '300',
        '--reporter',
        'json',
      ],
      60_000,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: { failed: number } };
    expect(report.summary.failed).toBe(
      CATALOG.filter((c) => !c.needsStateHook && c.needsOption === undefined).length,
    );
  }, 70_000);

  it('exits 1 when the target redirects every callback', async () => {
    const result = await runCli([
      'verify',
      '--target',
      await target(afterProbe({ status: 301, headers: { location: 'http://127.0.0.1:9/' } })),
      '--timeout',
      '500',
      '--reporter',
      'json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('301');
  }, 60_000);
});
