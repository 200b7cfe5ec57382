/**
 * The lifecycle rule, read from the `x-status` blocks of schemas/callbacks/ (rank, `terminal`,
 * `sideways`, `onlyFrom`, `onlyBefore`, `next`, `happyPath`) through src/generated/statuses.ts.
 */
import { STATUS_RECORDS } from '../generated/statuses.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from './statuses.js';

/**
 * Whether an order in status `from` may move to `to`: the rule the reference receiver applies and
 * the `state-*` checks expect. Forward in rank only; sideways within the transport band;
 * `not_accepted` only from `queued` (later it refuses another post with the same id);
 * `canceled` only before production; nothing after a terminal status.
 */
export function canTransition(from: ProboStatus | undefined, to: ProboStatus): boolean {
  if (from === undefined) return true;
  if (from === to) return false;
  const a = STATUS_RECORDS[from];
  const b = STATUS_RECORDS[to];
  if (a.terminal) return false;
  if (b.onlyFrom) return b.onlyFrom.includes(from);
  if (b.onlyBefore) return a.rank < STATUS_RECORDS[b.onlyBefore].rank;
  if (b.rank === a.rank) return a.sideways && b.sideways;
  return b.rank > a.rank;
}

/** Every allowed direct step of the lifecycle, for diagrams: the usual paths, not every skip. */
export const LIFECYCLE_EDGES: ReadonlyArray<readonly [ProboStatus, ProboStatus]> = STATUSES.flatMap(
  (from) => STATUS_RECORDS[from].next.map((to) => [from, to] as const),
);

/**
 * The carrier's transport band: statuses of one rank that may follow each other in any order (in
 * transit, delayed, not at home, exception, at a pickup point).
 */
export const TRANSPORT_BAND: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_RECORDS[s].sideways,
);

/** Statuses that end an order. */
export const TERMINAL_STATUSES: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_CATALOG[s].terminal,
);

/** The documented happy path, in order. */
export const HAPPY_PATH: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_RECORDS[s].happyPath,
);
