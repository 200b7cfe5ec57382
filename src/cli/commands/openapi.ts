import type { CommandModule } from 'yargs';

// Placeholder until the issue that builds this command lands.
export const openapiCommand: CommandModule = {
  command: 'openapi',
  describe: 'openapi (not built yet)',
  handler: () => {
    process.stderr.write('probo-mock openapi: not built yet\n');
    process.exitCode = 2;
  },
};
