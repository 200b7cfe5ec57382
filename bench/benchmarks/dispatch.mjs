// Dispatch: callbacks delivered per second by probo-mock's Dispatcher (lanes, journal, retry
// policy) to a bare node:http sink, against a bare undici loop with the same concurrency, the
// same body and headers, and the same keep-alive pool settings. Rounds alternate the two.
import { Agent, request } from 'undici';
import { Dispatcher, USER_AGENT } from '../../dist/delivery/index.js';
import { callbackBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { median, round, since } from '../lib/stats.mjs';

const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// What HttpClient's pool uses (src/delivery/http-client.ts).
const POOL = { connections: 128, keepAliveTimeout: 4_000, pipelining: 1 };

/** `total` POSTs by `concurrency` workers, each awaiting its answer before the next. */
async function bareUndici(url, body, total, concurrency) {
  const agent = new Agent(POOL);
  let sent = 0;
  let failed = 0;
  const worker = async () => {
    while (sent < total) {
      sent++;
      const res = await request(url, { method: 'POST', body, headers: HEADERS, dispatcher: agent });
      await res.body.text();
      if (res.statusCode !== 200) failed++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = since(start);
  await agent.close();
  return { ms, failed };
}

/** `total` deliveries queued at once on `concurrency` lanes (one in flight per lane). */
async function dispatcher(url, body, total, concurrency) {
  const d = new Dispatcher({ retries: 0, timeoutMs: 10_000 });
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: total }, (_, i) =>
      d.enqueue({
        orderId: `bench-${i % concurrency}`,
        url,
        status: 'shipment_in_transit',
        step: 0,
        body,
      }),
    ),
  );
  const ms = since(start);
  await d.close();
  return { ms, failed: results.filter((r) => r.outcome !== 'delivered').length };
}

/** @param {{ quick: boolean }} config */
export async function dispatch({ quick }) {
  const total = quick ? 2_000 : 20_000;
  const warmup = quick ? 500 : 2_000;
  const concurrency = 50;
  const rounds = quick ? 1 : 3;
  const body = callbackBody();
  const sink = await startServer('sink');
  try {
    const figure = [];
    const baseline = [];
    for (let i = 0; i < rounds; i++) {
      for (const [runs, fn] of [
        [baseline, bareUndici],
        [figure, dispatcher],
      ]) {
        await fn(sink.url, body, warmup, concurrency);
        const r = await fn(sink.url, body, total, concurrency);
        if (r.failed > 0) throw new Error(`${fn.name}: ${r.failed} of ${total} deliveries failed`);
        runs.push((total * 1000) / r.ms);
      }
    }
    const { received } = await sink.ask('count');
    const expected = rounds * 2 * (total + warmup);
    if (received !== expected) throw new Error(`the sink saw ${received} of ${expected} posts`);
    const f = median(figure);
    const b = median(baseline);
    return {
      id: 'dispatch',
      figure: `dispatch, ${total} callbacks to a node:http sink`,
      value: round(f),
      unit: 'callbacks/s',
      baseline: round(b),
      baselineName: 'bare undici loop, same concurrency and body',
      ratio: round(f / b, 2),
      detail: {
        total,
        warmup,
        concurrency,
        rounds,
        bodyBytes: Buffer.byteLength(body),
        figureRuns: figure.map((v) => round(v)),
        baselineRuns: baseline.map((v) => round(v)),
      },
    };
  } finally {
    await sink.stop();
  }
}
