import yargs from 'yargs';
import type { Command } from './commands/index.js';
import { NO_COMMAND, usageErrorHandler } from './usage-error.js';
import { ownVersion } from './own-version.js';

/**
 * The whole command line through yargs: help, version, suggestions and every usage error.
 * `commands` are those the arguments need (commands/index.ts).
 */
export async function runWithYargs(argv: readonly string[], commands: Command[]): Promise<void> {
  const declared = commands.map((c) => String(c.command));
  const cli = yargs([...argv])
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
    .version(ownVersion())
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail(usageErrorHandler(declared, argv));

  // Each command declares its flags from an option table (flags.ts), which checks them.
  for (const command of commands) cli.command(command);
  skipHelpCache(cli);

  await cli.parseAsync();
}

/**
 * yargs formats a command's whole help text when it starts the command's handler, in case an
 * error shown later wants it (about 90 ms of CPU in `serve`'s cold start). Ours never shows help
 * once a handler has started (usage-error.ts prints one line), so that step does nothing here.
 */
function skipHelpCache(instance: object): void {
  const internal = instance as {
    getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  };
  const usage = internal.getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
