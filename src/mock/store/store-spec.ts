import { MemoryOrderStore } from './order-store.js';
import type { OrderStore } from './order-store.js';

/** What `--store` takes: `memory` (the default) or `sqlite:FILE`. */
export const STORE_SPEC_HELP = 'memory (default) or sqlite:FILE';

/**
 * Opens the order store a `--store` value names. SQLite is loaded only when asked for, so the
 * default in-memory mock never loads the native module.
 */
export async function openOrderStore(spec: string): Promise<OrderStore> {
  if (spec === 'memory') return new MemoryOrderStore();
  const file = /^sqlite:(.+)$/.exec(spec)?.[1];
  if (file === undefined) throw new TypeError(`--store must be ${STORE_SPEC_HELP}, got "${spec}"`);
  const { SqliteOrderStore } = await import('./sqlite-store.js');
  try {
    return new SqliteOrderStore(file);
  } catch (error) {
    throw new TypeError(`--store ${spec}: cannot open the file: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
