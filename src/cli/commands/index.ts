import type { CommandModule } from 'yargs';
import type { OptionTable } from '../../shared/option-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Command = CommandModule<any, any>;

/**
 * The option tables a command's builder declares, when it has no positional arguments and
 * nothing else (`serveCommand.flagTables`): main.ts can then run it without yargs
 * (plain-flags.ts).
 */
export const flagTablesOf = (command: Command): readonly OptionTable[] | undefined =>
  (command as { flagTables?: readonly OptionTable[] }).flagTables;

/**
 * Every command by name, each module loaded on demand: `probo-mock serve` loads only serve.ts
 * (loading all of them cost a cold start about 65 ms of CPU). The name is the first word
 * of the module's `command`.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  demo: async () => (await import('./demo.js')).demoCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  trigger: async () => (await import('./trigger.js')).triggerCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  'verify-client': async () => (await import('./verify-client.js')).verifyClientCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  receiver: async () => (await import('./receiver.js')).receiverCommand,
  scenarios: async () => (await import('./scenarios.js')).scenariosCommand,
  docs: async () => (await import('./docs.js')).docsCommand,
  openapi: async () => (await import('./openapi.js')).openapiCommand,
};

/**
 * The commands yargs needs for these arguments: only the named one when the first argument names
 * a command, else all of them (`--help`, a typo yargs suggests a command for, no command).
 */
export async function commandsFor(args: readonly string[]): Promise<Command[]> {
  const first = args[0];
  const one = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  return one ? [await one()] : Promise.all(Object.values(COMMANDS).map((load) => load()));
}
