import fc from 'fast-check';
import type { Check } from '../check.js';
import { STATE_SETTLE_MAX_MS, type CheckContext } from '../check-context.js';
import { wrongStateHint } from '../hints.js';
import { describeState } from '../state-probe.js';
import { effectsProblemHint, effectText } from '../effects-probe.js';
import { EdgeCounter } from '../explore/edge-coverage.js';
import { failureScenario, saveScenario } from '../explore/failure-scenario.js';
import { historyArbitrary, type History } from '../explore/history-arbitrary.js';
import { historyText } from '../explore/history-bodies.js';
import { replayHistory, type HistoryRun } from '../explore/replay-history.js';
import { shrinkHistory } from '../explore/shrink-history.js';
import type { ExploreSummary } from '../types.js';

/** How long a history's state may take to settle while exploring: as the other state checks. */
const SETTLE_MAX_MS = STATE_SETTLE_MAX_MS;
/** Candidates replayed at most while shrinking one failure. */
const SHRINK_REPLAYS = 600;
/** A progress line at most this often. */
const PROGRESS_EVERY_MS = 1000;

export const exploresHistories: Check = {
  id: 'explores-histories',
  title: 'Ends in the state the lifecycle model computes, over random histories',
  sends:
    '--explore N random histories, each to a fresh order: paths through the lifecycle with carrier detours, skipped steps, redeliveries, local reordering, unknown statuses, a duplicate-order refusal or a cancellation',
  expects:
    'after each history, the state hook shows the status a correct receiver ends in (the lifecycle model, expectedState), and with --effects-url no side effect appears twice; a failure is shrunk to the smallest history that still fails',
  hint: 'Apply one rule to every callback: drop a status you do not know or already have, never move back in rank (carrier statuses may follow each other), move on when steps are skipped, take not_accepted only before acceptance and canceled only before production, and keep every carrier status apart from delivered.',
  bug: 'Real receivers go wrong on some histories only: a skipped step, a carrier failure after transit, an unknown status in the middle, a redelivery after a cancel; a fixed list catches only the ones somebody thought of.',
  needsState: true,
  skipReason: (o) => (o.explore > 0 ? undefined : 'off (--explore N turns it on)'),
  async run(ctx) {
    const count = ctx.env.explore?.histories ?? 0;
    const started = performance.now();
    const histories = fc.sample(historyArbitrary, { seed: ctx.seed, numRuns: count });
    const edges = new EdgeCounter();
    let ran = 0;
    let slowestSettleMs = 0;
    const failures: Array<{ index: number; run: HistoryRun }> = [];
    let next = 0;
    let reported = started;
    // How far it has got: for a partial report, and (at most once a second) a progress line.
    const progress = (): void => {
      ctx.progressNote = `after ${ran} of ${count} histories`;
      const now = performance.now();
      if (!ctx.env.onProgress || now - reported < PROGRESS_EVERY_MS) return;
      reported = now;
      const { covered, total } = edges.coverage();
      ctx.env.onProgress({
        check: 'explores-histories',
        histories: ran,
        total: count,
        edges: { covered, total },
        elapsedMs: Math.round(now - started),
      });
    };
    const worker = async () => {
      while (next < histories.length && failures.length === 0) {
        const index = next++;
        const history = histories[index]!;
        const run = await replayHistory(ctx, history, SETTLE_MAX_MS);
        ran++;
        edges.add(history.deliveries);
        progress();
        if (run.passed) slowestSettleMs = Math.max(slowestSettleMs, run.settleMs ?? 0);
        else failures.push({ index, run });
      }
    };
    // Each history sends one request at a time; --parallel of them are under way at once.
    await Promise.all(Array.from({ length: Math.min(ctx.env.parallel, count) }, worker));
    // Histories in flight when the first failure came may fail too: the earliest one is shrunk.
    const first = failures.sort((a, b) => a.index - b.index)[0];
    const summary: ExploreSummary = {
      histories: ran,
      failed: first === undefined ? 0 : 1,
      edges: edges.coverage(),
      durationMs: 0,
    };
    if (first !== undefined) {
      await reportFailure(ctx, first.index, first.run, slowestSettleMs, summary);
    }
    summary.durationMs = Math.round(performance.now() - started);
    ctx.explore = summary;
    ctx.note = exploreNote(summary);
  },
};

/** `200 histories, lifecycle edges covered 38 of 40 (95 %), 1.9 s`. */
export function exploreNote(s: ExploreSummary): string {
  const pct = s.edges.total === 0 ? 0 : Math.round((100 * s.edges.covered) / s.edges.total);
  const failed = s.failed > 0 ? ', stopped at the first failure' : '';
  return `${s.histories} histories${failed}, lifecycle edges covered ${s.edges.covered} of ${s.edges.total} (${pct} %), ${(s.durationMs / 1000).toFixed(1)} s`;
}

