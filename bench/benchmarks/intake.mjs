// Order intake: valid POST /order per second through the mock against a bare hapi route answering
// 202, with the same body, connections, warm-up and duration. Three rows: callbacks held (the
// intake path itself: validated, stored, scenario scheduled), `serve` as it runs by default (a
// timer for every step of every order, posts without callback URLs), and callbacks delivered to a
// sink (information: each order also causes eight outgoing HTTP exchanges in the same process,
// and the sink answering them shares the machine).
import { AUTH, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postLoad } from '../lib/load.mjs';
import { median, round } from '../lib/stats.mjs';

/**
 * The mock as `probo-mock serve --rate-limit 0` runs it (else this is a 429 benchmark), in-memory
 * store. `held` adds `--manual`: each order validated, stored and its scenario scheduled, its
 * callbacks held. `delivered` is the default step delay, every callback delivered to the sink.
 */
export const HELD_OPTIONS = { rateLimit: 0, manual: true };
export const MOCK_OPTIONS = { rateLimit: 0 };
/** The default row: the same options as `delivered`, posts without callback URLs. */
export const DEFAULT_OPTIONS = MOCK_OPTIONS;

async function measure(server, options, load) {
  const target = await startServer(server, options);
  try {
    const r = await postLoad({ ...load, url: `${target.url}/order` });
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${server}: ${r.non2xx} non-2xx answers and ${r.errors} errors under load`);
    return r.perSecond;
  } finally {
    await target.stop();
  }
}

/** @param {{ quick: boolean }} config */
export async function intake({ quick }) {
  const sink = await startServer('sink');
  try {
    const load = {
      body: orderBody(sink.url),
      headers: AUTH,
      connections: 32,
      seconds: quick ? 1 : 5,
      ...(quick ? { amount: 200 } : {}),
      // The warm-up also takes what a mock loads at its first order (faker, undici when it delivers).
      warmupSeconds: quick ? 0.5 : 2,
    };
    // Without callback URLs (the default row), and its own baseline with the same body.
    const bare = { ...load, body: orderBody() };
    const rounds = quick ? 1 : 5;
    const runs = { baseline: [], held: [], delivered: [], bareBaseline: [], default: [] };
    // The machine is shared: a figure is compared with the baseline measured right next to it,
    // in alternating order (baseline first in even rounds, the mock first in odd ones), and the
    // ratio is the median of those per-round ratios.
    for (let i = 0; i < rounds; i++) {
      const pair = [
        async () => runs.baseline.push(await measure('bare-hapi', {}, load)),
        async () => runs.held.push(await measure('mock', HELD_OPTIONS, load)),
      ];
      const barePair = [
        async () => runs.bareBaseline.push(await measure('bare-hapi', {}, bare)),
        async () => runs.default.push(await measure('mock', DEFAULT_OPTIONS, bare)),
      ];
      if (i % 2) pair.reverse();
      else barePair.reverse(); // each pair alternates its order too
      for (const step of [...pair, ...barePair]) await step();
      runs.delivered.push(await measure('mock', MOCK_OPTIONS, load));
    }
    const { received } = await sink.ask('count');
    const detail = {
      connections: load.connections,
      ...(load.amount ? { amount: load.amount } : { seconds: load.seconds }),
      warmupSeconds: load.warmupSeconds,
      rounds,
      bodyBytes: Buffer.byteLength(load.body),
      baselineRuns: runs.baseline.map((v) => round(v)),
    };
    const row = (id, figure, values, options, extra = {}, baseline = runs.baseline) => ({
      id,
      figure,
      value: round(median(values)),
      unit: 'orders/s',
      baseline: round(median(baseline)),
      baselineName: 'bare hapi route, same 202 body',
      ratio: round(median(values.map((v, i) => v / baseline[i])), 2),
      detail: {
        ...detail,
        mockOptions: options,
        runs: values.map((v) => round(v)),
        roundRatios: values.map((v, i) => round(v / baseline[i], 2)),
        ...(baseline === runs.baseline ? {} : { baselineRuns: baseline.map((v) => round(v)) }),
        ...extra,
      },
    });
    return [
      row('intake-held', 'order intake, callbacks held (--manual)', runs.held, HELD_OPTIONS),
      row(
        'intake-default',
        'order intake, serve by default (step timers, no callback URLs)',
        runs.default,
        DEFAULT_OPTIONS,
        { bodyBytes: Buffer.byteLength(bare.body) },
        runs.bareBaseline,
      ),
      row('intake', 'order intake, callbacks delivered to a sink', runs.delivered, MOCK_OPTIONS, {
        callbacksDelivered: received,
      }),
    ];
  } finally {
    await sink.stop();
  }
}
