// End to end: N orders posted to the mock (happy-path, no step delay), every callback delivered
// to a bare node:http sink. Reports callbacks per second, from the first post to the last
// callback the sink read, and the mock process's peak RSS. The baseline is a bare undici loop
// sending the same number of happy-path bodies to the same sink under the same rule the mock
// keeps (each order's callbacks one after the other, all orders at once), with the same pool
// settings; rounds alternate the two, and the ratio is the median of the per-round ratios.
//
// Each round starts both sides fresh, each in its own process, and first runs a warm-up batch (a
// quarter of the orders) there: the target judges the measured batches, both warm, as the
// dispatch and intake rows do. (Without it a fresh mock, its JIT compiling some 600 functions on
// the machine's two cores, met a bare loop in the bench process that was warm from the second
// round on.) The warm-up batches, both cold, are the `end-to-end-cold` row, for information.
import { AUTH, happyPathBodies, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postAmount } from '../lib/load.mjs';
import { untilReceived } from '../lib/received.mjs';
import { median, round } from '../lib/stats.mjs';

const DEADLINE_MS = 120_000;

/** Now, in ms since the epoch: the sink's clock (`lastAt`) is the same system clock. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Posts `orders` orders to a running mock and waits for every callback. Its time runs from the
 * first post to the last callback the sink read (the posts are answered before their callbacks
 * are done, so the sink is watched while posting).
 */
async function mockBatch(sink, mock, orders, steps) {
  await sink.ask('reset');
  const start = epochNow();
  const [posted, count] = await Promise.all([
    postAmount({
      url: `${mock.url}/order`,
      body: orderBody(sink.url),
      headers: AUTH,
      connections: 20,
      amount: orders,
    }),
    untilReceived(sink, orders * steps, {
      deadline: performance.now() + DEADLINE_MS,
      pollMs: 10,
      tooLate: (n) => `only ${n} of ${orders * steps} callbacks within ${DEADLINE_MS} ms`,
    }),
  ]);
  if (posted.ok !== orders) throw new Error(`${posted.ok} of ${orders} orders were accepted`);
  const postMs = (orders * 1000) / posted.perSecond;
  await mock.ask('idle');
  return { ms: count.lastAt - start, postMs };
}

/** One round of the mock: a fresh mock process, a warm-up batch, then `orders` posts measured. */
async function mockRound(sink, orders, warmup, steps) {
  const mock = await startServer('mock', { scenario: 'happy-path', stepDelayMs: 0, rateLimit: 0 });
  try {
    const cold = await mockBatch(sink, mock, warmup, steps);
    const before = await mock.ask('stats');
    const run = await mockBatch(sink, mock, orders, steps);
    const stats = await mock.ask('stats');
    return { ...run, coldMs: cold.ms, stats, cpuMs: stats.cpuMs - before.cpuMs };
  } finally {
    await mock.stop();
  }
}

/** One batch of the baseline process (`warmup` or `run`), timed to the last body the sink read. */
async function bareBatch(sink, bare, which) {
  await sink.ask('reset');
  const { start, cpuMs, failed, sent } = await bare.ask(which);
  const { received, lastAt } = await sink.ask('count');
  if (failed > 0 || received !== sent)
    throw new Error(`bare loop: ${failed} failed, the sink saw ${received} of ${sent} posts`);
  return { ms: lastAt - start, cpuMs };
}

/** One round of the baseline: a fresh process, a warm-up batch, then `orders` chains measured. */
async function bareRound(sink, orders, warmup) {
  const bare = await startServer('bare-loop', { sinkUrl: sink.url, orders, warmup });
  try {
    const cold = await bareBatch(sink, bare, 'warmup');
    return { ...(await bareBatch(sink, bare, 'run')), coldMs: cold.ms };
  } finally {
    await bare.stop();
  }
}

/** Callbacks per second of each round's figure and baseline, and the median ratio. */
function rated(mockMs, bareMs, callbacks) {
  const perSecond = (ms) => (callbacks * 1000) / ms;
  const values = mockMs.map(perSecond);
  const baseline = bareMs.map(perSecond);
  const ratios = values.map((v, i) => v / baseline[i]);
  return {
    value: round(median(values)),
    baseline: round(median(baseline)),
    ratio: round(median(ratios), 2),
    roundRatios: ratios.map((r) => round(r, 2)),
  };
}

/**
 * Two rows: `end-to-end`, both sides warm (the target), and `end-to-end-cold`, each side's
 * warm-up batch: a fresh process's first orders, JIT and lazy loading included (information).
 * @param {{ quick: boolean }} config
 */
export async function endToEnd({ quick }) {
  const orders = quick ? 200 : 2_000;
  const warmup = orders / 4;
  const rounds = quick ? 1 : 3;
  const steps = happyPathBodies().length;
  const sink = await startServer('sink');
  try {
    const mockRuns = [];
    const bareRuns = [];
    for (let i = 0; i < rounds; i++) {
      const pair = [
        async () => mockRuns.push(await mockRound(sink, orders, warmup, steps)),
        async () => bareRuns.push(await bareRound(sink, orders, warmup)),
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    const callbacks = orders * steps;
    const warm = rated(
      mockRuns.map((r) => r.ms),
      bareRuns.map((r) => r.ms),
      callbacks,
    );
    const cold = rated(
      mockRuns.map((r) => r.coldMs),
      bareRuns.map((r) => r.coldMs),
      warmup * steps,
    );
    const last = mockRuns.at(-1);
    const baselineName = 'bare undici loop, same bodies, order per order';
    return [
      {
        id: 'end-to-end',
        figure: `end to end, ${orders} orders × happy-path, no step delay`,
        value: warm.value,
        unit: 'callbacks/s',
        baseline: warm.baseline,
        baselineName,
        ratio: warm.ratio,
        detail: {
          orders,
          callbacks,
          rounds,
          warmupOrders: warmup,
          wallMs: mockRuns.map((r) => round(r.ms)),
          baselineWallMs: bareRuns.map((r) => round(r.ms)),
          // CPU time per callback (µs) of the mock's process (intake included) and of the bare
          // loop's. Other jobs on the machine disturb it less than wall time.
          cpuUsPerCallback: mockRuns.map((r) => round((r.cpuMs * 1000) / callbacks, 1)),
          baselineCpuUsPerCallback: bareRuns.map((r) => round((r.cpuMs * 1000) / callbacks, 1)),
          roundRatios: warm.roundRatios,
          ordersPerSecond: mockRuns.map((r) => round((orders * 1000) / r.postMs)),
          attemptsJournaled: last.stats.attempts,
          memoryAtEndMb: last.stats.nowMb,
        },
        // Each round has its own mock process: the highest peak of them.
        peakRssMb: round(Math.max(...mockRuns.map((r) => r.stats.peakRssMb)), 1),
      },
      {
        id: 'end-to-end-cold',
        figure: `end to end, a fresh process's first ${warmup} orders, info`,
        value: cold.value,
        unit: 'callbacks/s',
        baseline: cold.baseline,
        baselineName: `${baselineName}, its first ${warmup} chains`,
        ratio: cold.ratio,
        detail: {
          orders: warmup,
          callbacks: warmup * steps,
          wallMs: mockRuns.map((r) => round(r.coldMs)),
          baselineWallMs: bareRuns.map((r) => round(r.coldMs)),
          roundRatios: cold.roundRatios,
        },
      },
    ];
  } finally {
    await sink.stop();
  }
}
