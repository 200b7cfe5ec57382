import yargs from 'yargs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS, flagTablesOf } from '../../src/cli/commands/index.js';
import type { Command } from '../../src/cli/commands/index.js';
import { serveCommand } from '../../src/cli/commands/serve.js';
import { plainFlags } from '../../src/cli/plain-flags.js';
import type { OptionSpec, OptionTable } from '../../src/shared/option-spec.js';

const TABLES = flagTablesOf(serveCommand)!;
const flagsOf = (tables: readonly OptionTable[]): OptionSpec[] =>
  tables.flatMap((t) => Object.values(t).filter((s) => s.flag !== undefined));

/**
 * What the real CLI's yargs gives serve's handler for these arguments (main.ts's parser
 * settings), or the refusal it makes.
 */
async function throughYargs(
  args: string[],
  command: Command = serveCommand,
): Promise<{ values: Record<string, unknown> } | { refused: string }> {
  const flags = flagsOf(flagTablesOf(command)!).map((s) => s.flag!);
  let values: Record<string, unknown> | undefined;
  let refused: string | undefined;
  await yargs([String(command.command), ...args])
    .parserConfiguration({ 'parse-numbers': false })
    .strict()
    .exitProcess(false)
    .help()
    .version(false)
    .command({
      ...command,
      handler: (argv: Record<string, unknown>) => {
        values = Object.fromEntries(flags.filter((f) => f in argv).map((f) => [f, argv[f]]));
      },
    })
    .fail((message, error) => {
      refused = message ?? error?.message ?? 'failed';
    })
    .parseAsync();
  return refused !== undefined || values === undefined
    ? { refused: refused ?? 'no handler' }
    : { values };
}

// Lines a user types, good and bad: plainFlags must agree with yargs on each it takes, and leave
// to yargs every line yargs refuses or would read in its own way.
const LINES: string[][] = [
  [],
  ['--port', '0', '--quiet'],
  ['--port=0', '--quiet', '--log-format', 'json'],
  ['--port', '4011', '--host', '0.0.0.0', '--step-delay', '20', '--seed', '7', '--manual'],
  ['--api-key', 'k1', '--api-key', 'k2'],
  ['--api-key', 'k1'],
  ['--callback-header', 'X-Security: s3cret', '--port', '0'],
  ['--allow-callback-host', 'a.example', '--allow-callback-host', '*.b.example'],
  ['--store', '/tmp/x.sqlite', '--catalog', 'catalog.json', '--rate-limit', '0'],
  ['--scenario', 'slow-carrier', '--retries', '3', '--timeout', '500'],
  ['--quiet', '--manual'],
  // yargs's to refuse or to read:
  ['--help'],
  ['-h'],
  ['--version'],
  ['--port'],
  ['--port', '--quiet'],
  ['--scenario', '--quiet'],
  ['--host', '-x'],
  ['--port', 'abc'],
  ['--port', '0', '--port', '4011'],
  ['--port', '-1'],
  ['--step-delay', '-5'],
  ['--timeout', '1s'],
  ['--log-format', 'xml'],
  ['--prot', '1'],
  ['--delay', '100'],
  ['--stepDelay', '5'],
  ['--no-quiet'],
  ['--quiet=false'],
  ['--quiet', 'true'],
  ['--quiet', 'extra'],
  ['extra'],
  ['--port', '0', '--', 'x'],
  ['--scenario', ''],
  ['--callback-header', 'no colon here'],
  ['--api-key', 'k1', 'k2'],
  ['--order-limit', '0'],
  ['--allow-callback-host', 'a.example,b.example'],
  ['-p', '0'],
];

describe('serve flags read without yargs (plain-flags.ts)', () => {
  // yargs prints help and version for those lines: not wanted in the test output.
  beforeAll(() => void vi.spyOn(console, 'log').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it('gives the handler what yargs gives it, for every line it reads', async () => {
    let read = 0;
    for (const line of LINES) {
      const plain = plainFlags(line, TABLES);
      if (plain === undefined) continue;
      read++;
      const real = await throughYargs(line);
      expect(real, line.join(' ')).toEqual({ values: plain });
    }
    expect(read).toBe(11); // the lines above the comment "yargs's to refuse or to read"
  });

  it('leaves every line yargs refuses to yargs, so its refusal is worded as before', async () => {
    for (const line of LINES) {
      const real = await throughYargs(line);
      if ('refused' in real) expect(plainFlags(line, TABLES), line.join(' ')).toBeUndefined();
    }
  });

  it('reads the usual lines itself, and leaves help, version and unusual forms to yargs', () => {
    expect(plainFlags(['--port', '0', '--quiet'], TABLES)).toEqual({
      port: 0,
      quiet: true,
      store: 'memory',
      'log-format': 'text',
    });
    expect(plainFlags(['--api-key', 'k1', '--api-key', 'k2'], TABLES)).toMatchObject({
      'api-key': ['k1', 'k2'],
    });
    for (const line of [['--help'], ['--version'], ['--no-quiet'], ['--quiet', 'true'], ['x']])
      expect(plainFlags(line, TABLES), line.join(' ')).toBeUndefined();
  });
});

/** A value each kind of flag takes (or, for a narrowed string, may refuse: then both refuse). */
function sample(spec: OptionSpec): string[] {
  const flag = `--${spec.flag!}`;
  switch (spec.kind) {
    case 'boolean':
      return [flag];
    case 'port':
      return [flag, '0'];
    case 'integer':
      return [flag, String(spec.min ?? 0)];
    case 'url':
      return [flag, `http://127.0.0.1:9/${spec.template ?? ''}`];
    case 'pointer':
      return [flag, '/status'];
    case 'headers':
      return [flag, 'X-Test: 1'];
    default:
      return [flag, spec.choices?.[0] ?? 'x.example'];
  }
}

describe('the other commands with only flags, read without yargs', () => {
  const others = Object.keys(COMMANDS).filter((name) => name !== 'serve');

  it('give the handler what yargs gives it for each line they read', async () => {
    let compared = 0;
    for (const name of others) {
      const command = await COMMANDS[name]!();
      const tables = flagTablesOf(command);
      if (!tables) continue;
      const specs = flagsOf(tables);
      const required = specs.filter((s) => s.required).flatMap(sample);
      const lines = [
        required,
        specs.flatMap(sample),
        ...specs.map((s) => [...required, ...sample(s)]),
        ...specs.map((s) => [...required, `--${s.flag!}`]),
        [...required, '--help'],
        [...required, '--no-such-flag', '1'],
        [...required, 'extra'],
        [],
      ];
      for (const line of lines) {
        const plain = plainFlags(line, tables);
        if (plain === undefined) continue; // yargs reads it, refusal or not
        // Where plainFlags reads a line, yargs reads the same values and refuses nothing.
        expect(await throughYargs(line, command), `${name} ${line.join(' ')}`).toEqual({
          values: plain,
        });
        compared++;
      }
    }
    // verify, verify-client, receiver and demo each read several lines themselves.
    expect(compared).toBeGreaterThan(20);
  });
});
