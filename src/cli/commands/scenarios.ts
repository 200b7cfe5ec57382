import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const scenariosCommand: CommandModule = {
  command: 'scenarios',
  describe: 'scenarios (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock scenarios: not built yet\n');
    process.exitCode = 2;
  },
};
