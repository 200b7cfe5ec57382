import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandModule } from 'yargs';

interface OpenApiArgs {
  out?: string;
}

/** `probo-mock openapi [--out FILE]`: the OpenAPI 3.1 document, on stdout unless --out. */
export const openapiCommand: CommandModule<object, OpenApiArgs> = {
  command: 'openapi',
  describe: 'Write the OpenAPI 3.1 document (order endpoints, callbacks as webhooks)',
  builder: (yargs) =>
    yargs
      .option('out', {
        type: 'string',
        requiresArg: true,
        describe: 'File to write; without it the document goes to stdout',
      })
      .example('$0 openapi --out probo.openapi.json', 'for Prism, Redoc or Microcks') as never,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the docs builder.
    const { buildOpenApi } = await import('../../docs/index.js');
    const text = `${JSON.stringify(await buildOpenApi(), null, 2)}\n`;
    if (args.out === undefined) {
      // A reader that stops early (`| head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      process.stdout.write(text);
      return;
    }
    const file = resolve(args.out);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (error) {
      throw new Error(`cannot write ${args.out}: ${(error as Error).message}`, { cause: error });
    }
    process.stderr.write(`wrote ${file}\n`);
  },
};
