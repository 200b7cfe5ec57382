import type { Argv, CommandModule } from 'yargs';
import type { OptionSpec } from '../../shared/option-spec.js';
import { prepareOutDir } from '../../shared/out-path.js';
import { declareFlags } from '../flags.js';

export const DOCS_FLAGS = {
  out: {
    flag: 'out',
    kind: 'string',
    required: true,
    help: 'Folder to write the site into (created if missing)',
  },
} as const satisfies Record<string, OptionSpec>;

interface DocsArgs {
  out: string;
}

/** `probo-mock docs --out DIR`: the static docs site, readable straight from disk. */
export const docsCommand: CommandModule<object, DocsArgs> = {
  command: 'docs',
  describe: 'Write the static docs site (messages, order API, lifecycle, scenarios)',
  builder: (yargs) =>
    declareFlags(yargs, DOCS_FLAGS).example(
      '$0 docs --out site',
      'then open site/index.html in a browser',
    ) as unknown as Argv<DocsArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the docs builder.
    const { writeSite } = await import('../../docs/index.js');
    const cannot = (error: Error): never => {
      throw new Error(`cannot write the docs site to ${args.out}: ${error.message}`, {
        cause: error,
      });
    };
    await prepareOutDir(args.out).catch(cannot); // fails fast, before building anything
    const { dir, files } = await writeSite(args.out).catch(cannot);
    process.stdout.write(`wrote ${files} files to ${dir}\nopen ${dir}/index.html\n`);
  },
};
