// End to end: N orders posted to the mock (happy-path, no step delay), every callback delivered
// to a bare node:http sink. Reports callbacks per second, from the first post to the last
// callback the sink received, and the mock process's peak RSS. The baseline is a bare undici loop
// sending the same number of happy-path bodies to the same sink under the same rule the mock
// keeps (each order's callbacks one after the other, all orders at once), with the same pool
// settings; rounds alternate the two, and the ratio is the median of the per-round ratios.
import { Agent, request } from 'undici';
import { USER_AGENT } from '../../dist/delivery/index.js';
import { AUTH, happyPathBodies, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postAmount } from '../lib/load.mjs';
import { median, round, since } from '../lib/stats.mjs';

const DEADLINE_MS = 120_000;
const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// What HttpClient's pool uses (src/http-client/http-client.ts).
const POOL = { connections: 128, keepAliveTimeout: 4_000, pipelining: 1 };

async function waitForCallbacks(sink, expected, start) {
  for (;;) {
    const { received } = await sink.ask('count');
    if (received >= expected) return received;
    if (since(start) > DEADLINE_MS)
      throw new Error(`only ${received} of ${expected} callbacks within ${DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One round of the mock: a fresh mock process, `orders` posts, every callback awaited. */
async function mockRound(sink, orders, steps) {
  const expected = orders * steps;
  await sink.ask('reset');
  const mock = await startServer('mock', { scenario: 'happy-path', stepDelayMs: 0, rateLimit: 0 });
  try {
    const before = await mock.ask('stats');
    const start = performance.now();
    const posted = await postAmount({
      url: `${mock.url}/order`,
      body: orderBody(sink.url),
      headers: AUTH,
      connections: 20,
      amount: orders,
    });
    if (posted.ok !== orders) throw new Error(`${posted.ok} of ${orders} orders were accepted`);
    const postMs = since(start);
    await waitForCallbacks(sink, expected, start);
    const ms = since(start);
    const { connections } = await sink.ask('count');
    await mock.ask('idle');
    const stats = await mock.ask('stats');
    return { ms, postMs, connections, stats, cpuMs: stats.cpuMs - before.cpuMs };
  } finally {
    await mock.stop();
  }
}

/** The baseline: `orders` chains of the happy-path bodies, each body awaited before the next. */
async function bareRound(sink, orders, bodies) {
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
  const start = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: orders }, chain));
  const ms = since(start);
  const { user, system } = process.cpuUsage(cpu);
  await agent.close();
  const { received } = await sink.ask('count');
  if (failed > 0 || received !== orders * bodies.length)
    throw new Error(`bare loop: ${failed} failed, the sink saw ${received} posts`);
  return { ms, cpuMs: (user + system) / 1000 };
}

/** @param {{ quick: boolean }} config */
export async function endToEnd({ quick }) {
  const orders = quick ? 200 : 2_000;
  const rounds = quick ? 1 : 3;
  const bodies = happyPathBodies();
  const expected = orders * bodies.length;
  const sink = await startServer('sink');
  try {
    const mockRuns = [];
    const bareRuns = [];
    for (let i = 0; i < rounds; i++) {
      const pair = [
        async () => mockRuns.push(await mockRound(sink, orders, bodies.length)),
        async () => bareRuns.push(await bareRound(sink, orders, bodies)),
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    const perSecond = (ms) => (expected * 1000) / ms;
    const values = mockRuns.map((r) => perSecond(r.ms));
    const baseline = bareRuns.map((r) => perSecond(r.ms));
    const ratios = values.map((v, i) => v / baseline[i]);
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
