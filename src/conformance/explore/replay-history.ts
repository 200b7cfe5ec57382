import { expectedState, stateChanges, type OrderState } from '../../contract/index.js';
import { duplicatedEffects, type EffectsReading } from '../effects-probe.js';
import type { CheckContext, OrderRef } from '../check-context.js';
import type { Exchange } from '../exchange.js';
import type { StateReading } from '../state-probe.js';
import { deliveryName, historyBodies } from './history-bodies.js';
import type { History } from './history-arbitrary.js';

/** One history delivered to a fresh order, and what the state hook said after it. */
export interface HistoryRun {
  history: History;
  order: OrderRef;
  /** The status a correct receiver ends in (null: none applies, "no Probo status yet"). */
  expected: OrderState;
  /** Each delivery, in order: its name, the body as sent and the exchange. */
  sent: Array<{ step: string; body: string; exchange: Exchange }>;
  /** The last state read (absent when nothing was judged). */
  reading?: StateReading;
  /** Milliseconds from the last answer to a state read showing the expected status. */
  settleMs?: number;
  /**
   * With --effects-url, when the effects are why the history failed: the read, and the effects it
   * holds more than once (or the read's problem).
   */
  effects?: { reading: EffectsReading; duplicated: Array<{ effect: unknown; count: number }> };
  passed: boolean;
}

/**
 * Whether a history is judged on its effects: not when a correct receiver passes through a status
 * twice (in transit → delayed → in transit), where repeating an effect may be meant.
 */
export function judgesEffects(history: History): boolean {
  const reached = stateChanges(history.deliveries).map(([, to]) => to);
  return new Set(reached).size === reached.length;
}

/**
 * Whether the receiver's word stands for the expected status (through the state map, if any). For
 * "no status" (null): a word the map gives an empty array, or without a map nothing, null or ""; and
 * a 404 for an order that was never set up (callbacks that apply nothing need not create it).
 */
export function stateHolds(reading: StateReading, expected: OrderState, setUp = true): boolean {
  if (expected === null)
    return reading.noStatus === true || (!setUp && reading.exchange.outcome.status === 404);
  return reading.statuses?.includes(expected) === true;
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
  const started = performance.now();
  const setUp = ctx.env.setupUrl !== undefined;
  const holds = (r: StateReading) => stateHolds(r, expected, setUp);
  run.reading = await ctx.settledState(order, holds, settleMaxMs);
  if (holds(run.reading)) run.settleMs = performance.now() - started;
  else run.passed = false;
  if (run.passed && ctx.env.effectsUrl !== undefined && judgesEffects(history)) {
    // Read once the state has settled: by then the receiver has done what it does for them.
    const reading = await ctx.readEffects(order);
    const duplicated = reading.effects ? duplicatedEffects(reading.effects) : [];
    if (reading.effects === undefined || duplicated.length > 0) {
      run.effects = { reading, duplicated };
      run.passed = false;
    }
  }
  return run;
}
