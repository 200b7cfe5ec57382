import type { Argv } from 'yargs';

/** What `probo-mock` alone says, after the list of commands. */
export const NO_COMMAND = 'name a command (listed above)';

/** yargs's words for a flag typed without its value, as ours: `--port needs a value`. */
function plain(message: string): string {
  return message.replace(
    /^Not enough arguments following: (\S+)$/,
    (_whole, key: string) => `--${key} needs a value`,
  );
}

/** Bad usage: the message and a pointer to --help, exit code 2, never a stack trace. */
export function usageError(message: string | null, error: Error | null, yargs: Argv): void {
  if (error && !message) {
    // A command's handler threw: an unexpected failure, reported in one line.
    process.stderr.write(`probo-mock: ${error.message}\n`);
    process.exit(2);
  }
  if (message === NO_COMMAND) {
    yargs.showHelp((text: string) => process.stderr.write(`${text}\n\n`));
  }
  process.stderr.write(
    `probo-mock: ${plain(message ?? 'bad usage')}\nRun "probo-mock --help" for usage.\n`,
  );
  process.exit(2);
}
