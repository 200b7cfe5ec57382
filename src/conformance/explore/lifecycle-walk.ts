import { LIFECYCLE_EDGES, STATUS_CATALOG, type ProboStatus } from '../../contract/index.js';

/**
 * The edges out of each status, the most forward first (higher rank; at one rank, the one that
 * goes on), so that choice 0 everywhere is the happy path: what a shrunk walk falls back to.
 */
const OUTGOING: ReadonlyMap<ProboStatus, readonly ProboStatus[]> = (() => {
  const map = new Map<ProboStatus, ProboStatus[]>();
  for (const [from, to] of LIFECYCLE_EDGES) {
    if (to === 'canceled') continue;
    const list = map.get(from) ?? [];
    list.push(to);
    map.set(from, list);
  }
  const forward = (a: ProboStatus, b: ProboStatus) => {
    const x = STATUS_CATALOG[a];
    const y = STATUS_CATALOG[b];
    return y.rank - x.rank || Number(x.terminal) - Number(y.terminal);
  };
  for (const list of map.values()) list.sort(forward);
  return map;
})();

/** The longest walk: the happy path is eight statuses, a carrier detour or two add a few. */
export const MAX_WALK = 14;

/** A choice is 0 to CHOICE_RANGE - 1 (see pick). */
export const CHOICE_RANGE = 60;
const SLOT = 9;

/**
 * Each edge but the most forward one takes 9 of the 60 choices (15 %: 9 to 17 → the first other
 * edge, 18 to 26 → the second, …); the rest go forward. So a walk mostly goes on, takes carrier
 * detours often (where receivers go wrong), and shrinks (towards 0) to the happy path.
 */
function pick(out: readonly ProboStatus[], choice: number): ProboStatus {
  const slot = Math.floor((choice % CHOICE_RANGE) / SLOT);
  return out[slot >= 1 && slot < out.length ? slot : 0]!;
}

/**
 * A path through the lifecycle graph from `queued`: at each status, `choices[i]` (0 when there
 * are no more choices) picks an edge out of it (a carrier's detour, a file rejection; never a
 * cancellation, which histories add on their own). The walk ends at a final status, after
 * `stopAfter` statuses (an order still under way), or at MAX_WALK.
 */
export function walkLifecycle(choices: readonly number[], stopAfter?: number): ProboStatus[] {
  const limit = Math.min(MAX_WALK, stopAfter ?? MAX_WALK);
  const path: ProboStatus[] = ['queued'];
  while (path.length < limit) {
    const out = OUTGOING.get(path.at(-1)!);
    if (!out || out.length === 0) break;
    path.push(pick(out, choices[path.length - 1] ?? 0));
  }
  return path;
}
