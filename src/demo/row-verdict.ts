import { expectedState, type Delivery } from '../contract/expected-state.js';
import type { JournalEntry } from '../delivery/journal.js';
import type { PlannedStep } from '../scenarios/plan.js';

/** Whether one demo order got every callback of its scenario and ended where it should. */
export interface RowVerdict {
  /** The state a correct receiver is in after the scenario's callbacks, in delivered order. */
  expected: string | null;
  /** Why the row failed; undefined when every step was delivered and the state is the expected one. */
  problem?: string;
}

/**
 * Grades one order of the demo against its scenario's plan: every step must have been answered
 * 2xx at least once, and the receiver's state must be the one the lifecycle rule gives for the
 * steps in the order they were delivered (a shuffled scenario is graded in its delivered order).
 */
export function gradeRow(
  plan: readonly PlannedStep[],
  entries: readonly JournalEntry[],
  receiverState: string | null,
): RowVerdict {
  const delivered = new Map<number, number>(); // step index → seq of its first 2xx
  for (const e of entries) {
    if (e.outcome === 'delivered' && !delivered.has(e.step)) delivered.set(e.step, e.seq);
  }
  const byIndex = new Map(plan.map((step) => [step.index, step]));
  const inDeliveredOrder = [...delivered.entries()]
    .sort((a, b) => a[1] - b[1])
    .flatMap(([index]) => (byIndex.has(index) ? [byIndex.get(index)!] : []));
  const missing = plan.filter((step) => !delivered.has(step.index));
  const history = [...inDeliveredOrder, ...missing].map((step): Delivery =>
    step.bodyOptions?.variant === undefined
      ? { status: step.status ?? step.label }
      : { status: step.status ?? step.label, variant: step.bodyOptions.variant },
  );
  const expected = expectedState(history);
  const verdict: RowVerdict = { expected };
  if (delivered.size === 0) verdict.problem = 'nothing delivered';
  else if (missing.length > 0)
    verdict.problem = `not delivered: ${missing.map((s) => s.status ?? s.label).join(', ')}`;
  else if (receiverState !== expected)
    verdict.problem = `the receiver is at ${receiverState ?? 'no state'}, expected ${expected ?? 'no state'}`;
  return verdict;
}
