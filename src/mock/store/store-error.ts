/**
 * An error of a durable store, naming its file and what it was doing, e.g.
 * `sqlite:/data/mock.db: could not write: database or disk is full (SQLITE_FULL)`.
 */
export class StoreError extends Error {
  /** The driver's code (`SQLITE_FULL`, `SQLITE_READONLY`, …), when it gave one. */
  readonly code: string | undefined;

  constructor(
    readonly location: string,
    doing: string,
    cause: unknown,
  ) {
    const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(cause);
    const named = typeof code === 'string' ? ` (${code})` : '';
    super(`${location}: ${doing}: ${text}${named}`, { cause });
    this.name = 'StoreError';
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/** Runs `work`; an error it throws comes out as a StoreError naming the store. */
export function naming<T>(location: string, doing: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof StoreError ? error : new StoreError(location, doing, error);
  }
}
