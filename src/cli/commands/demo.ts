import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const demoCommand: CommandModule = {
  command: 'demo',
  describe: 'demo (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock demo: not built yet\n');
    process.exitCode = 2;
  },
};
