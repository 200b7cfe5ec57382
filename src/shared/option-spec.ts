import { isHeaderName, parseHeaderLines } from './header-lines.js';

/**
 * One declaration per option: its library name, its CLI flag, its type, default, range and help.
 * The library checks its options object with it (errors name the library option) and the CLI
 * declares and checks its flags with it (errors name the flag and quote what was typed).
 */
export type OptionKind = 'integer' | 'port' | 'string' | 'boolean' | 'strings' | 'headers';

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
  /** `strings`: what each item must match, and how the rule reads ("host names (e.g. …)"). */
  items?: { pattern: RegExp; are: string };
  /** One line for `--help` and the docs. */
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** The JavaScript type of an option's value. */
export type OptionValue<S extends OptionSpec> = S['kind'] extends 'integer' | 'port'
  ? number
  : S['kind'] extends 'string'
    ? string
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
      return spec.choices
        ? `one of ${spec.choices.map((c) => JSON.stringify(c)).join(', ')}`
        : 'a non-empty string';
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
        (spec.choices === undefined || spec.choices.includes(value))
      );
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
 * default when absent. One TypeError lists every bad option by its library name.
 */
export function resolveOptions<T extends OptionTable>(table: T, input: object): ResolvedOptions<T> {
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
  if (problems.length > 0) throw new TypeError(`bad options: ${problems.join('; ')}`);
  return out as ResolvedOptions<T>;
}

/** A flag's value as typed, refused with a message that names the flag and quotes the input. */
export class FlagError extends Error {
  override readonly name = 'FlagError';
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
    const items = (Array.isArray(raw) ? raw : [raw]).map(String);
    if (items.some((item) => item === '')) throw new FlagError(`${flag} needs a value`);
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
  if (spec.kind === 'string') {
    if (!keepsRule(spec, text))
      throw new FlagError(optionProblem(flag, spec, JSON.stringify(text)));
    return text;
  }
  const value = /^[+-]?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!keepsRule(spec, value)) throw new FlagError(optionProblem(flag, spec, JSON.stringify(text)));
  return value;
}
