import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/mock-cli.js';

// Every command refuses what it cannot do, before doing anything: a flag without its value, a
// single-value flag given twice, a number that is not one (quoted as typed), an --out that
// cannot be written. One line on stderr, exit 2, no stack trace.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-refusals-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TARGET = 'http://127.0.0.1:9/';

interface Case {
  what: string;
  args: string[];
  says: string | RegExp;
}

function expectRefused(result: { code: number | null; stdout: string; stderr: string }): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr).not.toMatch(/TypeError|node:internal/);
}

const COMMANDS: Record<string, Case[]> = {
  serve: [
    { what: '--port without a value', args: ['serve', '--port'], says: '--port needs a value' },
    {
      what: '--port followed by another flag',
      args: ['serve', '--port', '--quiet'],
      says: '--port needs a value',
    },
    {
      what: '--port abc',
      args: ['serve', '--port', 'abc'],
      says: '--port must be a port number 0–65535 (got "abc")',
    },
    {
      what: '--port given twice',
      args: ['serve', '--port', '0', '--port', '4011'],
      says: '--port was given 2 times ("0", "4011"); give it once',
    },
    {
      what: '--step-delay without a value',
      args: ['serve', '--port', '0', '--step-delay'],
      says: '--step-delay needs a value',
    },
    {
      what: '--scenario without a value',
      args: ['serve', '--port', '0', '--scenario'],
      says: '--scenario needs a value',
    },
    {
      what: '--timeout 0',
      args: ['serve', '--port', '0', '--timeout', '0'],
      says: '--timeout must be an integer of 1 or more (got "0")',
    },
    {
      what: '--retries 1.5',
      args: ['serve', '--port', '0', '--retries', '1.5'],
      says: '--retries must be an integer of 0 or more (got "1.5")',
    },
    {
      what: '--allow-callback-host without a value',
      args: ['serve', '--port', '0', '--allow-callback-host'],
      says: '--allow-callback-host needs a value',
    },
    {
      what: '--callback-header without a value',
      args: ['serve', '--port', '0', '--callback-header'],
      says: '--callback-header needs a value',
    },
    {
      what: '--log-format xml',
      args: ['serve', '--port', '0', '--log-format', 'xml'],
      says: '--log-format must be one of "text", "json" (got "xml")',
    },
    {
      what: 'a misspelt flag, suggesting the one it is closest to',
      args: ['serve', '--port', '0', '--prot', '1'],
      says: 'unknown flag --prot (did you mean --port?)',
    },
    {
      what: 'a flag named by one of its words, suggesting the flag that holds it',
      args: ['serve', '--delay', '100'],
      says: 'unknown flag --delay (did you mean --step-delay?)',
    },
    {
      what: 'a negated flag the command does not have',
      args: ['serve', '--port', '0', '--no-color'],
      says: 'unknown flag --no-color',
    },
    {
      what: '--timeout 1s',
      args: ['serve', '--port', '0', '--timeout', '1s'],
      says: '--timeout must be an integer of 1 or more (got "1s")',
    },
  ],
  trigger: [
    {
      what: '--timeout 0, as serve refuses it',
      args: ['trigger', 'happy-path', '--target', TARGET, '--timeout', '0'],
      says: '--timeout must be an integer of 1 or more (got "0")',
    },
    {
      what: '--target without a value',
      args: ['trigger', 'happy-path', '--target'],
      says: '--target needs a value',
    },
    {
      what: '--target given twice',
      args: ['trigger', 'happy-path', '--target', TARGET, '--target', TARGET],
      says: /--target was given 2 times/,
    },
    {
      what: '--seed abc',
      args: ['trigger', 'happy-path', '--target', TARGET, '--seed', 'abc'],
      says: '--seed must be an integer of 0 or more (got "abc")',
    },
    {
      what: '--patch that is not JSON',
      args: ['trigger', 'happy-path', '--target', TARGET, '--patch', '{nope'],
      says: /--patch must be a JSON object/,
    },
    {
      what: '--patch that is not an object',
      args: ['trigger', 'happy-path', '--target', TARGET, '--patch', '[1]'],
      says: '--patch must be a JSON object (got "[1]")',
    },
  ],
  verify: [
    {
      what: '--junit under /proc, where Node 20 would loop on mkdir',
      args: ['verify', '--target', TARGET, '--junit', '/proc/probo-mock-nope/r.xml'],
      says: /--junit: cannot write \/proc\/probo-mock-nope\/r\.xml: cannot create/,
    },
    {
      what: '--save-failures under /proc, before any check runs',
      args: [
        'verify',
        '--target',
        TARGET,
        '--explore',
        '10',
        '--save-failures',
        '/proc/probo-mock-nope',
      ],
      says: /--save-failures: cannot use \/proc\/probo-mock-nope: cannot create/,
    },
    {
      what: '--timeout without a value',
      args: ['verify', '--target', TARGET, '--timeout'],
      says: '--timeout needs a value',
    },
    {
      what: '--timeout abc',
      args: ['verify', '--target', TARGET, '--timeout', 'abc'],
      says: '--timeout must be an integer from 1 to 600000 (got "abc")',
    },
    {
      what: '--timeout 1s, in the words serve uses',
      args: ['verify', '--target', TARGET, '--timeout', '1s'],
      says: '--timeout must be an integer from 1 to 600000 (got "1s")',
    },
    {
      what: '--timeout 0, before anything is sent',
      args: ['verify', '--target', TARGET, '--timeout', '0'],
      says: '--timeout must be an integer from 1 to 600000 (got "0")',
    },
    {
      what: '--reporter it does not have',
      args: ['verify', '--target', TARGET, '--reporter', 'xml'],
      says: /^probo-mock: --reporter must be one of "pretty", "json", "junit".* \(got "xml"\)$/m,
    },
    {
      what: 'a target that is not an http URL',
      args: ['verify', '--target', 'localhost:3000'],
      says: '--target must be an http:// or https:// URL (got "localhost:3000")',
    },
    {
      what: 'no --target',
      args: ['verify'],
      says: '--target is required',
    },
    {
      what: 'a misspelt --target',
      args: ['verify', '--target', TARGET, '--taget', TARGET],
      says: 'unknown flag --taget (did you mean --target?)',
    },
    {
      what: '--target given twice',
      args: ['verify', '--target', TARGET, '--target', TARGET],
      says: /--target was given 2 times/,
    },
  ],
  validate: [
    {
      what: '--kind without a value',
      args: ['validate', 'x.json', '--kind'],
      says: '--kind needs a value',
    },
    {
      what: '--kind given twice',
      args: ['validate', 'x.json', '--kind', 'order', '--kind', 'callback'],
      says: /--kind was given 2 times/,
    },
  ],
  receiver: [
    {
      what: '--port abc',
      args: ['receiver', '--port', 'abc'],
      says: '--port must be a port number 0–65535 (got "abc")',
    },
    { what: '--port without a value', args: ['receiver', '--port'], says: '--port needs a value' },
  ],
  demo: [
    {
      what: '--seed abc',
      args: ['demo', '--seed', 'abc'],
      says: '--seed must be an integer of 0 or more (got "abc")',
    },
  ],
  scenarios: [
    {
      what: '--scenarios without a value',
      args: ['scenarios', '--scenarios'],
      says: '--scenarios needs a value',
    },
  ],
  docs: [
    { what: '--out without a value', args: ['docs', '--out'], says: '--out needs a value' },
    {
      what: '--out under /proc, where Node 20 would loop on mkdir',
      args: ['docs', '--out', '/proc/probo-mock-nope'],
      says: /cannot write the docs site to \/proc\/probo-mock-nope: cannot create/,
    },
  ],
  openapi: [
    {
      what: '--out under /proc',
      args: ['openapi', '--out', '/proc/probo-mock-nope/x.json'],
      says: /cannot write \/proc\/probo-mock-nope\/x\.json: cannot create/,
    },
    {
      what: '--out naming a folder',
      args: ['openapi', '--out', tmpdir()],
      says: /it is a folder; name a file/,
    },
  ],
};

