import { isHeaderName, parseHeaderLines } from './header-lines.js';

/**
 * One declaration per option, for every command: its library name, its CLI flag, its type,
 * default, range and help. The library checks its options object with it (`resolveOptions`:
 * errors name the library option) and the CLI declares and checks its flags with it
 * (`declareFlags` in src/cli/flags.ts: errors name the flag and quote what was typed), so every
 * command refuses a bad value in the same words.
 *
 * Kinds: `integer` (whole numbers in `min`..`max`), `port`, `string` (non-empty; `choices` or
 * `items` narrow it), `url` (http:// or https://; `template` names a placeholder it must hold),
 * `pointer` (an RFC 6901 JSON pointer), `boolean`, `strings` (a list; the flag repeats, and with
 * `comma` also splits at commas), `headers` (repeated `"Name: value"` lines, a map).
 */
export type OptionKind =
  'integer' | 'port' | 'string' | 'url' | 'pointer' | 'boolean' | 'strings' | 'headers';

export interface OptionSpec {
  /** The name in the library's options object; absent for a flag the library does not take. */
  name?: string;
  /** The CLI flag, without its dashes; absent for an option only the library takes. */
  flag?: string;
  kind: OptionKind;
  /** Must be given (the library refuses its absence, the CLI demands the flag). */
  required?: boolean;
  /** Applied by the library when the option is absent (the CLI passes only what was typed). */
  default?: number | string | boolean;
  /** Shown as the default in `--help` when it is not the plain value (e.g. "any free port"). */
  defaultText?: string;
  /** Integers: the smallest accepted (default 0). */
  min?: number;
  /** Integers: the largest accepted. */
  max?: number;
  /** `string`: the only values accepted. */
  choices?: readonly string[];
  /**
   * `string`, `strings`: what the value (each item) must match, and how the rule reads after
   * "be" for a string or "a list of" for a list ("host names (e.g. …)").
   */
  items?: { pattern: RegExp; are: string };
  /** `url`: a placeholder the URL must contain (`{id}`); the URL is checked with it filled in. */
  template?: string;
  /** `strings`: the flag also takes comma-separated items (`--only a,b`). */
  comma?: true;
  /** A file the command writes (a report): the CLI checks it can be written before it starts. */
  writes?: true;
  /** One line for `--help` and the docs. */
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** The JavaScript type of an option's value. */
export type OptionValue<S extends OptionSpec> = S['kind'] extends 'integer' | 'port'
  ? number
  : S['kind'] extends 'string' | 'url' | 'pointer'
    ? S extends { choices: readonly (infer C extends string)[] }
      ? C
      : string
    : S['kind'] extends 'boolean'
      ? boolean
      : S['kind'] extends 'headers'
        ? Record<string, string>
        : string[];

/** The options a table resolves to, by library name: defaulted and required ones always set. */
export type ResolvedOptions<T extends OptionTable> = {
  [K in keyof T as T[K] extends { name: string } ? T[K]['name'] : never]: T[K] extends {
    required: true;
  }
    ? OptionValue<T[K]>
    : undefined extends T[K]['default']
      ? OptionValue<T[K]> | undefined
      : OptionValue<T[K]>;
};

/** What a value must do, as it reads after "must": `be an integer of 0 or more`. */
export function ruleOf(spec: OptionSpec): string {
  if (spec.kind === 'headers')
    return 'map header names to one-line string values (e.g. {"X-Security-Header": "s3cret"})';
  return `be ${beRule(spec)}`;
}

function beRule(spec: OptionSpec): string {
  switch (spec.kind) {
    case 'port':
      return 'a port number 0–65535';
    case 'integer': {
      const min = spec.min ?? 0;
      return spec.max === undefined
        ? `an integer of ${min} or more`
        : `an integer from ${min} to ${spec.max}`;
    }
    case 'string':
      if (spec.choices) return `one of ${spec.choices.map((c) => JSON.stringify(c)).join(', ')}`;
      return spec.items ? spec.items.are : 'a non-empty string';
    case 'url':
      return spec.template === undefined
        ? 'an http:// or https:// URL'
        : `an http:// or https:// URL with ${spec.template} in it`;
    case 'pointer':
      return 'a JSON pointer ("" or starting with "/", e.g. /status)';
    case 'boolean':
      return 'a boolean';
    case 'strings':
      return spec.items ? `a list of ${spec.items.are}` : 'a list of non-empty strings';
    case 'headers':
      return 'a map of header names to one-line values';
  }
}

/** True when `value` (already of JavaScript type) keeps the option's rule. */
export function keepsRule(spec: OptionSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'port':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535;
    case 'integer':
      return (
        Number.isInteger(value) &&
        (value as number) >= (spec.min ?? 0) &&
        (spec.max === undefined || (value as number) <= spec.max)
      );
    case 'string':
      return (
        typeof value === 'string' &&
        value.length > 0 &&
        (spec.choices === undefined || spec.choices.includes(value)) &&
        (spec.items === undefined || spec.items.pattern.test(value))
      );
    case 'url':
      return (
        typeof value === 'string' &&
        (spec.template === undefined || value.includes(spec.template)) &&
        isHttpUrl(spec.template === undefined ? value : value.replaceAll(spec.template, 'x'))
      );
    case 'pointer':
      return typeof value === 'string' && (value === '' || value.startsWith('/'));
    case 'boolean':
      return typeof value === 'boolean';
    case 'headers':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([name, v]) => isHeaderName(name) && typeof v === 'string' && !/[\r\n]/.test(v),
        )
      );
    case 'strings':
      return (
        Array.isArray(value) &&
        value.every(
          (item) =>
            typeof item === 'string' &&
            item.length > 0 &&
            (spec.items === undefined || spec.items.pattern.test(item)),
        )
      );
  }
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `retries must be an integer of 0 or more (got -1)`: `label` is the option or the flag. */
export function optionProblem(label: string, spec: OptionSpec, shown: string): string {
  return `${label} must ${ruleOf(spec)} (got ${shown})`;
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * The library's check: every option of `table` that has a library name, from `input`, with its
 * default when absent. One error lists every bad option by its library name: a TypeError, or
 * what `refuse` makes of the message (verify's ConformanceUsageError).
 */
export function resolveOptions<T extends OptionTable>(
  table: T,
  input: object,
  refuse: (message: string) => Error = (message) => new TypeError(message),
): ResolvedOptions<T> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const spec of Object.values(table)) {
    if (spec.name === undefined) continue;
    const value = (input as Record<string, unknown>)[spec.name];
    if (value === undefined) {
      if (spec.required) problems.push(`${spec.name} is required`);
      out[spec.name] = spec.default;
      continue;
    }
    if (!keepsRule(spec, value)) {
      problems.push(optionProblem(spec.name, spec, show(value)));
      out[spec.name] = spec.default;
      continue;
    }
    out[spec.name] = value;
  }
  if (problems.length > 0) throw refuse(`bad options: ${problems.join('; ')}`);
  return out as ResolvedOptions<T>;
}

