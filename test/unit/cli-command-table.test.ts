import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsFor } from '../../src/cli/commands/index.js';

const nameOf = (command: { command?: unknown }): string => String(command.command).split(' ')[0]!;

describe('the CLI command table', () => {
  it('names each command module by the first word of the command it declares', async () => {
    for (const [name, load] of Object.entries(COMMANDS)) expect(nameOf(await load())).toBe(name);
  });

  it('loads only the named command when the first argument names one', async () => {
    expect((await commandsFor(['serve', '--port', '0'])).map(nameOf)).toEqual(['serve']);
    expect((await commandsFor(['validate', 'x.json'])).map(nameOf)).toEqual(['validate']);
  });

  it('loads every command for --help, no command, a typo or an option first', async () => {
    const all = Object.keys(COMMANDS);
    for (const argv of [[], ['--help'], ['serv'], ['--quiet', 'serve'], ['constructor']])
      expect((await commandsFor(argv)).map(nameOf), argv.join(' ')).toEqual(all);
  });
});
