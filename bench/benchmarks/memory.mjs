// Memory whatever receivers do (issue 25): orders each with 200 callback URLs on a receiver that
// accepts and never answers, posted with no step delay. The mock bounds the deliveries not yet
// made (--max-pending, default 100,000): posts past it get 503, and its RSS stays bounded. One
// healthy order (one URL, on a sink that answers) posted while the bound is not yet reached must
// complete its lifecycle all the same. Reports the mock process's peak RSS.
import { AUTH, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { untilReceived } from '../lib/received.mjs';
import { round, since } from '../lib/stats.mjs';

const URLS = 200;
const STEPS = 8; // happy-path
const DEADLINE_MS = 120_000;

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

/** @param {{ quick: boolean }} config */
export async function memory({ quick }) {
  const orders = quick ? 100 : 300;
  const hold = await startServer('hold');
  const sink = await startServer('sink');
  const mock = await startServer('mock', { stepDelayMs: 0, rateLimit: 0 });
  try {
    const holdUrls = Array.from({ length: URLS }, (_, i) => `${hold.url}/${i}`);
    const held = (i) => {
      const body = JSON.parse(orderBody(hold.url).replace('[<id>]', `held-${i}`));
      return JSON.stringify({ ...body, callback_urls: holdUrls });
    };
    const statuses = { 202: 0, 503: 0, other: 0 };
    const count = (status) => {
      if (status === 202 || status === 503) statuses[status]++;
      else statuses.other++;
    };
    const start = performance.now();
    // A few held orders first, then the healthy one (the bound is not reached yet), then the rest.
    for (let i = 0; i < 10; i++) count(await post(`${mock.url}/order`, held(i)));
    const healthy = await post(
      `${mock.url}/order`,
      orderBody(sink.url).replace('[<id>]', 'healthy'),
    );
    if (healthy !== 202) throw new Error(`the healthy order got ${healthy}, not 202`);
    for (let i = 10; i < orders; i++) count(await post(`${mock.url}/order`, held(i)));
    const postMs = since(start);
    if (statuses.other > 0) throw new Error(`${statuses.other} posts got neither 202 nor 503`);
    // The healthy order's eight callbacks arrive although every other receiver holds.
    await untilReceived(sink, STEPS, {
      deadline: start + DEADLINE_MS,
      pollMs: 20,
      tooLate: (n) => `the healthy order got ${n} of ${STEPS} callbacks`,
    });
    const healthyMs = since(start);
    const health = await (await fetch(`${mock.url}/__mock/health`)).json();
    const { received: heldReceived } = await hold.ask('count');
    const stats = await mock.ask('stats');
    return {
      id: 'memory',
      figure: `memory, ${orders} orders × ${URLS} callback URLs that never answer, no step delay`,
      value: round(stats.peakRssMb, 1),
      unit: 'MB peak RSS',
      detail: {
        orders,
        accepted: statuses[202],
        refused503: statuses[503],
        pendingAtEnd: health.pending,
        maxPending: health.maxPending,
        heldRequestsReceived: heldReceived,
        healthyCompleted: true,
        healthyLifecycleMs: round(healthyMs),
        postMs: round(postMs),
        memoryAtEndMb: stats.nowMb,
      },
    };
  } finally {
    await mock.stop();
    await sink.stop();
    await hold.stop();
  }
}
