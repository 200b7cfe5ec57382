#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { strictFlags } from './flags.js';
import { NO_COMMAND, usageError } from './usage-error.js';

// The CLI only parses and prints; each command module calls the library.
const cli = yargs(hideBin(process.argv))
  .scriptName('probo-mock')
  .usage(
    '$0 <command> [options]\n\nMock Probo API and conformance suite for order-status callbacks.',
  )
  // Flag values stay text until an option table or flags.ts checks them (and quotes a bad one).
  .parserConfiguration({ 'parse-numbers': false })
  .strict()
  .demandCommand(1, NO_COMMAND)
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

// Every command's flags refuse a missing value, a second value and a bad number (flags.ts).
for (const command of commands) cli.command(strictFlags(command));

await cli.parseAsync();
