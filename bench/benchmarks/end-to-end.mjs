// End to end: N orders posted to the mock (happy-path, no step delay), every callback delivered
// to a bare node:http sink. Reports callbacks per second, from the first post to the last
// callback the sink received, and the mock process's peak RSS.
import { AUTH, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postAmount } from '../lib/load.mjs';
import { round, since } from '../lib/stats.mjs';

const STEPS = 8; // fixtures/scenarios/happy-path.json, queued … shipment_delivered
const DEADLINE_MS = 120_000;

async function waitForCallbacks(sink, expected, start) {
  for (;;) {
    const { received } = await sink.ask('count');
    if (received >= expected) return received;
    if (since(start) > DEADLINE_MS)
      throw new Error(`only ${received} of ${expected} callbacks within ${DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** @param {{ quick: boolean }} config */
export async function endToEnd({ quick }) {
  const orders = quick ? 200 : 2_000;
  const expected = orders * STEPS;
  const sink = await startServer('sink');
  const mock = await startServer('mock', { scenario: 'happy-path', stepDelayMs: 0, rateLimit: 0 });
  try {
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
    return {
      id: 'end-to-end',
      figure: `end to end, ${orders} orders × happy-path, no step delay`,
      value: round((expected * 1000) / ms),
      unit: 'callbacks/s',
      detail: {
        orders,
        callbacks: expected,
        wallMs: round(ms),
        ordersPerSecond: round((orders * 1000) / postMs),
        attemptsJournaled: stats.attempts,
        memoryAtEndMb: stats.nowMb,
        sinkConnections: connections,
      },
      peakRssMb: round(stats.peakRssMb, 1),
    };
  } finally {
    await mock.stop();
    await sink.stop();
  }
}