async function reportFailure(
  ctx: CheckContext,
  index: number,
  failed: HistoryRun,
  slowestSettleMs: number,
  summary: ExploreSummary,
): Promise<void> {
  // While shrinking, a state that has not settled in a few times the slowest settle seen on a
  // passing history is taken as wrong (waiting the full settle time on every failing candidate
  // would make shrinking take minutes); the smallest failure is then checked with a longer wait.
  const started = performance.now();
  const shrinkSettleMs = Math.min(SETTLE_MAX_MS, Math.max(30, 4 * slowestSettleMs));
  const confirmSettleMs = Math.min(SETTLE_MAX_MS, Math.max(250, 20 * slowestSettleMs));
  const replay = (history: History) => replayHistory(ctx, history, shrinkSettleMs);
  const shrunk = await shrinkHistory({
    seed: ctx.seed,
    index,
    failed,
    replay,
    maxReplays: SHRINK_REPLAYS,
  });
  let smallest = shrunk.smallest;
  let confirmed = true;
  if (smallest !== failed) {
    const again = await replayHistory(ctx, smallest.history, confirmSettleMs);
    if (again.passed) {
      smallest = failed;
      confirmed = false;
    } else smallest = again;
  }
  summary.shrink = {
    replays: shrunk.replays,
    fromDeliveries: failed.history.deliveries.length,
    toDeliveries: smallest.history.deliveries.length,
    durationMs: Math.round(performance.now() - started),
  };
  const effects = smallest.effects;
  const actual = effects
    ? effectsText(effects)
    : smallest.reading
      ? describeState(smallest.reading)
      : 'nothing';
  const what = effects
    ? effects.reading.problem
      ? 'could not be judged on its side effects'
      : 'performed a side effect more than once'
    : 'ended in the wrong state';
  const lines = [
    `history ${index + 1} (of ${summary.histories} run) ${what}; ${shrinkText(shrunk.reproduced, confirmed, summary.shrink)}`,
    `story: ${historyText(smallest.history.deliveries)}`,
    effects
      ? `effects: ${actual} (each effect must appear once)`
      : `expected ${smallest.expected ?? 'no Probo status yet'} (the lifecycle model), got ${actual}`,
  ];
  const saveDir = ctx.env.explore?.saveFailures;
  if (saveDir !== undefined) {
    const name = `explores-histories-${ctx.env.seed}`;
    try {
      const file = await saveScenario(saveDir, failureScenario(smallest, name, actual));
      summary.savedScenario = file;
      lines.push(
        `saved as ${file}; to replay it: probo-mock trigger ${file} --target ${ctx.env.target} --order-id ${smallest.order.id} --step-delay 0 --retries 0`,
      );
    } catch (err) {
      // The failure is reported all the same.
      lines.push(`could not save it in ${saveDir}: ${(err as Error).message}`);
    }
  }
  if (effects) {
    const order = smallest.order;
    ctx.fail(lines.join('\n      '), effects.reading.exchange, {
      story: [...order.story.entries],
      curl: order.story.curl(effects.reading.exchange),
      hint: effects.reading.problem
        ? effectsProblemHint(effects.reading, order.id)
        : 'Perform a side effect only for a callback that changes the order, in the same transaction as the change: a redelivery, a stale or late status and an unknown one change nothing, so they do nothing.',
    });
    return;
  }
  const reading = smallest.reading;
  if (!reading) {
    ctx.fail(lines.join('\n      '));
    return;
  }
  const expected = smallest.expected;
  const hint =
    expected === null || reading.problem
      ? undefined
      : wrongStateHint(reading, expected, smallest.order.story.statuses);
  ctx.failState(smallest.order, lines.join('\n      '), reading, hint);
}

/** `{"kind":"email","status":"accepted"} ×2`, or why the effects could not be read. */
function effectsText(effects: NonNullable<HistoryRun['effects']>): string {
  if (effects.reading.problem !== undefined) return effects.reading.problem;
  return effects.duplicated.map((d) => `${effectText(d.effect)} ×${d.count}`).join(', ');
}

function shrinkText(
  reproduced: boolean,
  confirmed: boolean,
  s: NonNullable<ExploreSummary['shrink']>,
): string {
  if (!reproduced) return 'it did not fail again when replayed alone, so it is shown as it was';
  if (!confirmed)
    return 'the shrunk history passed when given more time to settle, so the original is shown';
  return `shrunk from ${s.fromDeliveries} to ${s.toDeliveries} deliveries in ${s.replays} replays`;
}
