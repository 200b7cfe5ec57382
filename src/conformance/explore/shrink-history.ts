import fc from 'fast-check';
import { historyArbitrary, type History } from './history-arbitrary.js';
import type { HistoryRun } from './replay-history.js';

export interface ShrinkResult {
  /** The smallest failing run found (the original one when no smaller history fails). */
  smallest: HistoryRun;
  /** Candidates replayed against the receiver. */
  replays: number;
  /** Whether the history failed again when replayed alone (a failure that depends on timing may not). */
  reproduced: boolean;
}

/**
 * Shrinks the failing history at `index` of the run seeded with `seed`: fast-check replays that
 * value and then smaller ones (fewer steps, fewer copies, less reordering, no unknown statuses,
 * no refusal or cancellation), each against the receiver through `replay`, keeping the smallest
 * that still fails; then each delivery is left out in turn, keeping every removal that still
 * fails. At most `maxReplays` candidates are tried.
 */
export async function shrinkHistory(options: {
  seed: number;
  index: number;
  failed: HistoryRun;
  replay: (history: History) => Promise<HistoryRun>;
  maxReplays: number;
}): Promise<ShrinkResult> {
  let replays = 0;
  let smallest: HistoryRun | undefined;
  // Many smaller genes make the same deliveries (a gene past the end of the walk, say): each
  // distinct history is replayed once.
  const seen = new Map<string, boolean>();
  const fails = async (history: History): Promise<boolean> => {
    const key = JSON.stringify(history.deliveries);
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (replays >= options.maxReplays) return false;
    replays++;
    const run = await options.replay(history);
    seen.set(key, !run.passed);
    if (run.passed) return false;
    smallest = run;
    return true;
  };
  await fc.check(
    fc.asyncProperty(historyArbitrary, async (history) => !(await fails(history))),
    { seed: options.seed, path: String(options.index), numRuns: 1 },
  );
  const reproduced = smallest !== undefined;
  if (smallest) {
    // fast-check shrinks the genes; a last pass on the deliveries themselves.
    for (let i = smallest.history.deliveries.length - 1; i >= 0; i--) {
      const deliveries = smallest.history.deliveries.filter((_, j) => j !== i);
      if (deliveries.length > 0) await fails({ deliveries });
    }
  }
  return { smallest: smallest ?? options.failed, replays, reproduced };
}