for (const [command, cases] of Object.entries(COMMANDS)) {
  describe(`probo-mock ${command} refuses what it cannot do`, () => {
    for (const c of cases) {
      it(`exits 2 with one clear line for ${c.what}`, async () => {
        const result = await runCli(c.args, 20_000);
        expectRefused(result);
        if (typeof c.says === 'string') expect(result.stderr).toContain(`probo-mock: ${c.says}\n`);
        else expect(result.stderr).toMatch(c.says);
        // A usage error points at this command's own help; a failure while running does not.
        if (!/cannot|JSON object/.test(result.stderr))
          expect(result.stderr).toContain(`Run "probo-mock ${command} --help" for usage.\n`);
      });
    }
  });
}

describe('probo-mock without a command', () => {
  it('prints the list of commands and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    for (const command of Object.keys(COMMANDS)) {
      expect(result.stderr).toMatch(new RegExp(`^\\s+probo-mock ${command}\\b`, 'm'));
    }
    expect(result.stderr).toContain('probo-mock: name a command (listed above)');
  });

  it('names a misspelt command and the one it is closest to', async () => {
    const result = await runCli(['servee', '--port', '0']);
    expectRefused(result);
    expect(result.stderr).toBe(
      'probo-mock: unknown command "servee" (did you mean serve?)\nRun "probo-mock --help" for usage.\n',
    );
  });

  it("names the argument a command misses, with the command's usage", async () => {
    const result = await runCli(['trigger', '--target', TARGET]);
    expectRefused(result);
    expect(result.stderr).toBe(
      'probo-mock: missing <scenario> (probo-mock trigger <scenario>)\nRun "probo-mock trigger --help" for usage.\n',
    );
  });
});

describe('the flags the option table declares', () => {
  it('serve --help shows each default once, from the table', async () => {
    const result = await runCli(['serve', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--shutdown-grace[\s\S]*?\[default: 5000\]/);
    expect(result.stdout).toMatch(/--step-delay[\s\S]*?\[default: 200\]/);
  });

  it('trigger --help shows the same defaults as serve for the options they share', async () => {
    const trigger = await runCli(['trigger', '--help']);
    for (const [flag, value] of [
      ['--step-delay', '200'],
      ['--retries', '3'],
      ['--timeout', '10000'],
      ['--seed', '1'],
    ] as const) {
      expect(trigger.stdout).toMatch(new RegExp(`${flag}[\\s\\S]*?\\[default: ${value}\\]`));
    }
  });
});
