import { writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import type { OptionSpec } from '../../shared/option-spec.js';
import { prepareOutFile } from '../../shared/out-path.js';
import { declareFlags } from '../flags.js';

export const OPENAPI_FLAGS = {
  out: {
    flag: 'out',
    kind: 'string',
    help: 'File to write; without it the document goes to stdout',
  },
} as const satisfies Record<string, OptionSpec>;

interface OpenApiArgs {
  out?: string;
}

/** `probo-mock openapi [--out FILE]`: the OpenAPI 3.1 document, on stdout unless --out. */
export const openapiCommand: CommandModule<object, OpenApiArgs> = {
  command: 'openapi',
  describe: 'Write the OpenAPI 3.1 document (order endpoints, callbacks as webhooks)',
  builder: (yargs) =>
    declareFlags(yargs, OPENAPI_FLAGS).example(
      '$0 openapi --out probo.openapi.json',
      'for Prism, Redoc or Microcks',
    ) as unknown as Argv<OpenApiArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the docs builder.
    const { buildOpenApi } = await import('../../docs/index.js');
    const out = args.out;
    const file =
      out === undefined
        ? undefined
        : await prepareOutFile(out).catch((error: Error) => {
            throw new Error(`cannot write ${out}: ${error.message}`, { cause: error });
          });
    const text = `${JSON.stringify(await buildOpenApi(), null, 2)}\n`;
    if (file === undefined) {
      // A reader that stops early (`| head`) is not an error (main.ts).
      process.stdout.write(text);
      return;
    }
    try {
      await writeFile(file, text);
    } catch (error) {
      throw new Error(`cannot write ${args.out}: ${(error as Error).message}`, { cause: error });
    }
    process.stderr.write(`wrote ${file}\n`);
  },
};
