import type { Argv } from 'yargs';

/** Bad usage: the message and a pointer to --help, exit code 2, never a stack trace. */
export function usageError(message: string | null, error: Error | null, _argv: Argv): void {
  if (error && !message) {
    // A command's handler threw: an unexpected failure, reported in one line.
    process.stderr.write(`probo-mock: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `probo-mock: ${message ?? 'bad usage'}\nRun "probo-mock --help" for usage.\n`,
  );
  process.exit(2);
}
