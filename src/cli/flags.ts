import type { Argv, Options } from 'yargs';
import { parseFlagValue, takesMany } from '../shared/option-spec.js';
import type { OptionSpec, OptionTable } from '../shared/option-spec.js';

/**
 * Declares the flags of an option table on a command: the one way a command gets flags. Each
 * value flag takes exactly one value (a missing one is refused, a second one too, unless it is a
 * list), checked by the table with a message that names the flag and quotes what was typed.
 * A flag the library also takes gets no yargs default: left untyped it stays undefined, so the
 * library applies its own default (shown in --help from the table). A flag only the CLI reads
 * (no `name`) gets its default here.
 */
export function declareFlags<T>(yargs: Argv<T>, table: OptionTable): Argv<T> {
  for (const spec of Object.values(table)) {
    if (spec.flag !== undefined) yargs.option(spec.flag, flagOptions(spec));
  }
  return yargs;
}

function flagOptions(spec: OptionSpec): Options {
  const options: Options = { describe: spec.help };
  const shown =
    spec.defaultText ?? (spec.default === undefined ? undefined : JSON.stringify(spec.default));
  if (shown !== undefined && spec.kind !== 'boolean') options.defaultDescription = shown;
  if (spec.name === undefined && spec.default !== undefined) options.default = spec.default;
  if (spec.required) options.demandOption = true;
  if (spec.kind === 'boolean') {
    options.type = 'boolean';
    return options;
  }
  // Numbers are read as text (main.ts turns parse-numbers off) so that a bad one can be quoted;
  // no yargs type, so --help does not call them strings.
  if (spec.kind !== 'integer' && spec.kind !== 'port') options.type = 'string';
  options.requiresArg = true;
  if (takesMany(spec)) options.array = true;
  if (spec.choices) options.choices = [...spec.choices];
  options.coerce = (raw: unknown) => parseFlagValue(spec, raw);
  return options;
}

/** The library's options from the flags that were typed: `{ stepDelayMs: 20 }` for `--step-delay 20`. */
export function libraryOptions(
  args: Readonly<Record<string, unknown>>,
  table: OptionTable,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of Object.values(table)) {
    if (spec.name === undefined || spec.flag === undefined) continue;
    const value = args[spec.flag];
    if (value !== undefined) out[spec.name] = value;
  }
  return out;
}
