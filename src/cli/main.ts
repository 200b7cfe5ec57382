#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { keepGoingWhenReaderLeaves } from './closed-output.js';
import { NO_COMMAND, usageErrorHandler } from './usage-error.js';

// The CLI only parses and prints; each command module calls the library.
const argv = hideBin(process.argv);
const declared = commands.map((c) => String(c.command));
const cli = yargs(argv)
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
  .fail(usageErrorHandler(declared, argv));

// A closed pipe (`probo-mock verify | head`) ends the output, not the command: it exits with its
// result's code.
keepGoingWhenReaderLeaves(process.stdout);
keepGoingWhenReaderLeaves(process.stderr);

// Each command declares its flags from an option table (flags.ts), which checks them.
for (const command of commands) cli.command(command);

await cli.parseAsync();
