import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const serveCommand: CommandModule = {
  command: 'serve',
  describe: 'serve (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock serve: not built yet\n');
    process.exitCode = 2;
  },
};
