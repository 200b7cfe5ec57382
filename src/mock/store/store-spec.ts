import { MemoryOrderStore } from './order-store.js';
import type { OrderStore } from './order-store.js';
import type { SqliteOrderStore } from './sqlite-store.js';
import { StoreError } from './store-error.js';

/** What `--store` takes: `memory` (the default) or `sqlite:FILE`. */
export const STORE_SPEC_HELP = 'memory (default) or sqlite:FILE';

/** How to get the optional SQLite driver (a peer dependency of probo-mock, not installed with it). */
export const SQLITE_INSTALL_HINT = 'npm install better-sqlite3@12';

/**
 * Opens the order store a `--store` value names. SQLite is loaded only when asked for: the
 * default in-memory mock never loads the native module, and better-sqlite3 is an optional peer
 * dependency, so installing probo-mock for `verify` or the in-memory mock compiles nothing.
 */
export async function openOrderStore(spec: string): Promise<OrderStore> {
  if (spec === 'memory') return new MemoryOrderStore();
  const file = /^sqlite:(.+)$/.exec(spec)?.[1];
  if (file === undefined) throw new TypeError(`--store must be ${STORE_SPEC_HELP}, got "${spec}"`);
  let store: { SqliteOrderStore: typeof SqliteOrderStore };
  try {
    store = await import('./sqlite-store.js');
  } catch (error) {
    throw sqliteLoadError(spec, error) ?? error;
  }
  try {
    return new store.SqliteOrderStore(file);
  } catch (error) {
    // A StoreError names the file and what failed (in use by another process, read-only, …).
    if (error instanceof StoreError)
      throw new TypeError(`--store ${error.message}`, { cause: error });
    throw (
      sqliteLoadError(spec, error) ??
      new TypeError(`--store ${spec}: cannot open the file: ${(error as Error).message}`, {
        cause: error,
      })
    );
  }
}

/**
 * The message for a SQLite driver that is not there: not installed (the import fails), or
 * installed without its native module built (its install script did not run: npm blocks
 * unapproved install scripts). Undefined for any other error.
 */
export function sqliteLoadError(spec: string, error: unknown): TypeError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (code === 'ERR_MODULE_NOT_FOUND' && /['"]better-sqlite3['"]/.test(text)) {
    return new TypeError(
      `--store ${spec} needs the optional package better-sqlite3, which is not installed: ` +
        `run \`${SQLITE_INSTALL_HINT}\` in your project`,
      { cause: error },
    );
  }
  if (/Could not locate the bindings file|better_sqlite3\.node/.test(text)) {
    return new TypeError(
      `--store ${spec}: better-sqlite3 is installed but its native module is missing or built ` +
        `for another Node.js: run \`npm rebuild better-sqlite3\` in your project (npm 12 runs ` +
        `install scripts only once approved: \`npm approve-scripts better-sqlite3\`)`,
      { cause: error },
    );
  }
  return undefined;
}
