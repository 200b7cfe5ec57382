import { expectedState, type OrderState } from '../../contract/index.js';
import type { CheckContext, OrderRef } from '../check-context.js';
import type { Exchange } from '../exchange.js';
import type { StateReading } from '../state-probe.js';
import { deliveryName, historyBodies } from './history-bodies.js';
import type { History } from './history-arbitrary.js';

/** One history delivered to a fresh order, and what the state hook said after it. */
export interface HistoryRun {
  history: History;
  order: OrderRef;
  /** The status a correct receiver ends in (null: no status applies, nothing to judge). */
  expected: OrderState;
  /** Each delivery, in order: its name, the body as sent and the exchange. */
  sent: Array<{ step: string; body: string; exchange: Exchange }>;
  /** The last state read (absent when nothing was judged). */
  reading?: StateReading;
  /** Milliseconds from the last answer to a state read showing the expected status. */
  settleMs?: number;
  passed: boolean;
}

/** Whether the receiver's word stands for the expected status (through the state map, if any). */
export function stateHolds(reading: StateReading, expected: OrderState): boolean {
  return expected !== null && reading.statuses?.includes(expected) === true;
}

/**
 * Delivers the history to a fresh order (set up first when there is a setup hook), one callback
 * at a time in order, then reads the state until it shows the expected status or `settleMaxMs`
 * passes (a receiver may apply callbacks asynchronously). Answers are not graded here.
 */
export async function replayHistory(
  ctx: CheckContext,
  history: History,
  settleMaxMs: number,
): Promise<HistoryRun> {
  const order = await ctx.newOrder();
  const bodies = historyBodies(order, history.deliveries);
  const sent: HistoryRun['sent'] = [];
  for (const [i, body] of bodies.entries()) {
    const step = deliveryName(history.deliveries[i]!);
    const exchange = await ctx.deliverTo(order, body, step);
    sent.push({ step, body, exchange });
  }
  const expected = expectedState(history.deliveries);
  const run: HistoryRun = { history, order, expected, sent, passed: true };
  if (expected === null) return run;
  const started = performance.now();
  const holds = (r: StateReading) => stateHolds(r, expected);
  run.reading = await ctx.settledState(order, holds, settleMaxMs);
  if (holds(run.reading)) run.settleMs = performance.now() - started;
  else run.passed = false;
  return run;
}
