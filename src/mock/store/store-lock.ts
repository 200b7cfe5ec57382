import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * The file beside a SQLite store that names the process holding it (`FILE.lock`, its pid). The
 * lock itself is SQLite's (exclusive locking mode, released by the OS even on SIGKILL); this file
 * only lets a second process say who holds it. A stale one (the holder died) is overwritten.
 */
export function lockFileOf(file: string): string {
  return `${file}.lock`;
}

/** Notes this process as the holder; a directory it cannot write leaves the holder unnamed. */
export function noteHolder(file: string): void {
  try {
    writeFileSync(lockFileOf(file), `${process.pid}\n`);
  } catch {
    // The lock holds without the note; a second process then says "another process".
  }
}

/** Removes the note, if it is still this process's. */
export function dropHolder(file: string): void {
  try {
    if (holderOf(file) === process.pid) unlinkSync(lockFileOf(file));
  } catch {
    // Nothing to remove.
  }
}

/** The pid the note names, if there is a readable one. */
export function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFileOf(file), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** "process 1234", "this process (1234)" or "another process", for the busy message. */
export function describeHolder(file: string): string {
  const pid = holderOf(file);
  if (pid === undefined) return 'another process';
  return pid === process.pid ? `this process (${pid})` : `process ${pid}`;
}
