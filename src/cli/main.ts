#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { usageError } from './usage-error.js';

// The CLI only parses and prints; each command module calls the library.
const cli = yargs(hideBin(process.argv))
  .scriptName('probo-mock')
  .usage(
    '$0 <command> [options]\n\nMock Probo API and conformance suite for order-status callbacks.',
  )
  .strict()
  .demandCommand(1, 'Name a command; see the list above.')
  .recommendCommands()
  .help()
  .alias('h', 'help')
  .version()
  .wrap(Math.min(110, process.stdout.columns || 100))
  .fail(usageError);

// A closed pipe (`probo-mock demo | head`) ends the output quietly, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

for (const command of commands) cli.command(command);

await cli.parseAsync();
