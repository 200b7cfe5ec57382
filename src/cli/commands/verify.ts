import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const verifyCommand: CommandModule = {
  command: 'verify',
  describe: 'verify (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock verify: not built yet\n');
    process.exitCode = 2;
  },
};
