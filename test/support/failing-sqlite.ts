import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';

/** Set `error` to make every write fail with it, as SQLite would; clear it to let writes through. */
export interface WriteFault {
  error: (Error & { code: string }) | undefined;
}

/** The error SQLite gives on a full disk. */
export function sqliteError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * A real better-sqlite3 database whose writes (`run`, `exec`) throw `fault.error` while it is
 * set: what a full disk, an I/O error or a file made read-only does to the store, where the
 * machine cannot mount a small file system. Reads and everything else go to the real database.
 */
export function failingDatabase(file: string, fault: WriteFault): SqliteDatabase {
  const db = new Database(file);
  const bound = <T extends object>(target: T, name: PropertyKey): unknown => {
    const value: unknown = Reflect.get(target, name, target);
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown).bind(target)
      : value;
  };
  const failing =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      if (fault.error) throw fault.error;
      return write(...args);
    };
  const statement = (st: Statement): Statement =>
    new Proxy(st, {
      get: (target, name) =>
        name === 'run' ? failing(target.run.bind(target)) : bound(target, name),
    });
  return new Proxy(db, {
    get: (target, name) => {
      if (name === 'prepare') return (sql: string) => statement(target.prepare(sql));
      if (name === 'exec') return failing(target.exec.bind(target));
      return bound(target, name);
    },
  });
}
