import { parseFlagValue, takesMany } from '../shared/option-spec.js';
import type { OptionTable } from '../shared/option-spec.js';

/**
 * A command's flags read without yargs, for the common case only: after the command's name,
 * nothing but its own flags, each once (a list flag as often as it likes), as `--flag value`,
 * `--flag=value` or a bare boolean `--flag`, every value passing its table's check. The values
 * are what yargs gives the handler for them (the same `parseFlagValue`, the same defaults of the
 * CLI's own flags).
 *
 * Anything else returns undefined and yargs parses the line: `--help`, `--version`, a
 * positional word, an unknown, misspelt, repeated or negated flag, a missing value, a value
 * starting with `-`, a value its check refuses. So every refusal and every help text still
 * comes from yargs and usage-error.ts, word for word; this path only skips loading yargs
 * (about 150 ms of CPU, with its help formatting) when there is nothing to refuse.
 */
export function plainFlags(
  args: readonly string[],
  tables: readonly OptionTable[],
): Record<string, unknown> | undefined {
  const specs = new Map(
    tables.flatMap((table) =>
      Object.values(table).flatMap((spec) => (spec.flag === undefined ? [] : [[spec.flag, spec]])),
    ),
  );
  const raw = new Map<string, string[] | true>();
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    if (!token.startsWith('--') || token === '--') return undefined;
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    const spec = specs.get(name);
    if (spec === undefined || (raw.has(name) && !takesMany(spec))) return undefined;
    if (spec.kind === 'boolean') {
      // `--quiet=false` is yargs's to read (and `--quiet true` stops at the word `true`).
      if (eq >= 0) return undefined;
      raw.set(name, true);
      continue;
    }
    const value = eq >= 0 ? token.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    raw.set(name, [...((raw.get(name) as string[] | undefined) ?? []), value]);
  }
  const out: Record<string, unknown> = {};
  for (const [flag, spec] of specs) {
    const given = raw.get(flag);
    if (given === undefined) {
      if (spec.required) return undefined;
      // As flags.ts declares them: only a flag the library does not take has a CLI default.
      if (spec.name === undefined && spec.default !== undefined) out[flag] = spec.default;
      continue;
    }
    try {
      // A list flag given once is still a list, as yargs's `array` makes it.
      out[flag] = parseFlagValue(spec, given === true || takesMany(spec) ? given : given[0]);
    } catch {
      return undefined; // yargs refuses it, in the words of every other refusal
    }
  }
  return out;
}
