import yargs from 'yargs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { flagTablesOf } from '../../src/cli/commands/index.js';
import { serveCommand } from '../../src/cli/commands/serve.js';
import { plainFlags } from '../../src/cli/plain-flags.js';

const TABLES = flagTablesOf(serveCommand)!;
const FLAGS = TABLES.flatMap((t) => Object.values(t).flatMap((s) => (s.flag ? [s.flag] : [])));

/**
 * What the real CLI's yargs gives serve's handler for these arguments (main.ts's parser
 * settings), or the refusal it makes.
 */
async function throughYargs(
  args: string[],
): Promise<{ values: Record<string, unknown> } | { refused: string }> {
  let values: Record<string, unknown> | undefined;
  let refused: string | undefined;
  await yargs(['serve', ...args])
    .parserConfiguration({ 'parse-numbers': false })
    .strict()
    .exitProcess(false)
    .help()
    .version(false)
    .command({
      ...serveCommand,
      handler: (argv: Record<string, unknown>) => {
        values = Object.fromEntries(FLAGS.filter((f) => f in argv).map((f) => [f, argv[f]]));
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
