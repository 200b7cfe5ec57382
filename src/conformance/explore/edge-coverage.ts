import { LIFECYCLE_EDGES, stateChanges, type Delivery } from '../../contract/index.js';

const key = (from: string, to: string) => `${from}→${to}`;
const GRAPH = new Set(LIFECYCLE_EDGES.map(([from, to]) => key(from, to)));

/** How much of the lifecycle graph a set of histories walked a correct receiver through. */
export interface EdgeCoverage {
  covered: number;
  total: number;
  /** The graph's edges no history made a correct receiver take, as `from→to`. */
  missing: string[];
}

/** Counts the lifecycle edges (LIFECYCLE_EDGES) taken by the state changes of each history. */
export class EdgeCounter {
  readonly #seen = new Set<string>();

  add(history: readonly Delivery[]): void {
    for (const [from, to] of stateChanges(history)) {
      if (from === null) continue;
      const edge = key(from, to);
      if (GRAPH.has(edge)) this.#seen.add(edge);
    }
  }

  coverage(): EdgeCoverage {
    const missing = [...GRAPH].filter((e) => !this.#seen.has(e));
    return { covered: GRAPH.size - missing.length, total: GRAPH.size, missing };
  }
}
