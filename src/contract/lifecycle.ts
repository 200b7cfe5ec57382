/**
 * The lifecycle rule, read from the `x-status` blocks of schemas/callbacks/ (through
 * src/generated/statuses.ts): each status's `next` steps, and the transport band (`sideways`),
 * whose statuses follow each other in any order. Everything else is derived from these edges:
 * which status may follow which (`canTransition`), the explore model and its edge coverage, the
 * reference receiver, the checks' expectations, the hints and the docs diagram.
 */
import { STATUS_RECORDS, type TransitionSource } from '../generated/statuses.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from './statuses.js';

export type { TransitionSource };

/** One direct step of the lifecycle, and where it comes from. */
export interface LifecycleTransition extends TransitionSource {
  from: ProboStatus;
  to: ProboStatus;
  /** A step within the transport band (any order), not one of a status's `next`. */
  band: boolean;
}

/**
 * The carrier's transport band: statuses that may follow each other in any order (in transit,
 * delayed, exception, not at home, at a pickup point); the latest one is the order's state.
 */
export const TRANSPORT_BAND: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_RECORDS[s].sideways !== undefined,
);

/**
 * Every direct step: each status's `next`, and every ordered pair of the transport band. The
 * edges `verify --explore` walks and counts, and the ones the docs diagram draws.
 */
export const LIFECYCLE_TRANSITIONS: readonly LifecycleTransition[] = STATUSES.flatMap((from) => {
  const record = STATUS_RECORDS[from];
  const steps = record.next.map(({ to, provenance, why }): LifecycleTransition => ({
    from,
    to,
    provenance,
    why,
    band: false,
  }));
  const sideways = record.sideways;
  if (sideways) {
    for (const to of TRANSPORT_BAND)
      if (to !== from) steps.push({ from, to, ...sideways, band: true });
  }
  return steps;
});

/** The same steps as `[from, to]` pairs. */
export const LIFECYCLE_EDGES: ReadonlyArray<readonly [ProboStatus, ProboStatus]> =
  LIFECYCLE_TRANSITIONS.map((t) => [t.from, t.to] as const);

/** For each status, every status some path of steps leads to (Probo may skip callbacks). */
const REACHABLE: ReadonlyMap<ProboStatus, ReadonlySet<ProboStatus>> = (() => {
  const out = new Map<ProboStatus, Set<ProboStatus>>();
  for (const start of STATUSES) {
    const seen = new Set<ProboStatus>();
    const todo = [start];
    while (todo.length > 0) {
      const at = todo.pop()!;
      for (const [from, to] of LIFECYCLE_EDGES) {
        if (from !== at || seen.has(to)) continue;
        seen.add(to);
        todo.push(to);
      }
    }
    seen.delete(start);
    out.set(start, seen);
  }
  return out;
})();

/**
 * Whether an order in status `from` may move to `to`: the rule the reference receiver applies and
 * the `state-*` checks and `verify --explore` expect. `to` must lie ahead of `from` along the
 * lifecycle's steps (any number of them: Probo may skip callbacks). So: forward only, any order
 * within the transport band, `not_accepted` only from `queued` (later it refuses another post
 * with the same id), `canceled` only before production, nothing after a terminal status.
 */
export function canTransition(from: ProboStatus | undefined, to: ProboStatus): boolean {
  if (from === undefined) return true;
  return REACHABLE.get(from)!.has(to);
}

/** Statuses that end an order. */
export const TERMINAL_STATUSES: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_CATALOG[s].terminal,
);

/** The documented happy path, in order. */
export const HAPPY_PATH: readonly ProboStatus[] = STATUSES.filter(
  (s) => STATUS_RECORDS[s].happyPath,
);
