import type { Argv, CommandModule, Options } from 'yargs';
import { FlagError, parseFlagValue } from '../shared/option-spec.js';
import type { OptionSpec, OptionTable } from '../shared/option-spec.js';

/** Keys each command declared from an option table (they are checked by the table). */
const fromTable = new WeakMap<object, Set<string>>();

/**
 * Declares the flags of an option table on a command: each value flag takes exactly one value
 * (a missing one is refused, a second one too, unless it is a list), checked by the table with
 * a message that names the flag and quotes what was typed. No yargs default is set: a flag not
 * typed stays undefined, so the library applies its own default (shown in --help from the table).
 */
export function declareFlags<T>(yargs: Argv<T>, table: OptionTable): Argv<T> {
  const keys = fromTable.get(yargs) ?? new Set<string>();
  fromTable.set(yargs, keys);
  for (const spec of Object.values(table)) {
    if (spec.flag === undefined) continue;
    keys.add(spec.flag);
    yargs.option(spec.flag, flagOptions(spec));
  }
  return yargs;
}

function flagOptions(spec: OptionSpec): Options {
  const options: Options = { describe: spec.help };
  const shown =
    spec.defaultText ?? (spec.default === undefined ? undefined : JSON.stringify(spec.default));
  if (shown !== undefined && spec.kind !== 'boolean') options.defaultDescription = shown;
  if (spec.required) options.demandOption = true;
  if (spec.kind === 'boolean') {
    options.type = 'boolean';
    return options;
  }
  // Numbers are read as text (main.ts turns parse-numbers off) so that a bad one can be quoted;
  // no yargs type, so --help does not call them strings.
  if (spec.kind === 'string' || spec.kind === 'strings' || spec.kind === 'headers')
    options.type = 'string';
  options.requiresArg = true;
  if (spec.kind === 'strings' || spec.kind === 'headers') options.array = true;
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

/** Positional names of a command string: `trigger <scenario>` → scenario. */
function positionals(command: string | readonly string[] | undefined): Set<string> {
  const text = Array.isArray(command) ? command.join(' ') : String(command ?? '');
  return new Set([...text.matchAll(/[<[]([\w-]+)(?:\.\.)?[>\]]/g)].map((m) => m[1] as string));
}

const BUILT_IN = new Set(['help', 'version', '$0', '_']);

/** What yargs's `getOptions()` (untyped in @types/yargs) tells of the declared options. */
interface DeclaredOptions {
  key: Record<string, unknown>;
  boolean: string[];
  array: string[];
  number: string[];
  count: string[];
  narg: Record<string, number>;
}

/**
 * The same rules for the flags a command declared by hand (not from a table): a value flag
 * refuses a missing value and a second one (unless it is an array), and a number flag refuses
 * what is not a whole number of 0 or more, quoting the input. Applied to every command by
 * `strictFlags`, so a command gets them by declaring its options as usual.
 */
export function hardenFlags<T>(yargs: Argv<T>, command: CommandModule['command']): Argv<T> {
  const declared = (yargs as unknown as { getOptions(): DeclaredOptions }).getOptions();
  const skip = new Set([...BUILT_IN, ...positionals(command), ...(fromTable.get(yargs) ?? [])]);
  const booleans = new Set<string>(declared.boolean);
  const arrays = new Set<string>(declared.array);
  const numbers = new Set<string>(declared.number);
  for (const key of Object.keys(declared.key)) {
    if (skip.has(key) || booleans.has(key) || declared.count.includes(key)) continue;
    if (!(key in declared.narg)) yargs.requiresArg(key);
    if (numbers.has(key)) {
      yargs.string(key); // the raw text, so that a bad value can be quoted (yargs would say NaN)
      yargs.coerce(key, (raw: unknown) => wholeNumber(key, raw, arrays.has(key)));
    } else if (!arrays.has(key)) {
      yargs.coerce(key, (raw: unknown) => once(key, raw));
    }
  }
  return yargs;
}

function once(key: string, raw: unknown): unknown {
  if (Array.isArray(raw)) {
    throw new FlagError(
      `--${key} was given ${raw.length} times (${raw.map((r) => JSON.stringify(String(r))).join(', ')}); give it once`,
    );
  }
  if (raw === '') throw new FlagError(`--${key} needs a value`);
  return raw;
}

function wholeNumber(key: string, raw: unknown, array: boolean): unknown {
  if (typeof raw === 'number') return raw; // a default the command declared
  if (array && Array.isArray(raw)) return raw.map((r) => wholeNumber(key, r, false));
  const text = String(once(key, raw));
  if (!/^\+?\d+$/.test(text.trim())) {
    throw new FlagError(
      `--${key} must be a whole number of 0 or more (got ${JSON.stringify(text)})`,
    );
  }
  return Number(text);
}

/** A command whose builder ends with `hardenFlags`: what main.ts does to every command. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function strictFlags(command: CommandModule<any, any>): CommandModule<any, any> {
  const { builder } = command;
  return {
    ...command,
    builder: (yargs: Argv) => {
      const built = typeof builder === 'function' ? builder(yargs) : yargs.options(builder ?? {});
      return hardenFlags(built as Argv, command.command);
    },
  };
}
