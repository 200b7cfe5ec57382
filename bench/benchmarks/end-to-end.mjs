// End to end: N orders posted to the mock (happy-path, no step delay), every callback delivered
// to a bare node:http sink. Reports callbacks per second, from the first post to the last
// callback the sink read, and the mock process's peak RSS. The baseline is a bare undici loop
// sending the same number of happy-path bodies to the same sink under the same rule the mock
// keeps (each order's callbacks one after the other, all orders at once), with the same pool
// settings; rounds alternate the two, and the ratio is the median of the per-round ratios.
//
// Both sides are measured warm, as the dispatch and intake rows are: each round first runs a
// warm-up batch (a quarter of the orders) on the same process, not counted. Without it a fresh
// mock process (its JIT compiling ~600 functions on the machine's two cores) met a bare loop
// that was warm from the second round on. The warm-up batches are reported too, as `cold`.
import { Agent, request } from 'undici';
import { USER_AGENT } from '../../dist/delivery/index.js';
import { AUTH, happyPathBodies, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postAmount } from '../lib/load.mjs';
import { median, round } from '../lib/stats.mjs';

const DEADLINE_MS = 120_000;
const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// What HttpClient's pool uses (src/http-client/http-client.ts).
const POOL = { connections: 128, keepAliveTimeout: 4_000, pipelining: 1 };

/** Now, in ms since the epoch: the sink's clock (`lastAt`) is the same system clock. */
const epochNow = () => performance.timeOrigin + performance.now();

/** Resolves when the sink has read `expected` bodies: how many, and when the last one came. */
async function sinkReceived(sink, expected, start) {
  for (;;) {
    const count = await sink.ask('count');
    if (count.received >= expected) return count;
    if (epochNow() - start > DEADLINE_MS)
      throw new Error(`only ${count.received} of ${expected} callbacks within ${DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

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
    sinkReceived(sink, orders * steps, start),
  ]);
  if (posted.ok !== orders) throw new Error(`${posted.ok} of ${orders} orders were accepted`);
  const postMs = (orders * 1000) / posted.perSecond;
  await mock.ask('idle');
  return { ms: count.lastAt - start, postMs, connections: count.connections };
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

/** The baseline: `orders` chains of the happy-path bodies, each body awaited before the next. */
async function bareBatch(sink, orders, bodies) {
  await sink.ask('reset');
  const agent = new Agent(POOL);
  let failed = 0;
  const chain = async () => {
    for (const body of bodies) {
      const res = await request(sink.url, {
        method: 'POST',
        body,
        headers: HEADERS,
        dispatcher: agent,
      });
      await res.body.text();
      if (res.statusCode !== 200) failed++;
    }
  };
  const start = epochNow();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: orders }, chain));
  const { user, system } = process.cpuUsage(cpu);
  await agent.close();
  const { received, lastAt } = await sink.ask('count');
  if (failed > 0 || received !== orders * bodies.length)
    throw new Error(`bare loop: ${failed} failed, the sink saw ${received} posts`);
  return { ms: lastAt - start, cpuMs: (user + system) / 1000 };
}

/** One round of the baseline: a warm-up batch, then `orders` chains measured. */
async function bareRound(sink, orders, warmup, bodies) {
  const cold = await bareBatch(sink, warmup, bodies);
  return { ...(await bareBatch(sink, orders, bodies)), coldMs: cold.ms };
}

/** @param {{ quick: boolean }} config */
export async function endToEnd({ quick }) {
  const orders = quick ? 200 : 2_000;
  const warmup = orders / 4;
  const rounds = quick ? 1 : 3;
  const bodies = happyPathBodies();
  const expected = orders * bodies.length;
  const sink = await startServer('sink');
  try {
    const mockRuns = [];
    const bareRuns = [];
    for (let i = 0; i < rounds; i++) {
      const pair = [
        async () => mockRuns.push(await mockRound(sink, orders, warmup, bodies.length)),
        async () => bareRuns.push(await bareRound(sink, orders, warmup, bodies)),
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    const perSecond = (ms, n = expected) => (n * 1000) / ms;
    const values = mockRuns.map((r) => perSecond(r.ms));
    const baseline = bareRuns.map((r) => perSecond(r.ms));
    const ratios = values.map((v, i) => v / baseline[i]);
    const warmupCallbacks = warmup * bodies.length;
    const last = mockRuns.at(-1);
    return {
      id: 'end-to-end',
      figure: `end to end, ${orders} orders × happy-path, no step delay`,
      value: round(median(values)),
      unit: 'callbacks/s',
      baseline: round(median(baseline)),
      baselineName: 'bare undici loop, same bodies, order per order',
      ratio: round(median(ratios), 2),
      detail: {
        orders,
        callbacks: expected,
        rounds,
        wallMs: mockRuns.map((r) => round(r.ms)),
        baselineWallMs: bareRuns.map((r) => round(r.ms)),
        // The warm-up batch of each round: the mock's is its fresh process's first orders; the
        // bare loop's is cold in the first round only (the same bench process runs them all).
        cold: {
          orders: warmup,
          wallMs: mockRuns.map((r) => round(r.coldMs)),
          baselineWallMs: bareRuns.map((r) => round(r.coldMs)),
          callbacksPerSecond: mockRuns.map((r) => round(perSecond(r.coldMs, warmupCallbacks))),
          firstRoundRatio: round(bareRuns[0].coldMs / mockRuns[0].coldMs, 2),
        },
        // CPU time per callback (µs): the mock's process (intake included) against the bench
        // process running the bare loop. Other jobs on the machine disturb it less than wall time.
        cpuUsPerCallback: mockRuns.map((r) => round((r.cpuMs * 1000) / expected, 1)),
        baselineCpuUsPerCallback: bareRuns.map((r) => round((r.cpuMs * 1000) / expected, 1)),
        roundRatios: ratios.map((r) => round(r, 2)),
        ordersPerSecond: mockRuns.map((r) => round((orders * 1000) / r.postMs)),
        attemptsJournaled: last.stats.attempts,
        memoryAtEndMb: last.stats.nowMb,
        sinkConnections: last.connections,
      },
      // Each round has its own mock process: the highest peak of them.
      peakRssMb: round(Math.max(...mockRuns.map((r) => r.stats.peakRssMb)), 1),
    };
  } finally {
    await sink.stop();
  }
}
