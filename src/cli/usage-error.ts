import { editDistance } from '../shared/edit-distance.js';

/** What `probo-mock` alone says, after the list of commands. */
export const NO_COMMAND = 'name a command (listed above)';

/** What yargs hands a fail handler: its usage printer (not the yargs instance). */
interface YargsUsage {
  showHelp(print: (text: string) => void): void;
  /** The described options of the command being run (every flag of ours has help). */
  getDescriptions(): Record<string, string | undefined>;
}

/**
 * Bad usage: the message in our words and a pointer to the command's own --help, exit code 2,
 * never a stack trace. `commands` are the commands as declared (`trigger <scenario>`), to tell
 * which one was run.
 */
export function usageErrorHandler(
  commands: readonly string[],
  argv: readonly string[],
): (message: string | null, error: Error | null, yargs: unknown) => void {
  return (message, error, yargs) => {
    // yargs hands its usage printer here, though its types call it the yargs instance.
    const usage = yargs as YargsUsage;
    if (error && !message) {
      // A command's handler threw: an unexpected failure, reported in one line.
      process.stderr.write(`probo-mock: ${error.message}\n`);
      process.exit(2);
    }
    if (message === NO_COMMAND) usage.showHelp((text) => process.stderr.write(`${text}\n\n`));
    const names = commands.map((c) => c.split(' ')[0]!);
    const index = argv.findIndex((token) => names.includes(token));
    const command = index < 0 ? undefined : commands[names.indexOf(argv[index]!)]!;
    const flags = Object.keys(usage.getDescriptions()).filter(
      (key) => key !== 'help' && key !== 'version',
    );
    const said = inOurWords(message ?? 'bad usage', { argv, flags, command });
    const help =
      command === undefined ? 'probo-mock --help' : `probo-mock ${command.split(' ')[0]} --help`;
    process.stderr.write(`probo-mock: ${said}\nRun "${help}" for usage.\n`);
    process.exit(2);
  };
}

/** What a usage message is about: the arguments, the command's flags and the command run. */
export interface UsageContext {
  argv: readonly string[];
  flags: readonly string[];
  /** As declared: `trigger <scenario>`. */
  command?: string | undefined;
}

/** yargs's messages in the words every other refusal uses (`--port needs a value`). */
export function inOurWords(message: string, { argv, flags, command }: UsageContext): string {
  const misspelt = /^Did you mean (\S+)\?$/.exec(message);
  if (misspelt) {
    const typed = argv.find((token) => !token.startsWith('-'));
    return `unknown command ${JSON.stringify(typed ?? '')} (did you mean ${misspelt[1]}?)`;
  }
  if (/^Not enough non-option arguments/.test(message) && command !== undefined) {
    const wanted = command.split(' ').slice(1).join(' ');
    return `missing ${wanted} (probo-mock ${command})`;
  }
  const missingValue = /^Not enough arguments following: (\S+)$/.exec(message);
  if (missingValue) return `--${missingValue[1]} needs a value`;
  const required = /^Missing required arguments?: (.+)$/.exec(message);
  if (required)
    return `${names(required[1]!).join(', ')} ${required[1]!.includes(',') ? 'are' : 'is'} required`;
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown)
    return unknown[1]!
      .split(', ')
      .map((name) => unknownArgument(name, argv, flags))
      .join('; ');
  return message;
}

const names = (list: string): string[] => list.split(', ').map((name) => `--${name}`);

/** `unknown flag --delay (did you mean --step-delay?)`, or an extra word the command takes none of. */
function unknownArgument(name: string, argv: readonly string[], flags: readonly string[]): string {
  const typed = argv.some((token) => flagName(token) === name);
  // yargs reads `--no-color` as `color` set to false, and names it so.
  if (!typed && argv.some((token) => flagName(token) === `no-${name}`))
    return `unknown flag --no-${name}`;
  if (!typed) return `unexpected argument ${JSON.stringify(name)}`;
  const near = nearestFlag(name, flags);
  return `unknown flag --${name}${near === undefined ? '' : ` (did you mean --${near}?)`}`;
}

/** `--delay=3` → `delay`; `-x` → `x`; not a flag → undefined. */
function flagName(token: string): string | undefined {
  const m = /^--?([^=]+)/.exec(token);
  return m ? m[1] : undefined;
}

/**
 * The known flag a typed one most likely meant: one that holds it as a word (`delay` →
 * `step-delay`) or that it holds (`target-url` → `target`), else one a few edits away
 * (`timout` → `timeout`). Undefined when none is close.
 */
export function nearestFlag(typed: string, flags: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const byWord = flags.filter((flag) => {
    const parts = flag.split('-');
    return parts.includes(word) || word.split('-').includes(flag) || flag.startsWith(word);
  });
  if (byWord.length > 0)
    return byWord.sort(
      (a, b) => editDistance(word, a) - editDistance(word, b) || a.localeCompare(b),
    )[0];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3));
  for (const flag of flags) {
    const d = editDistance(word, flag);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = flag;
      bestDistance = d;
    }
  }
  return best;
}
