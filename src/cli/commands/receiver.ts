import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const receiverCommand: CommandModule = {
  command: 'receiver',
  describe: 'receiver (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock receiver: not built yet\n');
    process.exitCode = 2;
  },
};
