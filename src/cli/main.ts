#!/usr/bin/env node
import { commandsFor, flagTablesOf } from './commands/index.js';
import { keepGoingWhenReaderLeaves } from './closed-output.js';
import { plainFlags } from './plain-flags.js';
import { usageErrorHandler } from './usage-error.js';

// The CLI only parses and prints; each command module calls the library.
const argv = process.argv.slice(2);
// Only the named command's module when the first argument names one (a cold start loads no other).
const commands = await commandsFor(argv);

// A closed pipe (`probo-mock verify | head`) ends the output, not the command: it exits with its
// result's code.
keepGoingWhenReaderLeaves(process.stdout);
keepGoingWhenReaderLeaves(process.stderr);

// `serve --port 0 --quiet`: nothing to refuse or explain, so the command runs without loading
// yargs (plain-flags.ts); anything else, help and every usage error, goes through yargs.
const only = commands.length === 1 ? commands[0] : undefined;
const tables = only && flagTablesOf(only);
const flags = tables && plainFlags(argv.slice(1), tables);
if (only?.handler && flags) {
  try {
    await only.handler({ _: [argv[0]], $0: 'probo-mock', ...flags });
  } catch (error) {
    // As yargs reports a handler's failure: one line, exit code 2.
    usageErrorHandler([String(only.command)], argv)(null, error as Error, undefined);
  }
} else {
  const { runWithYargs } = await import('./yargs-cli.js');
  await runWithYargs(argv, commands);
}
