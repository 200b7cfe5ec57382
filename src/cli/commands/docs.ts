import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const docsCommand: CommandModule = {
  command: 'docs',
  describe: 'docs (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock docs: not built yet\n');
    process.exitCode = 2;
  },
};
