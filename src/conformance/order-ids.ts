import { createHash, randomBytes } from 'node:crypto';
import type { OrderIdFormat } from './types.js';

/** A fresh run id: base-36 time and four random hex digits (`mhx3k2a1b2c`), unless --run-id fixes it. */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

/**
 * The id of a check's n-th fresh order. `prefixed`: `pm-<run>-<check>-<n>`, readable in a shop's
 * logs. `uuid`: an RFC 4122 version 4 UUID whose 122 random bits are drawn (SHA-256) from the
 * seed, the run id, the check and n, for a receiver whose database takes UUIDs only; the same
 * seed and run id give the same ids.
 */
export function orderIdFor(
  format: OrderIdFormat,
  run: { seed: number; runId: string },
  checkId: string,
  n: number,
): string {
  if (format === 'prefixed') return `pm-${run.runId}-${checkId}-${n}`;
  const bytes = createHash('sha256')
    .update(`probo-mock order id\0${run.seed}\0${run.runId}\0${checkId}\0${n}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10 (RFC 4122)
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122 version 4, the form `--order-id-format uuid` sends. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
