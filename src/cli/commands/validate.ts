import type { Argv, CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DOCUMENT_KINDS, type DocumentKind } from '../../contract/index.js';
import type { OptionSpec } from '../../shared/option-spec.js';
import { declareFlags } from '../flags.js';
import { expandInputs, judgedAs, validateFile } from '../format/validate-files.js';

interface ValidateArgs {
  files: string[];
  kind: DocumentKind | undefined;
  strict: boolean;
}

/**
 * The inputs in command-line order. yargs drops a lone `-` from a variadic positional (it
 * re-parses positionals as `--files -`), so stdin is recovered from the raw arguments.
 */
function inputsInOrder(
  files: readonly string[],
  raw: readonly string[] = hideBin(process.argv),
): string[] {
  const start = raw.indexOf('validate');
  if (start < 0 || !raw.includes('-') || files.includes('-')) return [...files];
  const named = new Set(files);
  const out: string[] = [];
  for (let i = start + 1; i < raw.length; i++) {
    const token = raw[i]!;
    if (token === '--') break;
    if (token === '--kind') i++;
    else if (token === '-' || named.has(token)) out.push(token);
  }
  return out;
}

/**
 * `probo-mock validate INPUT… [--kind callback|order]`: exit 0 valid, 1 invalid, 2 unreadable.
 * An input is a file (a body, a JSON array of bodies, or NDJSON), a folder, a glob, or `-`.
 */
export const VALIDATE_FLAGS = {
  kind: {
    flag: 'kind',
    kind: 'string',
    choices: DOCUMENT_KINDS,
    help: 'Validate as this kind; default: a body with "status" is a callback, one with "products" or "deliveries" an order',
  },
  strict: {
    flag: 'strict',
    kind: 'boolean',
    default: false,
    help: 'Exit 1 on a near-miss warning too (callback_url, singular; a status like "cancelled")',
  },
} as const satisfies Record<string, OptionSpec>;

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <files..>',
  describe:
    'Validate bodies against the callback and order schemas: files (a body, a JSON array of bodies, or NDJSON), folders (recursive), globs, or - for stdin',
  builder: (yargs) =>
    declareFlags(
      yargs.positional('files', {
        // '-' is recovered by inputsInOrder (see there).
        type: 'string',
        array: true,
        demandOption: true,
        describe:
          'JSON or NDJSON files, folders (their *.json, *.ndjson, *.jsonl, recursively), quoted globs; - reads stdin',
      }),
      VALIDATE_FLAGS,
    )
      .example('$0 validate fixtures/callbacks/*.json', 'check callback bodies')
      .example('$0 validate fixtures/', 'every JSON file under a folder')
      .example("$0 validate 'captured/**/*.ndjson'", 'a glob: quoted, the CLI expands it')
      .example(
        'curl -s … | $0 validate - --kind order',
        'check an order post from stdin',
      ) as unknown as Argv<ValidateArgs>,
  handler: async (args) => {
    let invalid = false;
    let unusable = false;
    let warned = false;
    for (const input of await expandInputs(inputsInOrder(args.files.map(String)))) {
      const outcomes = 'error' in input ? [input] : await validateFile(input.file, args.kind);
      for (const outcome of outcomes) {
        if ('error' in outcome) {
          unusable = true;
          process.stderr.write(`${outcome.file}: ${outcome.error}\n`);
          continue;
        }
        const { result } = outcome;
        // Near-misses, in the words serve uses for them: the body may be valid all the same.
        for (const w of result.warnings ?? []) {
          warned = true;
          process.stdout.write(`${outcome.file}: warning: ${w.pointer}: ${w.message}\n`);
        }
        if (result.valid) {
          process.stdout.write(`${outcome.file}: valid ${judgedAs(result)}\n`);
          continue;
        }
        invalid = true;
        const as = result.as ? ` (as ${judgedAs(result)})` : '';
        for (const d of result.diagnostics) {
          process.stdout.write(`${outcome.file}: ${d.pointer || '(root)'}: ${d.message}${as}\n`);
        }
      }
    }
    process.exitCode = unusable ? 2 : invalid || (warned && args.strict) ? 1 : 0;
  },
};