/** A flag's value as typed, refused with a message that names the flag and quotes the input. */
export class FlagError extends Error {
  override readonly name = 'FlagError';
}

/** Whether a flag may be given more than once, its values read as a list (`--api-key a --api-key b`). */
export function takesMany(spec: OptionSpec): boolean {
  return spec.kind === 'strings' || spec.kind === 'headers';
}

/**
 * The CLI's check of one flag, from the raw text yargs read (a list when given more than once).
 * Returns the value of the library's type; throws a FlagError naming `--flag`.
 */
export function parseFlagValue(spec: OptionSpec, raw: unknown): unknown {
  const flag = `--${spec.flag ?? spec.name ?? '?'}`;
  if (spec.kind === 'boolean') return raw;
  if (spec.kind === 'headers') {
    const lines = (Array.isArray(raw) ? raw : [raw]).map(String);
    if (lines.includes('')) throw new FlagError(`${flag} needs a value`);
    try {
      return parseHeaderLines(lines, flag);
    } catch (error) {
      throw new FlagError((error as Error).message, { cause: error });
    }
  }
  if (spec.kind === 'strings') {
    const given = (Array.isArray(raw) ? raw : [raw]).map(String);
    if (given.some((item) => item === '')) throw new FlagError(`${flag} needs a value`);
    const items = spec.comma
      ? given.flatMap((item) => item.split(',').map((part) => part.trim())).filter(Boolean)
      : given;
    if (items.length === 0) throw new FlagError(`${flag} needs a value`);
    const bad = items.find((item) => !keepsRule(spec, [item]));
    if (bad !== undefined) throw new FlagError(optionProblem(flag, spec, JSON.stringify(bad)));
    return items;
  }
  if (Array.isArray(raw)) {
    throw new FlagError(
      `${flag} was given ${raw.length} times (${raw.map((r) => JSON.stringify(String(r))).join(', ')}); give it once`,
    );
  }
  const text = String(raw);
  if (text === '') throw new FlagError(`${flag} needs a value`);
  if (spec.kind === 'string' || spec.kind === 'url' || spec.kind === 'pointer') {
    if (!keepsRule(spec, text))
      throw new FlagError(optionProblem(flag, spec, JSON.stringify(text)));
    return text;
  }
  const value = /^[+-]?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!keepsRule(spec, value)) throw new FlagError(optionProblem(flag, spec, JSON.stringify(text)));
  return value;
}
