import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const validateCommand: CommandModule = {
  command: 'validate',
  describe: 'validate (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock validate: not built yet\n');
    process.exitCode = 2;
  },
};
