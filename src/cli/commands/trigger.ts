import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const triggerCommand: CommandModule = {
  command: 'trigger',
  describe: 'trigger (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock trigger: not built yet\n');
    process.exitCode = 2;
  },
};
